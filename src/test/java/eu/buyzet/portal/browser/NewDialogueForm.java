package eu.buyzet.portal.browser;

import com.microsoft.playwright.Locator;

/** The dialog in which a moderator opens a market dialogue in a forum. */
final class NewDialogueForm extends PortalPage {

    NewDialogueForm(Visitor visitor) {
        super(visitor);
    }

    Locator titleField() {
        return id("dialogue-title");
    }

    /** A field by name: "title", "purpose", "questions", "deadline", "need". */
    Locator field(String name) {
        return id("dialogue-" + name);
    }

    void fill(String title, String purpose, String questions) {
        input("dialogue-title").fill(title);
        textarea("dialogue-purpose").fill(purpose);
        textarea("dialogue-questions").fill(questions);
    }

    /** Creates it; on success the dialogue's page opens. */
    DialoguePage confirm() {
        id("confirm-create-dialogue").click();
        return new DialoguePage(visitor);
    }
}
