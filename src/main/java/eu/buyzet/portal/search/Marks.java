package eu.buyzet.portal.search;

import eu.buyzet.portal.shared.SqlText;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;

/**
 * Text with the matched words between {@link SubmissionHit#MARK_START} and
 * {@link SubmissionHit#MARK_END}: control characters no text holds, so that everything else can
 * be escaped first and only the marks become {@code <mark>}.
 */
public final class Marks {

    /** About two lines on a phone: enough to see why it matched. */
    static final int EXCERPT = 200;

    private Marks() {
    }

    /** Every character escaped, the matched words in {@code <mark>}. */
    public static String html(String marked) {
        StringBuilder html = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (char c : marked.toCharArray()) {
            boolean start = c == SubmissionHit.MARK_START.charAt(0);
            if (start || c == SubmissionHit.MARK_END.charAt(0)) {
                html.append(Entities.escape(text.toString())).append(start ? "<mark>" : "</mark>");
                text.setLength(0);
            } else {
                text.append(c);
            }
        }
        return html.append(Entities.escape(text.toString())).toString();
    }

    /** The text without its marks. */
    public static String text(String marked) {
        return marked.replace(SubmissionHit.MARK_START, "").replace(SubmissionHit.MARK_END, "");
    }

    /**
     * {@code plain} with every occurrence of the search's words marked (case-insensitively, as the
     * name search matched them), cut to about {@value #EXCERPT} characters starting near the first
     * match.
     */
    public static String mark(String plain, String searchText) {
        List<String> words = SqlText.words(searchText);
        String lower = plain.toLowerCase(Locale.ROOT);
        int first = words.stream().mapToInt(lower::indexOf).filter(i -> i >= 0).min().orElse(0);
        int from = first < EXCERPT / 2 ? 0 : Math.max(0, plain.lastIndexOf(' ', first - EXCERPT / 4) + 1);
        int to = Math.min(plain.length(), from + EXCERPT);
        if (to < plain.length()) {
            int space = plain.lastIndexOf(' ', to);
            to = space > first ? space : to;
        }
        StringBuilder out = new StringBuilder(from > 0 ? "… " : "");
        String excerpt = plain.substring(from, to);
        String excerptLower = lower.substring(from, to);
        int i = 0;
        while (i < excerpt.length()) {
            int at = -1;
            String hit = "";
            for (String w : words) {
                int j = excerptLower.indexOf(w, i);
                if (j >= 0 && (at < 0 || j < at || (j == at && w.length() > hit.length()))) {
                    at = j;
                    hit = w;
                }
            }
            if (at < 0) {
                out.append(excerpt, i, excerpt.length());
                break;
            }
            out.append(excerpt, i, at).append(SubmissionHit.MARK_START)
                    .append(excerpt, at, at + hit.length()).append(SubmissionHit.MARK_END);
            i = at + hit.length();
        }
        return out.append(to < plain.length() ? " …" : "").toString();
    }
}
