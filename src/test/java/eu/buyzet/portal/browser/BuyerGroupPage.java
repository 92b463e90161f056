package eu.buyzet.portal.browser;

import com.microsoft.playwright.Locator;

/** A buyer group's page: its facts, shares, letters of intent, supplier interest and tender. */
final class BuyerGroupPage extends PortalPage {

    BuyerGroupPage(Visitor visitor) {
        super(visitor);
    }

    /** The group's own address, once its page has opened. */
    String waitForOwnUrl() {
        return waitForUrl(".*/buyer-groups/\\d+$");
    }

    Locator status() {
        return id("fact-status");
    }

    Locator facts() {
        return id("buyer-group-facts");
    }

    Locator timeline() {
        return id("buyer-group-timeline");
    }

    Locator shares() {
        return id("buyer-group-shares");
    }

    Locator units() {
        return id("buyer-group-units");
    }

    Locator withheldNote() {
        return id("breakdown-withheld");
    }

    Locator demand() {
        return id("buyer-group-demand");
    }

    // the share form

    void join() {
        id("join-group").click();
    }

    /** A field of the share form with its message: "quantity", "footprint", "contact-email". */
    Locator shareField(String name) {
        return id("share-" + name);
    }

    Locator shareInput(String name) {
        return input("share-" + name);
    }

    void shareQuantity(String quantity) {
        shareInput("quantity").fill(quantity);
    }

    void shareContact(String email) {
        shareInput("contact-email").fill(email);
    }

    void shareFirstFootprint() {
        shareField("footprint").click();
        chooseFirstOption();
    }

    void shareFootprint(String text) {
        shareField("footprint").click();
        chooseOption(text);
    }

    void showShareToSuppliers() {
        page.locator("#share-visible input").check();
    }

    void saveShare() {
        id("save-share").click();
    }

    Locator changeShareButton() {
        return id("change-share");
    }

    Locator joinButton() {
        return id("join-group");
    }

    Locator leaveButton() {
        return id("leave-group");
    }

    Locator withdrawInterestButton() {
        return id("withdraw-interest");
    }

    Locator signLetterButton() {
        return id("sign-letter");
    }

    void signLetter() {
        signLetterButton().click();
        confirmLetter();
    }

    /** The signer's name in the letter of intent's dialog. */
    Locator letterNameField() {
        return id("letter-name");
    }

    void confirmLetter() {
        id("confirm-letter").click();
    }

    void commit() {
        id("commit-group").click();
    }

    // cancelling

    Locator cancelButton() {
        return id("cancel-group");
    }

    Locator cancelReasonField() {
        return id("cancel-reason");
    }

    void cancelReason(String reason) {
        textarea("cancel-reason").fill(reason);
    }

    /** What the cancel dialog says is lost. */
    Locator cancelConsequence() {
        return id("cancel-consequence");
    }

    void confirmCancel() {
        id("confirm-cancel").click();
    }

    // supplier interest

    void registerInterest() {
        id("register-interest").click();
    }

    Locator interestStatementField() {
        return id("interest-statement");
    }

    void interestStatement(String text) {
        textarea("interest-statement").fill(text);
    }

    void confirmInterest() {
        id("confirm-interest").click();
    }

    Locator supplierCount() {
        return id("supplier-count");
    }

    Locator interestRegistered() {
        return id("interest-registered");
    }

    Locator supplierInterests() {
        return id("supplier-interests");
    }

    // the tender

    void startTendering() {
        id("start-tendering").click();
    }

    /** A field of the tender dialog with its message: "id" or "url". */
    Locator noticeField(String name) {
        return id("notice-" + name);
    }

    void notice(String noticeId, String url) {
        input("notice-id").fill(noticeId);
        input("notice-url").fill(url);
    }

    void confirmTender() {
        id("confirm-tender").click();
    }

    /** What the tender dialog says starting the tender gives up. */
    Locator tenderConsequence() {
        return id("tender-consequence");
    }

    /** Records the award: asks, then confirms. */
    void award() {
        id("award-group").click();
        id("confirm-award").click();
    }

    // a group formed from a proposal, and steps that wait for another first

    /** Opens the share form of the reader's own membership. */
    void changeShare() {
        changeShareButton().click();
    }

    /** Chooses the unit of the share, by its label, e.g. "deliveries a year". */
    void shareUnit(String label) {
        shareField("unit").click();
        chooseOption(label);
    }

    /** The setting that shows the share to the other agencies. */
    Locator shareVisibleToAgencies() {
        return page.locator("#share-visible-agencies input");
    }

    Locator commitButton() {
        return id("commit-group");
    }

    /** The sentence beside an unavailable "Commit the group" that says what comes first. */
    Locator commitNextStep() {
        return id("commit-next-step");
    }

    /** What the needs the group's proposal gathers cause together, as the proposal's page shows it. */
    Locator proposalFootprint() {
        return id("buyer-group-proposal-footprint");
    }
}
