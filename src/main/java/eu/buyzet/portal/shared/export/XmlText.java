package eu.buyzet.portal.shared.export;

import org.jspecify.annotations.Nullable;

/**
 * Text a person typed, made safe for an XML or XHTML export (PDF reports, DOCX): whatever was
 * typed prints as text and cannot break the file.
 */
public final class XmlText {

    private XmlText() {
    }

    /**
     * The text without the characters XML 1.0 cannot carry: control characters other than tab and
     * line feed (a lone carriage return becomes a line feed), lone surrogates and U+FFFE/U+FFFF.
     */
    public static String safe(@Nullable String s) {
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
            } else if (c >= 0x20 && (c < 0x7F || c > 0x9F) && !Character.isLowSurrogate(c) && c != '\uFFFE'
                    && c != '\uFFFF' || c == '\t' || c == '\n') {
                out.append(c);
            } else if (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n')) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** {@link #safe} text with the five XML special characters escaped, for an element or an attribute. */
    public static String escaped(@Nullable String s) {
        String safe = safe(s);
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
