package eu.buyzet.portal.search.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import eu.buyzet.portal.search.SubmissionHit;
import java.util.ArrayList;
import java.util.List;

/**
 * Text with {@link SubmissionHit#MARK_START}/{@link SubmissionHit#MARK_END} markers as a span of
 * text nodes and {@code <mark>} elements, or as the plain and marked parts a client-side template
 * renders ({@link HitCard}). Built as elements rather than as an {@code Html} component from
 * {@code Marks.html}: parsing that HTML with jsoup for every card was 7 % of the portal's CPU under
 * 200 active people (docs/performance.md), and text nodes need no escaping.
 */
final class MarkedText {

    private static final char START = SubmissionHit.MARK_START.charAt(0);
    private static final char END = SubmissionHit.MARK_END.charAt(0);

    private MarkedText() {
    }

    /**
     * The text cut at its markers: plain text at even places, marked text at odd places, so the
     * list starts with a plain part (empty when the text starts marked) and no marker is left in it.
     */
    static List<String> parts(String marked) {
        List<String> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int from = 0;
        boolean inMark = false;
        for (int i = 0; i <= marked.length(); i++) {
            boolean boundary = i == marked.length() || marked.charAt(i) == START || marked.charAt(i) == END;
            if (!boundary) {
                continue;
            }
            String text = marked.substring(from, i);
            if (inMark && !text.isEmpty()) {
                parts.add(plain.toString());
                parts.add(text);
                plain.setLength(0);
            } else {
                // an empty mark or a stray marker joins its neighbours as plain text
                plain.append(text);
            }
            if (i < marked.length()) {
                inMark = marked.charAt(i) == START;
            }
            from = i + 1;
        }
        if (!plain.isEmpty()) {
            parts.add(plain.toString());
        }
        return parts;
    }

    static Span of(String marked) {
        Span span = new Span();
        Element target = span.getElement();
        List<String> parts = parts(marked);
        for (int i = 0; i < parts.size(); i++) {
            if (i % 2 == 1) {
                target.appendChild(new Element("mark").setText(parts.get(i)));
            } else if (!parts.get(i).isEmpty()) {
                target.appendChild(Element.createText(parts.get(i)));
            }
        }
        return span;
    }

    static Span snippet(String marked) {
        Span span = of(marked);
        span.addClassName("snippet");
        return span;
    }
}
