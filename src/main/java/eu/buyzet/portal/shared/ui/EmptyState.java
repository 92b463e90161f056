package eu.buyzet.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What a list shows when it has nothing: a sentence saying so and what the reader can do next,
 * never a blank box. Grids take it as their empty-state component.
 */
public final class EmptyState {

    private EmptyState() {
    }

    /** The text alone, for readers with nothing to do but wait or change the filters. */
    public static Component of(String text) {
        Div box = new Div();
        box.addClassName("empty-state");
        box.add(new Paragraph(text));
        return box;
    }

    /** The text with a link to where the next step is taken. */
    public static Component of(String text, String linkText, String href) {
        Component box = of(text);
        Anchor next = new Anchor(href, linkText);
        next.addClassName("empty-state-next");
        ((Div) box).add(next);
        return box;
    }
}
