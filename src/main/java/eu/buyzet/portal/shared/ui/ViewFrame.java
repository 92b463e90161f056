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
        addAttachListener(e -> getElement().executeJs("""
                if (!window.buyzetFocusKept) {
                  window.buyzetFocusKept = true;
                  document.addEventListener('focusin', event => {
                    const id = event.target && event.target.id;
                    if (id) { window.buyzetLastFocus = id; }
                  });
                }"""));
        heading.setId("view-heading");
        toolbar.addClassName("view-toolbar");
        Div header = new Div(heading, toolbar);
        header.addClassName("view-header");
        add(header);
    }

    /**
     * After the view drew its content again (a step taken, a form saved), focus goes back to the
     * control the reader last used if it is there again, else to the view itself: a keyboard or
     * screen-reader user keeps their place instead of being sent to the top of the page. The page
     * remembers the last focused control with an id as focus moves (a dialog's opener included, to
     * which Vaadin returns focus when the dialog closes).
     */
    protected void refocus() {
        getElement().executeJs("""
                setTimeout(() => {
                  const id = window.buyzetLastFocus;
                  const control = id ? document.getElementById(id) : null;
                  (control && this.contains(control) ? control : this).focus();
                })""");
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
