package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Steps that cannot be undone ask first and name the consequence; Cancel or Escape leaves things
 * as they were, the confirm button takes the step. A market dialogue shows its phases in order
 * with their dates, the current one marked for screen readers, and once it has closed no longer
 * names a question deadline. Walked in English and Bokmål, at desktop and phone width, partly by
 * keyboard, with axe on each page.
 */
@PortalBrowserTest
class ConfirmationsBrowserIT {

    @Test
    void a_dialogue_steps_through_its_phases_with_dates_and_stops_inviting_questions_once_closed(Portal portal) {
        String url;
        try (Visitor moderator = portal.signedIn("moderator@demo.buyzet.eu")) {
            NewDialogueForm form = moderator.forums().open("Zero-emission waste collection").createDialogue();
            assertThat(form.titleField()).hasAttribute("required", "");
            form.fill("Market dialogue on electric street sweepers", "What can the market deliver for 2028?",
                    "Which sweepers can you offer?");
            DialoguePage dialogue = form.confirm();
            url = dialogue.waitForOwnUrl();
            assertThat(dialogue.currentStep()).hasId("phase-announced");
            assertThat(dialogue.currentStep()).containsText("now, since");
            assertThat(dialogue.phaseStep("open")).containsText("not yet");
            assertThat(dialogue.phaseStep("open")).containsText("questions until");
            assertThat(dialogue.phase()).containsText("questions from when it opens, until");
            moderator.assertAccessible();

            dialogue.advancePhase();
            assertThat(dialogue.currentStep()).hasId("phase-open");
            assertThat(dialogue.phaseStep("announced")).containsText("began");
            assertThat(dialogue.phaseStep("announced")).not().hasAttribute("aria-current", "step");
            assertThat(dialogue.phase()).containsText("Open for questions and input · questions until");
            dialogue.planMeeting("Sweeper demonstration", "Økern depot");
            assertThat(dialogue.phaseStep("meetings")).containsText("next meeting");
        }
        try (Visitor supplier = portal.signedIn("supplier@demo.buyzet.eu", "demo", "nb-NO", true)) {
            DialoguePage dialogue = supplier.dialogue(url);
            assertThat(dialogue.currentStep()).hasId("phase-open");
            assertThat(dialogue.phaseStep("open")).containsText("spørsmål til");
            dialogue.register();
            assertThat(dialogue.registered()).isVisible();
            dialogue.bookFirstMeeting();
            assertThat(dialogue.firstBooking()).isVisible();

            ConfirmDialog giveUp = new ConfirmDialog(supplier, "confirm-cancel-booking")
                    .askByKeyboard(dialogue.cancelFirstBookingButton());
            assertThat(giveUp.question()).hasText("Gi fra dere plassen på «Sweeper demonstration»?");
            assertThat(giveUp.consequence()).containsText("ventelisten");
            // named by its question, and Enter, Enter does not give the place up: Cancel has the focus
            assertThat(giveUp.dialog()).hasAttribute("aria-labelledby", "confirm-cancel-booking-question");
            assertThat(giveUp.dialog()).hasAccessibleName("Gi fra dere plassen på «Sweeper demonstration»?");
            assertThat(giveUp.cancelButton()).isFocused();
            giveUp.escape();
            assertThat(giveUp.question()).hasCount(0);
            dialogue.reload();
            assertThat(dialogue.firstBooking()).isVisible();
            supplier.assertAccessible();

            giveUp.ask(dialogue.cancelFirstBookingButton()).cancel();
            assertThat(dialogue.firstBooking()).isVisible();
            giveUp.ask(dialogue.cancelFirstBookingButton()).confirm();
            assertThat(dialogue.firstBooking()).hasCount(0);
            assertThat(dialogue.bookFirstMeetingButton()).isVisible();
            supplier.assertAccessible();
        }
        try (Visitor moderator = portal.signedIn("moderator@demo.buyzet.eu", "demo", "nb-NO", true)) {
            DialoguePage dialogue = moderator.dialogue(url);
            dialogue.advancePhase();
            assertThat(dialogue.currentStep()).hasId("phase-meetings");
            assertThat(dialogue.phaseStep("meetings")).containsText("neste møte");
            dialogue.advancePhase();
            assertThat(dialogue.currentStep()).hasId("phase-closed");
            assertThat(dialogue.phase()).containsText("avsluttet: ingen flere spørsmål");
            assertThat(dialogue.phaseSteps()).not().containsText("spørsmål til");
            assertThat(dialogue.advanceButton()).hasCount(0);
            moderator.assertAccessible();
        }
        try (Visitor supplier = portal.signedIn("supplier@demo.buyzet.eu")) {
            DialoguePage dialogue = supplier.dialogue(url);
            assertThat(dialogue.currentStep()).containsText("Closed");
            assertThat(dialogue.phase()).containsText("closed: no more questions");
            assertThat(dialogue.main()).not().containsText("questions until");
            assertThat(dialogue.askButton()).hasCount(0);
            supplier.assertAccessible();
        }
    }

