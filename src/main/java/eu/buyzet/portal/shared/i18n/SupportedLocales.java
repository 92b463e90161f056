package eu.buyzet.portal.shared.i18n;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The portal speaks Norwegian Bokmål and English. */
public final class SupportedLocales {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale BOKMAL = Locale.forLanguageTag("nb");
    public static final List<Locale> ALL = List.of(ENGLISH, BOKMAL);

    private SupportedLocales() {
    }

    /** Browsers say "no", "nb" or "nn" for Norwegian; all get Bokmål. Anything else gets English. */
    public static Locale closest(@Nullable Locale requested) {
        if (requested == null) {
            return ENGLISH;
        }
        return switch (requested.getLanguage()) {
            case "nb", "no", "nn" -> BOKMAL;
            default -> ENGLISH;
        };
    }

    public static @Nullable Locale fromTag(@Nullable String tag) {
        return tag == null || tag.isBlank() ? null : closest(Locale.forLanguageTag(tag));
    }
}
