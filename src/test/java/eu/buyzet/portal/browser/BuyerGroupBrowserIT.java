package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Three agencies form a buyer group from the demo joint-purchase proposal; two sign letters of
 * intent and the lead commits; a supplier registers interest and sees the public shares but never
 * the third agency's hidden share, nor a total that includes it; the lead starts the tender with a
 * Doffin notice, told that this cannot be undone, and records the award after confirming it.
 */
@PortalBrowserTest
class BuyerGroupBrowserIT {

    private static final String PROPOSAL = "Joint purchase: consolidated deliveries to schools";

    private static void join(Visitor visitor, BuyerGroupPage group, String quantity) {
        group.join();
        group.shareQuantity(quantity);
        group.shareFirstFootprint();
        group.showShareToSuppliers();
        visitor.assertAccessible();
        group.saveShare();
        assertThat(group.changeShareButton()).isVisible();
    }

    private static void signLetter(BuyerGroupPage group) {
        group.signLetter();
        assertThat(group.signLetterButton()).hasCount(0);
    }

    @Test
    void three_agencies_form_a_group_two_commit_a_supplier_registers_and_the_lead_starts_the_tender(Portal portal) {
        String groupUrl;
        try (Visitor lead = portal.signedIn("agency@demo.buyzet.eu")) {
            SubmissionPage proposal = lead.search("?q=consolidated").open(PROPOSAL);
            assertThat(proposal.proposalSum()).containsText("2 linked needs");
            proposal.formBuyerGroup();
            lead.assertAccessible();
            BuyerGroupPage group = proposal.confirmBuyerGroup();
            // the group's title is its proposal's: wait for the group's own page before taking its address
            groupUrl = group.waitForOwnUrl();
            assertThat(group.status()).hasText("Forming");
            assertThat(group.heading()).hasText(PROPOSAL);

            group.join();
            group.shareQuantity("six hundred");
            group.saveShare();
            assertThat(group.shareField("quantity")).containsText("Write the amount in digits");
            group.shareQuantity("600");
            group.shareContact("not an address");
            group.saveShare();
            assertThat(group.shareField("footprint")).containsText("This field is required");
            assertThat(group.shareField("contact-email")).containsText("Enter an email address");
            assertThat(group.shareInput("quantity")).hasValue("600");
            group.shareContact("ingrid.hansen@ren.oslo.kommune.no");
            group.shareFirstFootprint();
            group.showShareToSuppliers();
            group.saveShare();
            assertThat(group.changeShareButton()).isVisible();
            signLetter(group);
            lead.assertAccessible();
        }
        try (Visitor second = portal.signedIn("agency2@demo.buyzet.eu")) {
            BuyerGroupPage group = second.buyerGroup(groupUrl);
            join(second, group, "500");
            signLetter(group);
        }
        try (Visitor third = portal.signedIn("agency3@demo.buyzet.eu", "demo", "nb-NO")) {
            BuyerGroupPage group = third.buyerGroup(groupUrl);
            group.join();
            group.shareQuantity("250");
            group.shareFootprint("Skolemat");
            group.saveShare();
            assertThat(group.shares()).containsText("andelen vises ikke");
            third.assertAccessible();
        }
        try (Visitor supplier = portal.signedIn("supplier@demo.buyzet.eu")) {
            BuyerGroupPage group = supplier.buyerGroup(groupUrl);
            // 1,350 here and 1,100 once committed without the third would give its 250 away: no total includes it
            assertThat(group.units()).containsText("withheld");
            assertThat(group.withheldNote()).isVisible();
            assertThat(group.shares()).containsText("600 deliveries a year");
            assertThat(group.shares()).containsText("500 deliveries a year");
            assertThat(group.main()).not().containsText("1,350");
            assertThat(group.main()).not().containsText("250 deliveries");
            supplier.assertAccessible();
        }
        try (Visitor lead = portal.signedIn("agency@demo.buyzet.eu")) {
            BuyerGroupPage group = lead.buyerGroup(groupUrl);
            group.commit();
            assertThat(group.status()).hasText("Committed");
        }
        try (Visitor second = portal.signedIn("agency2@demo.buyzet.eu")) {
            PortalPage start = second.shell();
            assertThat(start.bell()).hasAttribute("aria-label", Pattern.compile("Notifications: [1-9]\\d* unread"));
            start.openNotifications();
            assertThat(start.notifications().first()).containsText("Committed: " + PROPOSAL);
            second.assertAccessible();
            start.closeNotifications();
            assertThat(start.bell()).hasAttribute("aria-label", "Notifications: none unread");
        }
        try (Visitor supplier = portal.signedIn("supplier@demo.buyzet.eu")) {
            BuyerGroupPage group = supplier.buyerGroup(groupUrl);
            assertThat(group.units()).containsText("1,100 deliveries a year");
            assertThat(group.main()).not().containsText("250");
            assertThat(group.demand()).containsText("Utdanningsetaten");
            group.registerInterest();
            group.confirmInterest();
            assertThat(group.interestStatementField()).containsText("This field is required");
            group.interestStatement("Electric vans and cargo bikes from a depot in Alna, from the autumn of 2027");
            supplier.assertAccessible();
            group.confirmInterest();
            assertThat(group.supplierCount()).containsText("1 capable suppliers");
            assertThat(group.interestRegistered()).isVisible();
            assertThat(group.supplierInterests()).hasCount(0);
            supplier.assertAccessible();
        }
        try (Visitor lead = portal.signedIn("agency@demo.buyzet.eu")) {
            BuyerGroupPage group = lead.buyerGroup(groupUrl);
            assertThat(group.supplierInterests()).containsText("Grønn Håndverk AS");
            group.startTendering();
            assertThat(group.tenderConsequence()).containsText("cannot be undone");
            group.notice("12345", "https://example.org/notice");
            group.confirmTender();
            assertThat(group.noticeField("id")).containsText("2026-123456");
            assertThat(group.noticeField("url")).containsText("doffin.no");
            lead.assertAccessible();
            group.notice("2026-104321", "https://doffin.no/notices/2026-104321");
            group.confirmTender();
            assertThat(group.status()).hasText("Tendering");
            assertThat(group.facts()).containsText("DOFFIN 2026-104321");
            assertThat(group.timeline()).containsText("Tender notice published");
            lead.assertAccessible();
            group.award();
            assertThat(group.status()).hasText("Awarded");
        }
    }
}
