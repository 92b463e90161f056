package eu.buyzet.portal.search.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import eu.buyzet.portal.search.SubmissionHit;

/**
 * Text with {@link SubmissionHit#MARK_START}/{@link SubmissionHit#MARK_END} markers as a span of
 * text nodes and {@code <mark>} elements. Built as elements rather than as an {@code Html}
 * component from {@code Marks.html}: parsing that HTML with jsoup for every card was 7 % of the
 * portal's CPU under 200 active people (docs/performance.md), and text nodes need no escaping.
 */
final class MarkedText {

    private static final char START = SubmissionHit.MARK_START.charAt(0);
    private static final char END = SubmissionHit.MARK_END.charAt(0);

    private MarkedText() {
    }

    static Span of(String marked) {
        Span span = new Span();
        Element target = span.getElement();
        int from = 0;
        boolean inMark = false;
        for (int i = 0; i <= marked.length(); i++) {
            boolean boundary = i == marked.length() || marked.charAt(i) == START || marked.charAt(i) == END;
            if (!boundary) {
                continue;
            }
            if (i > from) {
                String text = marked.substring(from, i);
                target.appendChild(inMark ? new Element("mark").setText(text) : Element.createText(text));
            }
            if (i < marked.length()) {
                inMark = marked.charAt(i) == START;
            }
            from = i + 1;
        }
        return span;
    }

    static Span snippet(String marked) {
        Span span = of(marked);
        span.addClassName("snippet");
        return span;
    }
}
