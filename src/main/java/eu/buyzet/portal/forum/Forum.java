package eu.buyzet.portal.forum;

import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.MemberId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import java.util.Set;

/** A public-private procurement forum, run by its moderators. Texts are in Bokmål and English. */
public record Forum(ForumId id, String titleNb, String titleEn, String descriptionNb, String descriptionEn,
                    String region, List<CpvCode> cpvCodes, ForumStatus status, ForumVisibility visibility,
                    Set<MemberId> moderators, List<String> moderatorNames, Instant latestActivity, int version) {

    public Forum {
        cpvCodes = List.copyOf(cpvCodes);
        moderators = Set.copyOf(moderators);
        moderatorNames = List.copyOf(moderatorNames);
    }

    /** The title in the reader's language, or in the other language when that one is missing. */
    public String title(Locale locale) {
        return pick(locale, titleNb, titleEn);
    }

    public String description(Locale locale) {
        return pick(locale, descriptionNb, descriptionEn);
    }

    public boolean isArchived() {
        return status == ForumStatus.ARCHIVED;
    }

    /** The text in the reader's language, or in the other when it has none in theirs: never blank when either is given. */
    public static String pick(Locale locale, @Nullable String nb, @Nullable String en) {
        boolean norwegian = locale != null && "nb".equals(locale.getLanguage());
        String first = norwegian ? nb : en;
        String second = norwegian ? en : nb;
        return first != null && !first.isBlank() ? first : second == null ? "" : second;
    }
}
