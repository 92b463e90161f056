package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.FilePayload;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** A need, solution or proposal's own page: text, footprint, files, interest, comments, moderation. */
final class SubmissionPage extends PortalPage {

    SubmissionPage(Visitor visitor) {
        super(visitor);
    }

    Locator meta() {
        return id("submission-meta");
    }

    /** The status note of a draft or a post awaiting review; absent once published. */
    Locator status() {
        return id("submission-status");
    }

    /** Links the submission's text renders. */
    Locator textLinks() {
        return page.locator(".markdown a[href]");
    }

    Locator textBold() {
        return page.locator(".markdown strong");
    }

    Locator textListItems() {
        return page.locator(".markdown li");
    }

    // --- footprint

    FootprintForm declareFootprint() {
        id("declare-footprint").click();
        return new FootprintForm(visitor);
    }

    void publish() {
        id("publish-submission").click();
    }

    /** Withdraws a published post: asks, checks the consequence is named, then confirms. */
    void withdraw() {
        id("withdraw-submission").click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(id("confirm-withdraw-consequence"))
                .containsText("cannot be undone");
        id("confirm-withdraw").click();
    }

    /** Declares the footprint of a draft (see {@link FootprintForm#declareDeliveryRounds}) and publishes it. */
    void declareFootprintAndPublish(boolean solution) {
        declareFootprint().declareDeliveryRounds(solution);
        publish();
        assertThat(status()).hasCount(0);
    }

    /** The first yearly CO2e figure (well-to-wheel) of the declared footprint. */
    Locator footprintCo2e() {
        return page.locator("#footprint .figure-co2e-wtw").first();
    }

    /** The first figure of a kind on the footprint card: "co2e-wtw", "vehicle-km", "tonne-km". */
    Locator footprintFigure(String figure) {
        return page.locator("#footprint .figure-" + figure).first();
    }

    /** The first figure of a kind in a solution's baseline on the footprint card. */
    Locator footprintBaselineFigure(String figure) {
        return page.locator("#footprint-baseline .figure-" + figure).first();
    }

    /** The newest result's headline on the footprint card: "wtw" or "tailpipe" (Oslo's territorial figure). */
    Locator footprintHeadline(String which) {
        return page.locator("#footprint .headline-" + which).first();
    }

    Locator footprintDataQuality() {
        return page.locator("#footprint .footprint-data-quality").first();
    }

    Locator footprintScope() {
        return page.locator("#footprint .footprint-scope").first();
    }

    /** The whole footprint card, with its history lines. */
    Locator footprintCard() {
        return id("footprint");
    }

    Locator footprintSaving() {
        return id("footprint-saving");
    }

    Locator footprintChart() {
        return id("footprint-chart");
    }

    Locator footprintChartGraphic() {
        return page.locator("#footprint-chart svg");
    }

    Locator proposalSum() {
        return id("footprint-proposal-sum");
    }

    // --- moderation of the submission

    /** A moderator hides it; the reason dialog stays open. */
    void hide() {
        id("hide-submission").click();
    }

    void confirmHide() {
        id("confirm-hide").click();
    }

    Locator hideReasonField() {
        return id("hide-reason");
    }

    void hideReason(String reason) {
        textarea("hide-reason").fill(reason);
    }

    Locator hiddenNotice() {
        return id("hidden-notice");
    }

    Locator flagButton() {
        return id("flag-submission");
    }

    void flag() {
        flagButton().click();
    }

    /** The flag dialog's reasons (submission or comment). */
    Locator flagReasons() {
        return id("flag-reason");
    }

    void chooseFlagReason(String reason) {
        page.locator("#flag-reason vaadin-radio-button", new Page.LocatorOptions().setHasText(reason)).click();
    }

    void confirmFlag() {
        id("confirm-flag").click();
    }

    Locator flaggedAlready() {
        return id("flagged-already");
    }

    void approve() {
        id("approve-submission").click();
    }

    void suspendAuthor(String reason) {
        id("suspend-author").click();
        textarea("suspend-reason").fill(reason);
    }

    void confirmSuspension() {
        id("confirm-suspend").click();
    }

    Locator liftSuspensionButton() {
        return id("lift-suspension");
    }

    // --- interest

    Locator interestCount() {
        return id("interest-count");
    }

    void toggleInterest() {
        id("interest-toggle").click();
    }

    /** Who is interested: only the submission's own side sees it. */
    Locator interestWho() {
        return id("interest-who");
    }

    void showInterestWho() {
        page.locator("#interest-who summary, #interest-who vaadin-details-summary").first().click();
    }

