package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import java.io.StringReader;
import java.nio.file.Files;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A moderator opens a market dialogue, which stays announced when the move to the next phase is
 * not confirmed and opens when it is; two suppliers register; one asks and gives written input;
 * the moderator rephrases and answers; the other sees the answer without the asker's name; a
 * meeting is booked and its invitation parses; the report holds the question and answer, and
 * neither the rival supplier's report nor an anonymous visitor's holds the first supplier's
 * written input or name.
 */
@PortalBrowserTest
class DialogueBrowserIT {

    private static String pdfText(Download report) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(report.path()))) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void a_moderator_runs_a_dialogue_and_every_supplier_gets_the_answer_without_the_askers_name_or_input(
            Portal portal) throws Exception {
        String url;
        try (Visitor moderator = portal.signedIn("moderator@demo.buyzet.eu")) {
            NewDialogueForm form = moderator.forums().open("Zero-emission waste collection").createDialogue();
            form.confirm();
            assertThat(form.titleField()).containsText("This field is required");
            form.fill("Market dialogue on electric refuse trucks", "What can the market deliver from 2027?",
                    "Which vehicles can you offer?\nWhen can you start?");
            moderator.assertAccessible();
            DialoguePage dialogue = form.confirm();
            assertThat(dialogue.heading()).hasText("Market dialogue on electric refuse trucks");
            url = dialogue.waitForOwnUrl();
            dialogue.startAdvancingPhase();
            assertThat(dialogue.phaseChangeQuestion()).hasText("Move to Open for questions and input?");
            assertThat(dialogue.phaseChangeConsequence()).containsText("This cannot be undone");
            dialogue.cancelPhaseChange();
            assertThat(dialogue.phaseChangeQuestion()).hasCount(0);
            dialogue.reload();
            assertThat(dialogue.phase()).containsText("Announced");
            dialogue.advancePhase();
            assertThat(dialogue.phase()).containsText("Open for questions and input");
            dialogue.planMeeting("Information meeting", "Oslo rådhus, room 101");
            assertThat(dialogue.meetings()).containsText("Information meeting");
            moderator.assertAccessible();
        }
        try (Visitor supplier = portal.signedIn("supplier@demo.buyzet.eu")) {
            DialoguePage dialogue = supplier.dialogue(url);
            dialogue.register();
            assertThat(dialogue.registered()).isVisible();
            dialogue.ask("Grønn Håndverk asks: will the city pay for charging at the depot?");
            // the page drew itself again: focus stays in it, not on the page's body (a keyboard user's place)
            assertThat(dialogue.main()).containsText("Your organisation asked this");
            org.assertj.core.api.Assertions.assertThat((Boolean) supplier.page().waitForFunction(
                    "() => document.activeElement !== document.body && document.querySelector('main').contains(document.activeElement)")
                    .jsonValue()).isTrue();
            assertThat(dialogue.questions()).containsText("Your organisation asked this");
            dialogue.startInput();
            dialogue.input(0, "Twelve electric 26-tonne trucks, price 4711 per month", true);
            dialogue.input(1, "We can start in spring 2027 with open-input-8823", false);
            dialogue.confirmInput();
            assertThat(dialogue.inputs()).containsText("confidential");
            dialogue.bookFirstMeeting();
            assertThat(dialogue.firstBooking()).containsText("has a place");
            Download ics = dialogue.firstInvitation();
            Calendar calendar = new CalendarBuilder().build(new StringReader(Files.readString(ics.path())));
            VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
            org.assertj.core.api.Assertions.assertThat(event.getSummary().getValue())
                    .isEqualTo("Market dialogue on electric refuse trucks: Information meeting");
            org.assertj.core.api.Assertions.assertThat(event.getLocation().getValue()).isEqualTo("Oslo rådhus, room 101");
            supplier.assertAccessible();
        }
        try (Visitor rival = portal.signedIn("supplier2@demo.buyzet.eu")) {
            DialoguePage dialogue = rival.dialogue(url);
            dialogue.register();
            // wait for the registration to be saved before this browser closes
            assertThat(dialogue.registered()).isVisible();
            assertThat(dialogue.questions()).containsText("No questions yet");
        }
        try (Visitor moderator = portal.signedIn("moderator@demo.buyzet.eu")) {
            DialoguePage dialogue = moderator.dialogue(url);
            assertThat(dialogue.questions()).containsText("Asked by Grønn Håndverk AS");
            assertThat(dialogue.inputs()).containsText("price 4711");
            dialogue.answerFirstQuestion("Will the city pay for charging at the depot?",
                    "Yes: the city builds and pays for the chargers at the depot.");
            moderator.assertAccessible();
            dialogue.confirmAnswer();
            assertThat(dialogue.questions()).containsText("As asked: Grønn Håndverk asks");
        }
        try (Visitor rival = portal.signedIn("supplier2@demo.buyzet.eu")) {
            DialoguePage dialogue = rival.dialogue(url);
            assertThat(dialogue.questions()).containsText("Will the city pay for charging at the depot?");
            assertThat(dialogue.questions()).containsText("the city builds and pays for the chargers");
            assertThat(dialogue.questions()).not().containsText("Grønn Håndverk");
            assertThat(dialogue.inputs()).not().containsText("4711");
            rival.assertAccessible();
            org.assertj.core.api.Assertions.assertThat(pdfText(dialogue.report()))
                    .contains("Will the city pay for charging at the depot?")
                    .contains("the city builds and pays for the chargers at the depot")
                    .doesNotContain("Grønn Håndverk asks").doesNotContain("4711")
                    .as("a rival supplier gets neither the open part of another's input nor its name")
                    .doesNotContain("open-input-8823").doesNotContain("Grønn Håndverk AS")
                    .contains("Version for participants");
        }
        try (Visitor anonymous = portal.anonymous("en-GB")) {
            DialoguePage dialogue = anonymous.dialogue(url);
            assertThat(dialogue.questions()).containsText("Will the city pay for charging at the depot?");
            assertThat(dialogue.inputs()).containsText("only its own");
            assertThat(dialogue.participants()).containsText("Organisations taking part: 2");
            assertThat(dialogue.participants()).not().containsText("Grønn Håndverk");
            anonymous.assertAccessible();
            org.assertj.core.api.Assertions.assertThat(pdfText(dialogue.report())).as("an anonymous visitor's report")
                    .contains("Public version").contains("Will the city pay for charging at the depot?")
                    .doesNotContain("open-input-8823").doesNotContain("4711").doesNotContain("Grønn Håndverk");
        }
    }
}
