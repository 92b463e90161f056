package eu.buyzet.portal.strategy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One piece of a strategy document, as both the PDF and the DOCX print it: the content is built
 * once ({@link StrategyDocumentContent}) so that the two files never say different things.
 */
sealed interface DocumentBlock {

    record Heading(int level, String text) implements DocumentBlock {
    }

    /** A paragraph, with a bold lead-in such as "Risks:" when {@code label} is given. */
    record Paragraph(@Nullable String label, String text, boolean muted) implements DocumentBlock {
        static Paragraph of(String text) {
            return new Paragraph(null, text, false);
        }

        static Paragraph labelled(String label, String text) {
            return new Paragraph(label, text, false);
        }

        static Paragraph muted(String text) {
            return new Paragraph(null, text, true);
        }
    }

    record Bullets(List<String> items) implements DocumentBlock {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** A table; the first column names the row. */
    record Table(String caption, List<String> headers, List<List<String>> rows) implements DocumentBlock {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * Text as XML 1.0 may carry it: control characters other than tab and line feed, lone
     * surrogates and the two non-characters are dropped, so that whatever a person typed into a
     * strategy cannot break the file that carries it.
     */
    static String xmlSafe(@Nullable String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    out.append(c).append(s.charAt(++i));
                }
            } else if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                continue;
            } else if (c >= 0x20 && (c < 0x7F || c > 0x9F) || c == '\t' || c == '\n') {
                out.append(c);
            } else if (c == '\r') {
                if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    /** {@link #xmlSafe} text escaped for an XML element or attribute. */
    static String escaped(@Nullable String s) {
        String safe = xmlSafe(s);
        StringBuilder out = new StringBuilder(safe.length() + 16);
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
