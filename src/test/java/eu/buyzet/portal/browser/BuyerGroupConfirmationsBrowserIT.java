package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A buyer group formed in Bokmål on a phone by keyboard starts with its lead as a member; leaving
 * it, withdrawing a supplier's interest and cancelling it ask first and name what is lost;
 * Escape or Cancel keeps the membership, interest or group, confirming gives it up. On a portal
 * of its own: the demo proposal can form one group only, which the group journey forms too.
 */
@PortalBrowserTest(ownPortal = true)
class BuyerGroupConfirmationsBrowserIT {

    private static final String PROPOSAL = "Joint purchase: consolidated deliveries to schools";

    @Test
    void formed_in_bokmal_on_a_phone_the_group_starts_with_its_lead_and_leaving_withdrawing_and_cancelling_ask_first(Portal portal) {
        String groupUrl;
        try (Visitor lead = portal.signedIn("agency@demo.buyzet.eu", "demo", "nb-NO", true)) {
            SubmissionPage proposal = lead.search("?q=consolidated").open(PROPOSAL);
            proposal.formBuyerGroupButton().press("Enter");
            assertThat(proposal.startingShare()).containsText("gruppens første medlem med 600");
            lead.assertAccessible();
            proposal.confirmBuyerGroupButton().press("Enter");
            BuyerGroupPage group = new BuyerGroupPage(lead);
            groupUrl = group.waitForOwnUrl();
            assertThat(group.status()).hasText("Under etablering");
            assertThat(group.joinButton()).hasCount(0);
            assertThat(group.changeShareButton()).isVisible();
            assertThat(group.commitButton()).isDisabled();
            assertThat(group.commitNextStep()).hasText("Neste steg: Signer deres egen intensjonserklæring først.");
            lead.assertAccessible();
        }
        try (Visitor member = portal.signedIn("agency2@demo.buyzet.eu", "demo", "nb-NO", true)) {
            BuyerGroupPage group = member.buyerGroup(groupUrl);
            group.join();
            group.shareQuantity("500");
            group.shareFirstFootprint();
            group.saveShare();
            assertThat(group.leaveButton()).isVisible();

            ConfirmDialog leave = new ConfirmDialog(member, "confirm-leave-group").askByKeyboard(group.leaveButton());
            assertThat(leave.question()).hasText("Gå ut av «" + PROPOSAL + "»?");
            assertThat(leave.consequence()).containsText("intensjonserklæring");
            leave.escape();
            assertThat(leave.question()).hasCount(0);
            group.reload();
            assertThat(group.leaveButton()).isVisible();
            assertThat(group.shares()).containsText("500");
            member.assertAccessible();

            leave.ask(group.leaveButton()).confirm();
            assertThat(group.leaveButton()).hasCount(0);
            assertThat(group.joinButton()).isVisible();
            member.assertAccessible();
        }
        try (Visitor supplier = portal.signedIn("supplier@demo.buyzet.eu")) {
            BuyerGroupPage group = supplier.buyerGroup(groupUrl);
            group.registerInterest();
            group.interestStatement("Electric vans from a depot in Alna");
            group.confirmInterest();
            assertThat(group.interestRegistered()).isVisible();

            ConfirmDialog withdraw = new ConfirmDialog(supplier, "confirm-withdraw-interest")
                    .ask(group.withdrawInterestButton());
            assertThat(withdraw.question()).hasText("Withdraw your interest in “" + PROPOSAL + "”?");
            assertThat(withdraw.consequence()).containsText("deleted");
            withdraw.cancel();
            assertThat(withdraw.question()).hasCount(0);
            group.reload();
            assertThat(group.interestRegistered()).isVisible();
            supplier.assertAccessible();

            withdraw.askByKeyboard(group.withdrawInterestButton()).confirm();
            assertThat(group.interestRegistered()).hasCount(0);
            assertThat(group.withdrawInterestButton()).hasCount(0);
            supplier.assertAccessible();
        }
        try (Visitor lead = portal.signedIn("agency@demo.buyzet.eu")) {
            BuyerGroupPage group = lead.buyerGroup(groupUrl);
            group.cancelButton().press("Enter");
            assertThat(group.cancelConsequence()).containsText("This cannot be undone");
            assertThat(group.requiredLegend()).hasText("Fields marked * are required.");
            org.assertj.core.api.Assertions.assertThat(Legibility.requiredMarker(group.cancelReasonField()))
                    .isEqualTo("*");
            lead.assertAccessible();
            group.press("Escape");
            assertThat(group.cancelConsequence()).hasCount(0);
            group.reload();
            assertThat(group.status()).hasText("Forming");

            group.cancelButton().click();
            group.confirmCancel();
            assertThat(group.cancelReasonField()).containsText("This field is required");
            group.cancelReason("The agencies buy separately after all.");
            group.confirmCancel();
            assertThat(group.status()).hasText("Cancelled");
            assertThat(group.cancelButton()).hasCount(0);
            lead.assertAccessible();
        }
    }
}
