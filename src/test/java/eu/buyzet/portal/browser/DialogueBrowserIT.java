package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A moderator opens a market dialogue; two suppliers register; one asks and gives written input;
 * the moderator rephrases and answers; the other sees the answer without the asker's name; a
 * meeting is booked and its invitation parses; the report holds the question and answer, and
 * neither the rival supplier's report nor an anonymous visitor's holds the first supplier's
 * written input or name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DialogueBrowserIT {

    private PortalProcess portal;
    private Chromium chromium;

    @BeforeAll
    void start() throws Exception {
        portal = PortalProcess.start("dialogue", PortalProcess.freePort(), Map.of(),
                "--buyzet.database.embedded-dir=" + Files.createTempDirectory("buyzet-dialogue"));
        chromium = new Chromium();
    }

    @AfterAll
    void stop() throws Exception {
        LocalSignIn.closeAll(portal, chromium);
    }

    private Page signedIn(BrowserContext context, String email) {
        Page page = context.newPage();
        LocalSignIn.signIn(page, portal.baseUrl(), email, "demo");
        return page;
    }

    @Test
    void a_moderator_runs_a_dialogue_and_every_supplier_gets_the_answer_without_the_askers_name_or_input()
            throws Exception {
        String url;
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = signedIn(context, "moderator@demo.buyzet.eu");
            page.navigate(portal.baseUrl() + "/forums");
            page.locator("#forums a.forum-link:visible", new Page.LocatorOptions().setHasText("Zero-emission waste collection"))
                    .click();
            page.locator("#create-dialogue").click();
            page.locator("#confirm-create-dialogue").click();
            assertThat(page.locator("#dialogue-title")).containsText("This field is required");
            page.locator("#dialogue-title input").fill("Market dialogue on electric refuse trucks");
            page.locator("#dialogue-purpose textarea").fill("What can the market deliver from 2027?");
            page.locator("#dialogue-questions textarea").fill("Which vehicles can you offer?\nWhen can you start?");
            Chromium.assertAccessible(page);
            page.locator("#confirm-create-dialogue").click();
            assertThat(page.locator("h1")).hasText("Market dialogue on electric refuse trucks");
            page.waitForURL(java.util.regex.Pattern.compile(".*/dialogues/\\d+$"));
            url = page.url();
            page.locator("#advance-phase").click();
            assertThat(page.locator("#dialogue-phase")).containsText("Open for questions and input");
            page.locator("#plan-meeting").click();
            page.locator("#meeting-title input").fill("Information meeting");
            page.locator("#meeting-place input").fill("Oslo rådhus, room 101");
            page.locator("#confirm-meeting").click();
            assertThat(page.locator("#dialogue-meetings")).containsText("Information meeting");
            Chromium.assertAccessible(page);
        }
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = signedIn(context, "supplier@demo.buyzet.eu");
            page.navigate(url);
            page.locator("#register-dialogue").click();
            assertThat(page.locator("#dialogue-registered")).isVisible();
            page.locator("#ask-question").click();
            page.locator("#question-text textarea").fill("Grønn Håndverk asks: will the city pay for charging at the depot?");
            page.locator("#confirm-ask").click();
            assertThat(page.locator("#dialogue-questions")).containsText("Your organisation asked this");
            page.locator("#give-input").click();
            page.locator("#input-0 textarea").fill("Twelve electric 26-tonne trucks, price 4711 per month");
            page.locator("#input-confidential-0 input").check();
            page.locator("#input-1 textarea").fill("We can start in spring 2027 with open-input-8823");
            page.locator("#confirm-input").click();
            assertThat(page.locator("#dialogue-inputs")).containsText("confidential");
            page.locator("#dialogue-meetings [id^=book-]").first().click();
            assertThat(page.locator("#dialogue-meetings [id^=my-booking-]").first()).containsText("has a place");
            Download ics = page.waitForDownload(() -> page.locator("#dialogue-meetings [id^=ics-]").first().click());
            Calendar calendar = new CalendarBuilder().build(new StringReader(Files.readString(ics.path())));
            VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
            org.assertj.core.api.Assertions.assertThat(event.getSummary().getValue())
                    .isEqualTo("Market dialogue on electric refuse trucks: Information meeting");
            org.assertj.core.api.Assertions.assertThat(event.getLocation().getValue()).isEqualTo("Oslo rådhus, room 101");
            Chromium.assertAccessible(page);
        }
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = signedIn(context, "supplier2@demo.buyzet.eu");
            page.navigate(url);
            page.locator("#register-dialogue").click();
            assertThat(page.locator("#dialogue-questions")).containsText("No questions yet");
        }
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = signedIn(context, "moderator@demo.buyzet.eu");
            page.navigate(url);
            assertThat(page.locator("#dialogue-questions")).containsText("Asked by Grønn Håndverk AS");
            assertThat(page.locator("#dialogue-inputs")).containsText("price 4711");
            page.locator("#dialogue-questions [id^=answer-]").first().click();
            page.locator("#published-text textarea").fill("Will the city pay for charging at the depot?");
            page.locator("#answer-text textarea").fill("Yes: the city builds and pays for the chargers at the depot.");
            Chromium.assertAccessible(page);
            page.locator("#confirm-answer").click();
            assertThat(page.locator("#dialogue-questions")).containsText("As asked: Grønn Håndverk asks");
        }
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = signedIn(context, "supplier2@demo.buyzet.eu");
            page.navigate(url);
            assertThat(page.locator("#dialogue-questions")).containsText("Will the city pay for charging at the depot?");
            assertThat(page.locator("#dialogue-questions")).containsText("the city builds and pays for the chargers");
            assertThat(page.locator("#dialogue-questions")).not().containsText("Grønn Håndverk");
            assertThat(page.locator("#dialogue-inputs")).not().containsText("4711");
            Chromium.assertAccessible(page);
            Download report = page.waitForDownload(() -> page.locator("#download-report").click());
            try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(report.path()))) {
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                org.assertj.core.api.Assertions.assertThat(text)
                        .contains("Will the city pay for charging at the depot?")
                        .contains("the city builds and pays for the chargers at the depot")
                        .doesNotContain("Grønn Håndverk asks").doesNotContain("4711")
                        .as("a rival supplier gets neither the open part of another's input nor its name")
                        .doesNotContain("open-input-8823").doesNotContain("Grønn Håndverk AS")
                        .contains("Version for participants");
            }
        }
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            page.navigate(url);
            assertThat(page.locator("#dialogue-questions")).containsText("Will the city pay for charging at the depot?");
            assertThat(page.locator("#dialogue-inputs")).containsText("only its own");
            assertThat(page.locator("#dialogue-participants")).containsText("Organisations taking part: 2");
            assertThat(page.locator("#dialogue-participants")).not().containsText("Grønn Håndverk");
            Chromium.assertAccessible(page);
            Download report = page.waitForDownload(() -> page.locator("#download-report").click());
            try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(report.path()))) {
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                org.assertj.core.api.Assertions.assertThat(text).as("an anonymous visitor's report")
                        .contains("Public version").contains("Will the city pay for charging at the depot?")
                        .doesNotContain("open-input-8823").doesNotContain("4711").doesNotContain("Grønn Håndverk");
            }
        }
    }
}
