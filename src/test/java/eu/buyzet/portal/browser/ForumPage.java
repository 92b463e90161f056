package eu.buyzet.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** One forum: its needs and solutions, its search, and what its moderators do there. */
final class ForumPage extends PortalPage {

    ForumPage(Visitor visitor) {
        super(visitor);
    }

    /** The submissions shown (the grid keeps rows it no longer shows in the DOM, hidden). */
    Locator submissions() {
        return page.locator("#submissions a.submission-link:visible");
    }

    Locator submission(String text) {
        return page.locator("#submissions a.submission-link:visible", new Page.LocatorOptions().setHasText(text));
    }

    SubmissionPage open(String title) {
        submission(title).first().click();
        return new SubmissionPage(visitor);
    }

    /** Search hits marked in the list. */
    Locator marks() {
        return page.locator("#submissions mark:visible");
    }

    void search(String text) {
        input("submission-search").fill(text);
    }

    Locator newNeedButton() {
        return id("new-need");
    }

    SubmissionEditor newNeed() {
        newNeedButton().click();
        return new SubmissionEditor(visitor);
    }

    SubmissionEditor newSolution() {
        id("new-solution").click();
        return new SubmissionEditor(visitor);
    }

    Locator editButton() {
        return id("edit-forum");
    }

    void archive() {
        id("archive-forum").click();
    }

    Locator archivedNotice() {
        return id("archived-notice");
    }

    /** Opens the dialog that creates a market dialogue in this forum. */
    NewDialogueForm createDialogue() {
        id("create-dialogue").click();
        return new NewDialogueForm(visitor);
    }

    /** The forum's own area for posting, apart from the list's search and filters. */
    Locator postActions() {
        return id("forum-post-actions");
    }

    /** The list's search and filter row. */
    Locator filterRow() {
        return page.locator("#submission-search").locator("xpath=..");
    }
}
