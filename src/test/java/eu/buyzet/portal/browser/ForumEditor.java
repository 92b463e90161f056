package eu.buyzet.portal.browser;

import com.microsoft.playwright.Locator;

/** The dialog in which a moderator opens or edits a forum. */
final class ForumEditor extends PortalPage {

    ForumEditor(Visitor visitor) {
        super(visitor);
    }

    void titles(String norwegian, String english) {
        input("forum-title-nb").fill(norwegian);
        input("forum-title-en").fill(english);
    }

    /** The CPV field, with its message. */
    Locator cpvField() {
        return id("forum-cpv");
    }

    Locator cpv() {
        return input("forum-cpv");
    }

    /** Saves; on success the forum's page opens. */
    ForumPage save() {
        id("save-forum").click();
        return new ForumPage(visitor);
    }
}
