package eu.buyzet.portal.browser;

import com.microsoft.playwright.Locator;

/**
 * The question a page asks before a step that cannot be undone ({@code shared.ui.Confirmation}):
 * the button that asks, the question, the consequence it names, and its two answers. One instance
 * per step, named by the id of the confirm button.
 */
final class ConfirmDialog extends PortalPage {

    private final String confirmId;

    ConfirmDialog(Visitor visitor, String confirmId) {
        super(visitor);
        this.confirmId = confirmId;
    }

    /** Clicks the button that takes the step; the question opens. */
    ConfirmDialog ask(Locator button) {
        button.click();
        return this;
    }

    /** Reaches the button by keyboard and presses Enter; the question opens. */
    ConfirmDialog askByKeyboard(Locator button) {
        button.focus();
        page.keyboard().press("Enter");
        return this;
    }

    Locator question() {
        return id(confirmId + "-question");
    }

    Locator consequence() {
        return id(confirmId + "-consequence");
    }

    /** The Cancel answer, which has the focus when the question opens. */
    Locator cancelButton() {
        return id(confirmId + "-cancel");
    }

    /** The dialog itself, named by its question for a screen reader. */
    Locator dialog() {
        return page.locator("vaadin-confirm-dialog[opened]");
    }

    void cancel() {
        id(confirmId + "-cancel").click();
    }

    /** Escape leaves everything as it was. */
    void escape() {
        question().waitFor();
        page.keyboard().press("Escape");
    }

    void confirm() {
        id(confirmId).click();
    }
}
