package eu.buyzet.portal.browser;

import com.microsoft.playwright.Locator;

/** The editor of a need, solution or proposal. */
final class SubmissionEditor extends PortalPage {

    SubmissionEditor(Visitor visitor) {
        super(visitor);
    }

    /** The title field, with its message. */
    Locator titleField() {
        return id("submission-title");
    }

    SubmissionEditor title(String title) {
        input("submission-title").fill(title);
        return this;
    }

    SubmissionEditor summary(String summary) {
        textarea("submission-summary").fill(summary);
        return this;
    }

    SubmissionEditor body(String body) {
        textarea("submission-body").fill(body);
        return this;
    }

    /** Types a CPV code and leaves the field, as a person does. */
    SubmissionEditor cpv(String code) {
        cpvInput().fill(code);
        cpvInput().press("Tab");
        return this;
    }

    Locator cpvField() {
        return id("submission-cpv");
    }

    Locator cpvInput() {
        return input("submission-cpv");
    }

    /** Saves; on success the submission's page opens. */
    SubmissionPage save() {
        id("save-submission").click();
        return new SubmissionPage(visitor);
    }

    /** The line under the heading: the forum, and for a solution offered from a need, that need. */
    Locator lead() {
        return page.locator(".view-lead").first();
    }

    /** Saves as a keyboard user does, with Enter on the focused button; the submission's page opens. */
    SubmissionPage saveByKeyboard() {
        id("save-submission").press("Enter");
        return new SubmissionPage(visitor);
    }
}