    // --- files

    /** The button that opens the file chooser. */
    Locator uploadButton() {
        return page.locator("#attachment-upload vaadin-button").first();
    }

    /**
     * Ticks "confidential" and waits for the server to have it: the upload is another request, and
     * the server reads the box when the file has arrived (CI once stored a file before the tick).
     */
    /**
     * Ticks "confidential" and sends a file while the tick's own request to the server is held back, as on
     * a slow phone connection where the upload overtakes it: the file must still be stored confidential.
     */
    void uploadConfidentialBeforeTheTickReachesTheServer(String name, String type, byte[] content) {
        List<Route> held = new CopyOnWriteArrayList<>();
        Predicate<String> uidl = url -> url.contains("v-r=uidl");
        page.route(uidl, held::add);
        try {
            page.locator("#attachment-confidential input").check();
            page.waitForResponse(response -> "POST".equals(response.request().method())
                    && !uidl.test(response.url()), () -> upload(name, type, content));
        } finally {
            page.unroute(uidl);
            held.forEach(Route::resume);
        }
    }

    void upload(String name, String type, byte[] content) {
        page.locator("#attachment-upload input[type=file]").setInputFiles(new FilePayload(name, type, content));
    }

    Locator attachments() {
        return id("attachment-list");
    }

    Locator attachmentLinks() {
        return page.locator("#attachment-list a.attachment-link");
    }

    /** The first file's remove button, which asks before it removes. */
    Locator removeFirstAttachmentButton() {
        return page.locator("#attachment-list [id^=remove-attachment-]").first();
    }

    Locator attachmentError() {
        return id("attachment-error");
    }

    // --- comments

    Locator commentsHeading() {
        return page.locator("#comments h2");
    }

    /** The new-comment field, with its message. */
    Locator newCommentField() {
        return id("comment-new");
    }

    void writeComment(String text) {
        textarea("comment-new").fill(text);
    }

    void sendComment() {
        id("comment-new-send").click();
    }

    Locator commentBodies() {
        return page.locator("#comment-threads .comment-body");
    }

    Locator firstReplyButton() {
        return page.locator("#comment-threads .reply-button").first();
    }

    void replyToFirstComment() {
        page.locator("#comment-threads .reply-button").first().click();
    }

    Locator replyField() {
        return page.locator("#comment-threads .comment-replies textarea").first();
    }

    void flagFirstComment() {
        page.locator("#comment-threads .flag-comment").first().click();
    }

    Locator firstCommentFlaggedNote() {
        return page.locator("#comment-threads .flagged-already").first();
    }

    /** A moderator hides the first comment; the reason dialog stays open. */
    void hideFirstComment() {
        page.locator("#comment-threads .hide-comment").first().click();
    }

    void confirmCommentHide() {
        id("confirm-comment-hide").click();
    }

    Locator commentHideReasonField() {
        return id("comment-hide-reason");
    }

    void commentHideReason(String reason) {
        textarea("comment-hide-reason").fill(reason);
    }

    Locator firstHiddenCommentNotice() {
        return page.locator(".comment-hidden-notice").first();
    }

    // --- buyer group from a joint-purchase proposal

    /** Opens the dialog that forms a buyer group from this proposal. */
    void formBuyerGroup() {
        id("form-buyer-group").click();
    }

    /** In the dialog that forms a group: the share the lead starts with, or why it has none yet. */
    Locator startingShare() {
        return id("buyer-group-starting-share");
    }

    Locator formBuyerGroupButton() {
        return id("form-buyer-group");
    }

    Locator confirmBuyerGroupButton() {
        return id("confirm-form-buyer-group");
    }

    BuyerGroupPage confirmBuyerGroup() {
        id("confirm-form-buyer-group").click();
        return new BuyerGroupPage(visitor);
    }

    // --- a need and the solutions that answer it

    Locator offerSolutionButton() {
        return id("offer-solution");
    }

    /** Offers a solution from a need's page; the editor of a new solution opens. */
    SubmissionEditor offerSolution() {
        offerSolutionButton().click();
        return new SubmissionEditor(visitor);
    }

    /** On a need: the solutions that answer it. */
    Locator answeringSolutions() {
        return id("answering-solutions");
    }

    /** On a solution: the link to the need it answers. */
    Locator answeredNeedLink() {
        return id("answered-need-link");
    }

    /** The card's note that a solution's baseline was filled in from its need. */
    Locator baselinePrefilled() {
        return id("footprint-baseline-prefilled");
    }
}
