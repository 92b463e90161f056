package eu.buyzet.portal.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Why content was hidden automatically after flags, kept as facts rather than as a sentence, so that
 * each reader reads it in their own language: how many organisations flagged it and the message keys
 * of their reason categories, never who flagged nor their notes. A moderator's own reason is kept as
 * they wrote it.
 *
 * @param organisations how many organisations flagged the content
 * @param reasonKeys the message keys of the reasons given, e.g. {@code moderation.reason.spam}
 */
public record FlaggedHiding(int organisations, List<String> reasonKeys) {

    private static final Pattern STORED = Pattern.compile("flags:([0-9]{1,6}):((?:moderation\\.reason\\.[a-z-]+,?)+)");

    public FlaggedHiding {
        reasonKeys = List.copyOf(reasonKeys);
    }

    /** As kept in the content's hidden reason. */
    public String stored() {
        return "flags:" + organisations + ":" + String.join(",", reasonKeys);
    }

    /** The facts of an automatic hiding; empty for a reason a moderator wrote. */
    public static Optional<FlaggedHiding> read(@Nullable String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        Matcher m = STORED.matcher(stored);
        return m.matches() ? Optional.of(new FlaggedHiding(Integer.parseInt(m.group(1)),
                Arrays.stream(m.group(2).split(",")).filter(k -> !k.isEmpty()).toList())) : Optional.empty();
    }

    /** Reason keys joined as a notice's detail keeps them. */
    public static String reasons(List<String> reasonKeys) {
        return String.join(",", reasonKeys);
    }

    /** The reason keys of a notice's detail; empty when the detail is words of an earlier version. */
    public static List<String> reasons(@Nullable String detail) {
        if (detail == null || !detail.matches("(?:moderation\\.reason\\.[a-z-]+,?)+")) {
            return List.of();
        }
        return Arrays.stream(detail.split(",")).filter(k -> !k.isEmpty()).toList();
    }
}
