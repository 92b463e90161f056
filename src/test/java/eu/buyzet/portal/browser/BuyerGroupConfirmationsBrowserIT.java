package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Leaving a buyer group and withdrawing a supplier's interest ask first and name what is lost;
 * Escape or Cancel keeps the membership or interest, confirming gives it up. On a portal of its
 * own: the demo proposal can form one group only, which the group journey forms too.
 */
@PortalBrowserTest(ownPortal = true)
class BuyerGroupConfirmationsBrowserIT {

    private static final String PROPOSAL = "Joint purchase: consolidated deliveries to schools";

    @Test
    void a_member_leaves_and_a_supplier_withdraws_only_after_confirming(Portal portal) {
        String groupUrl;
        try (Visitor lead = portal.signedIn("agency@demo.buyzet.eu")) {
            SubmissionPage proposal = lead.search("?q=consolidated").open(PROPOSAL);
            proposal.formBuyerGroup();
            BuyerGroupPage group = proposal.confirmBuyerGroup();
            groupUrl = group.waitForOwnUrl();
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
    }
}
