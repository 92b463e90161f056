package eu.buyzet.portal.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;

/** A market dialogue's page: phase, questions and answers, written input, meetings, report. */
final class DialoguePage extends PortalPage {

    DialoguePage(Visitor visitor) {
        super(visitor);
    }

    String waitForOwnUrl() {
        return waitForUrl(".*/dialogues/\\d+$");
    }

    Locator phase() {
        return id("dialogue-phase");
    }

    /** The phase stepper: every phase in order with its dates. */
    Locator phaseSteps() {
        return id("dialogue-phases");
    }

    /** One step of the stepper: "announced", "open", "meetings" or "closed". */
    Locator phaseStep(String phase) {
        return id("phase-" + phase);
    }

    /** The step marked current for assistive technology (aria-current="step"). */
    Locator currentStep() {
        return page.locator("#dialogue-phases [aria-current=step]");
    }

    Locator askButton() {
        return id("ask-question");
    }

    Locator advanceButton() {
        return id("advance-phase");
    }

    Locator cancelFirstBookingButton() {
        return page.locator("#dialogue-meetings [id^=cancel-booking-]").first();
    }

    Locator bookFirstMeetingButton() {
        return page.locator("#dialogue-meetings [id^=book-]").first();
    }

    /** Moves the dialogue on: asks, then confirms. */
    void advancePhase() {
        startAdvancingPhase();
        id("confirm-advance-phase").click();
    }

    /** Asks to move the dialogue on; the confirmation stays open. */
    void startAdvancingPhase() {
        id("advance-phase").click();
    }

    /** The open confirmation's question ("Move to …?") and the consequence it names. */
    Locator phaseChangeQuestion() {
        return id("confirm-advance-phase-question");
    }

    Locator phaseChangeConsequence() {
        return id("confirm-advance-phase-consequence");
    }

    void cancelPhaseChange() {
        id("confirm-advance-phase-cancel").click();
    }

    Locator questions() {
        return id("dialogue-questions");
    }

    Locator inputs() {
        return id("dialogue-inputs");
    }

    Locator meetings() {
        return id("dialogue-meetings");
    }

    Locator participants() {
        return id("dialogue-participants");
    }

    void planMeeting(String title, String place) {
        id("plan-meeting").click();
        input("meeting-title").fill(title);
        input("meeting-place").fill(place);
        id("confirm-meeting").click();
    }

    void register() {
        id("register-dialogue").click();
    }

    Locator registered() {
        return id("dialogue-registered");
    }

    void ask(String question) {
        id("ask-question").click();
        textarea("question-text").fill(question);
        id("confirm-ask").click();
    }

    void startInput() {
        id("give-input").click();
    }

    /** The answer to the {@code index}-th question (from 0), confidential or open. */
    void input(int index, String text, boolean confidential) {
        textarea("input-" + index).fill(text);
        if (confidential) {
            input("input-confidential-" + index).check();
        }
    }

    void confirmInput() {
        id("confirm-input").click();
    }

    void bookFirstMeeting() {
        page.locator("#dialogue-meetings [id^=book-]").first().click();
    }

    Locator firstBooking() {
        return page.locator("#dialogue-meetings [id^=my-booking-]").first();
    }

    Download firstInvitation() {
        return download(page.locator("#dialogue-meetings [id^=ics-]").first());
    }

    /** A moderator answers the first question, publishing it in a reworded form. */
    void answerFirstQuestion(String published, String answer) {
        page.locator("#dialogue-questions [id^=answer-]").first().click();
        textarea("published-text").fill(published);
        textarea("answer-text").fill(answer);
    }

    void confirmAnswer() {
        id("confirm-answer").click();
    }

    Download report() {
        return download(id("download-report"));
    }
}
