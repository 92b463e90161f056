package eu.buyzet.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The frame of every view: one {@code main} landmark and one {@code h1}, which the accessibility
 * checks require, and a lead paragraph when there is one.
 */
public class ViewFrame extends Main {

    private final H1 heading = new H1();
    private final Div toolbar = new Div();

    public ViewFrame() {
        addClassName("view-frame");
        // focusable by the layout's skip link, not by Tab
        getElement().setAttribute("tabindex", "-1");
        heading.setId("view-heading");
        toolbar.addClassName("view-toolbar");
        Div header = new Div(heading, toolbar);
        header.addClassName("view-header");
        add(header);
    }

    public void setHeading(String text) {
        heading.setText(text);
    }

    public void setLead(String text) {
        Paragraph lead = new Paragraph(text);
        lead.addClassName("view-lead");
        addComponentAtIndex(1, lead);
    }

    public void addToToolbar(Component... components) {
        toolbar.add(components);
    }

    protected Div getToolbar() {
        return toolbar;
    }
}
