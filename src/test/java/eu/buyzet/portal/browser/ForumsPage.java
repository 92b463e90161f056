package eu.buyzet.portal.browser;

import com.microsoft.playwright.Locator;

/** The forum list at /forums. */
final class ForumsPage extends PortalPage {

    ForumsPage(Visitor visitor) {
        super(visitor);
    }

    /** The forums shown (the grid keeps rows it no longer shows in the DOM, hidden). */
    Locator rows() {
        return page.locator("#forums a.forum-link:visible");
    }

    Locator row(String text) {
        return rows().filter(new Locator.FilterOptions().setHasText(text));
    }

    ForumPage open(String title) {
        row(title).click();
        return new ForumPage(visitor);
    }

    Locator searchField() {
        return input("forum-search");
    }

    void search(String text) {
        searchField().fill(text);
    }

    ForumEditor addForum() {
        id("add-forum").click();
        return new ForumEditor(visitor);
    }
}