    @Test
    void removing_a_file_asks_first_and_escape_or_cancel_keeps_it(Portal portal) throws Exception {
        try (Visitor supplier = portal.signedIn("supplier@demo.buyzet.eu")) {
            SubmissionPage draft = supplier.forums().open("Goods delivery to schools").newSolution()
                    .title("Cargo bikes for the school route").body("Twelve cargo bikes from a hub in Alna.")
                    .cpv("60100000-9").save();
            assertThat(draft.heading()).hasText("Cargo bikes for the school route");
            draft.upload("price-list.png", "image/png", Files.readAllBytes(Path.of("docs/images/start-page.png")));
            assertThat(draft.attachmentLinks()).hasText("price-list.png");

            ConfirmDialog remove = new ConfirmDialog(supplier, "confirm-remove-attachment")
                    .askByKeyboard(draft.removeFirstAttachmentButton());
            assertThat(remove.question()).hasText("Remove “price-list.png”?");
            assertThat(remove.consequence()).containsText("This cannot be undone");
            remove.escape();
            assertThat(remove.question()).hasCount(0);
            draft.reload();
            assertThat(draft.attachmentLinks()).hasText("price-list.png");
            remove.ask(draft.removeFirstAttachmentButton()).cancel();
            assertThat(draft.attachmentLinks()).hasText("price-list.png");
            supplier.assertAccessible();

            remove.ask(draft.removeFirstAttachmentButton()).confirm();
            assertThat(draft.attachmentLinks()).hasCount(0);
            draft.reload();
            assertThat(draft.attachmentLinks()).hasCount(0);
            supplier.assertAccessible();
        }
    }

    @Test
    void deleting_a_contract_names_what_goes_and_cancel_keeps_it(Portal portal) {
        try (Visitor agency = portal.signedIn("agency@demo.buyzet.eu", "demo", "nb-NO", true)) {
            ContractEditor editor = agency.contracts("").addContract();
            ContractPage contract = editor.fill("title", "Prøvekontrakt som slettes").fill("supplier", "Prøve AS")
                    .fill("value", "100000").cpv("60100000-9").flow(0, "tripsPerYear", "10")
                    .flow(0, "kmPerTrip", "5").save();
            assertThat(contract.heading()).hasText("Prøvekontrakt som slettes");
            String url = contract.waitForUrl(".*/footprint/contracts/\\d+$");

            ConfirmDialog delete = new ConfirmDialog(agency, "confirm-delete-contract").ask(contract.deleteButton());
            assertThat(delete.question()).hasText("Slette «Prøvekontrakt som slettes»?");
            assertThat(delete.consequence()).containsText("Dette kan ikke angres");
            delete.cancel();
            assertThat(delete.question()).hasCount(0);
            contract.reload();
            assertThat(contract.heading()).hasText("Prøvekontrakt som slettes");
            agency.assertAccessible();

            delete.ask(contract.deleteButton()).confirm();
            contract.waitForUrl(".*/footprint/contracts(\\?.*)?$");
            agency.openUrl(url);
            assertThat(contract.heading()).not().hasText("Prøvekontrakt som slettes");
        }
    }
}
