package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Three agencies form a buyer group from the demo joint-purchase proposal, the lead a member from
 * the start with its share from its own need and the proposal's footprint, told what committing
 * waits for (in English at desktop width and in Bokmål on a phone); two sign letters of intent
 * and the lead commits; a supplier registers interest and sees the public shares but never
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
            java.util.regex.Matcher kg = Pattern.compile("[0-9][0-9,.]*").matcher(proposal.footprintCo2e().innerText());
            String proposalKg = kg.find() ? kg.group() : "no figure on the proposal";
            proposal.formBuyerGroup();
            // the lead's own need among the proposal's: 600 deliveries a year to the recycling stations
            assertThat(proposal.startingShare()).containsText("600 trips a year");
            assertThat(proposal.startingShare()).containsText("Deliveries of supplies to 12 recycling stations");
            lead.assertAccessible();
            BuyerGroupPage group = proposal.confirmBuyerGroup();
            // the group's title is its proposal's: wait for the group's own page before taking its address
            groupUrl = group.waitForOwnUrl();
            assertThat(group.status()).hasText("Forming");
            assertThat(group.heading()).hasText(PROPOSAL);

            // formed where the lead stands: a member with its share, and the proposal's footprint
            assertThat(group.joinButton()).hasCount(0);
            assertThat(group.changeShareButton()).isVisible();
            assertThat(group.shares()).containsText("600 trips a year");
            assertThat(group.proposalFootprint()).containsText(proposalKg);
            // no figure of nothing: Playwright trims a text's leading space, so " 0 kg" would also refuse "4,540 kg"
            assertThat(group.demand()).not().containsText(Pattern.compile("(^|[^\\d,.])0 kg"));
            // committing is the lead's step but waits for its letter: unavailable, with the way on beside it
            assertThat(group.commitButton()).isDisabled();
            assertThat(group.commitNextStep()).hasText("Next step: Sign your own letter of intent first.");
            assertThat(group.signLetterButton()).isEnabled();
            lead.assertAccessible();

            group.changeShare();
            // what the service refuses a share without is marked before anything is sent
            assertThat(group.requiredLegend()).hasText("Fields marked * are required.");
            for (String field : List.of("quantity", "footprint", "contact-name", "contact-email")) {
                org.assertj.core.api.Assertions.assertThat(Legibility.requiredMarker(group.shareField(field)))
                        .as(field).isEqualTo("*");
            }
            org.assertj.core.api.Assertions.assertThat(Legibility.requiredMarker(group.shareField("value")))
                    .isEqualTo("none");
            group.shareQuantity("six hundred");
            group.saveShare();
            assertThat(group.shareField("quantity")).containsText("Write the amount in digits");
            group.shareQuantity("600");
            group.shareUnit("deliveries a year");
            group.shareContact("not an address");
            group.saveShare();
            assertThat(group.shareField("contact-email")).containsText("Enter an email address");
            assertThat(group.shareInput("quantity")).hasValue("600");
            assertThat(group.shareVisibleToAgencies()).isChecked();
            group.shareContact("ingrid.hansen@ren.oslo.kommune.no");
            group.showShareToSuppliers();
            group.saveShare();
            assertThat(group.changeShareButton()).isVisible();
            // the timeline reads the change in words and figures, not as stored
            assertThat(group.timeline()).containsText("600 trips a year → 600 deliveries a year");
            assertThat(group.timeline()).not().containsText("_PER_YEAR");
            group.signLetterButton().click();
            org.assertj.core.api.Assertions.assertThat(Legibility.requiredMarker(group.letterNameField())).isEqualTo("*");
            group.confirmLetter();
            assertThat(group.signLetterButton()).hasCount(0);
            assertThat(group.commitNextStep())
                    .hasText("Next step: At least two members must have signed a letter of intent.");
            lead.assertAccessible();
        }
        try (Visitor lead = portal.signedIn("agency@demo.buyzet.eu", "demo", "nb-NO", true)) {
            BuyerGroupPage group = lead.buyerGroup(groupUrl);
            assertThat(group.commitButton()).isDisabled();
            assertThat(group.commitNextStep())
                    .hasText("Neste steg: Minst to medlemmer må ha signert en intensjonserklæring.");
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
            // shown to the other agencies, as the form proposes, and never to suppliers
            assertThat(group.shares()).containsText("andelen vises bare for virksomheter");
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
        try (Visitor second = portal.signedIn("agency2@demo.buyzet.eu")) {
            // a fellow agency sees the third's figures, which suppliers do not
            assertThat(second.buyerGroup(groupUrl).shares()).containsText("250 deliveries a year");
        }
        try (Visitor lead = portal.signedIn("agency@demo.buyzet.eu")) {
            BuyerGroupPage group = lead.buyerGroup(groupUrl);
            assertThat(group.commitNextStep()).hasCount(0);
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
            org.assertj.core.api.Assertions.assertThat(Legibility.requiredMarker(group.interestStatementField()))
                    .isEqualTo("*");
            group.confirmInterest();
            assertThat(group.interestStatementField()).containsText("This field is required");
            group.interestStatement("Electric vans and cargo bikes from a depot in Alna, from the autumn of 2027");
            supplier.assertAccessible();
            group.confirmInterest();
            assertThat(group.supplierCount()).containsText("1 capable supplier has registered interest");
            assertThat(group.interestRegistered()).isVisible();
            assertThat(group.supplierInterests()).hasCount(0);
            supplier.assertAccessible();
        }
        try (Visitor lead = portal.signedIn("agency@demo.buyzet.eu")) {
            BuyerGroupPage group = lead.buyerGroup(groupUrl);
            assertThat(group.supplierInterests()).containsText("Grønn Håndverk AS");
            group.startTendering();
            assertThat(group.tenderConsequence()).containsText("cannot be undone");
            for (String field : List.of("id", "url")) {
                org.assertj.core.api.Assertions.assertThat(Legibility.requiredMarker(group.noticeField(field)))
                        .as(field).isEqualTo("*");
            }
            group.notice("12345", "https://example.org/notice");
            group.confirmTender();
            assertThat(group.noticeField("id")).containsText("2026-123456");
            assertThat(group.noticeField("url")).containsText("doffin.no");
            lead.assertAccessible();
            group.notice("2026-104321", "https://doffin.no/notices/2026-104321");
            group.confirmTender();
            assertThat(group.status()).hasText("Tendering");
            assertThat(group.facts()).containsText("Doffin 2026-104321");
            assertThat(group.timeline()).containsText("Tender notice published");
            lead.assertAccessible();
            group.award();
            assertThat(group.status()).hasText("Awarded");
        }
    }
}
