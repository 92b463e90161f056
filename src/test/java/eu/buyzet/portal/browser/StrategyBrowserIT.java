package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The strategy journey: an agency makes a priority area from its demo contracts, links the demo
 * market dialogue and names a second agency, writes a strategy with an instrument citing a
 * published dialogue answer and plans a year, sends it to consultation; the second agency comments;
 * the owner computes its scenario and reads the timeline's warnings and how §7-9 is met; the named
 * agency comments; the owner adopts it. Axe on each page; once more in Bokmål on a phone.
 */
@PortalBrowserTest(ownPortal = true)
class StrategyBrowserIT {

    private static final String DIALOGUE = "Markedsdialog: utslippsfri avfallshenting fra kommunale bygg";

    @Test
    void an_agency_writes_a_strategy_a_named_agency_comments_and_the_owner_adopts_it(Portal portal) {
        String strategyUrl;
        try (Visitor owner = portal.signedIn("agency@demo.buyzet.eu")) {
            owner.open("/strategies/work");
            StrategyPages pages = new StrategyPages(owner);
            assertThat(pages.heading()).hasText("Contract strategies");
            owner.assertAccessible();

            pages.newArea();
            owner.assertAccessible();
            pages.saveArea();
            assertThat(page(owner, "#area-name")).containsText("required");
            pages.areaName("Refuse collection east");
            pages.areaDescription("Household waste and containers in the eastern zone");
            pages.pickContract("Innsamling av husholdningsavfall, sone øst");
            pages.pickContract("Utleie og tømming av containere");
            pages.nameAgency("Utviklings- og kompetanseetaten (Oslo kommune)");
            pages.linkDialogue(DIALOGUE);
            pages.linkForum("waste", "Zero-emission waste collection");
            pages.citeSolution("refuse trucks", "Electric refuse trucks with depot charging");
            pages.saveArea();
            pages.waitForUrl(".*/strategies/areas/\\d+$");
            assertThat(pages.heading()).hasText("Refuse collection east");
            // what the area links is read back by id when it is edited, not looked up in a first page
            pages.editArea();
            pages.waitUntilChosen("area-forums", "Zero-emission waste collection");
            pages.waitUntilChosen("area-solutions", "Electric refuse trucks with depot charging");
            pages.waitUntilChosen("area-dialogues", DIALOGUE);
            owner.page().reload();
            assertThat(pages.heading()).hasText("Refuse collection east");
            assertThat(pages.baseline()).containsText("Vehicle-km a year");
            assertThat(pages.consulted()).containsText("Utviklings- og kompetanseetaten");
            owner.assertAccessible();

            pages.startStrategy("Zero-emission refuse collection");
            strategyUrl = pages.waitForUrl(".*/strategies/\\d+$");
            assertThat(pages.status()).containsText("Draft");
            owner.assertAccessible();

            pages.addInstrument("Climate and environment as an award criterion");
            assertThat(pages.catalogue()).containsText("FOA § 7-9");
            pages.weight("30");
            pages.rationale("The dialogue showed that electric refuse trucks can be delivered from 2027");
            pages.risks("Few suppliers with charging at their depots");
            pages.citeFirst("Dialogue answer");
            owner.assertAccessible();
            pages.saveInstrument();
            assertThat(pages.instrument(0)).containsText("Dialogue answer");
            assertThat(pages.climateWeighting()).containsText("Climate and environment weigh at least 30 %");
            assertThat(pages.timeline()).containsText("Innsamling av husholdningsavfall, sone øst");
            assertThat(pages.timeline()).containsText("Fewer than three capable suppliers");
            pages.plan(2030, "100");
            pages.savePlan();
            assertThat(pages.planned(2030)).hasValue("100");
            assertThat(pages.scenarioChart()).isVisible();
            assertThat(pages.scenario()).containsText("Zero-emission share of all km");
            assertThat(pages.scenario()).containsText("2030");
            pages.computeScenarioByKeyboard();
            assertThat(pages.message("Scenario computed")).isVisible();
            assertThat(pages.scenarioFactorSet()).containsText("factor set");
            owner.assertAccessible();

            ConfirmDialog consult = pages.sendToConsultationByKeyboard();
            assertThat(consult.question()).hasText("Send the strategy to consultation?");
            consult.confirm();
            assertThat(pages.status()).containsText("In consultation");
            owner.assertAccessible();
        }
        try (Visitor named = portal.signedIn("agency2@demo.buyzet.eu")) {
            named.openUrl(strategyUrl);
            StrategyPages pages = new StrategyPages(named);
            assertThat(pages.adoptButton()).hasCount(0);
            pages.comment("We can join from 2028 with our own containers");
            assertThat(pages.comments()).containsText("We can join from 2028");
            named.assertAccessible();
        }
        try (Visitor owner = portal.signedIn("agency@demo.buyzet.eu")) {
            owner.openUrl(strategyUrl);
            StrategyPages pages = new StrategyPages(owner);
            assertThat(pages.comments()).containsText("We can join from 2028");
            pages.adopt().confirm();
            assertThat(pages.status()).containsText("Adopted");
            assertThat(pages.adopted()).containsText("Adopted by");
            owner.assertAccessible();

            // the procurement file: the adopted plan as PDF and as Word
            byte[] pdf = download(owner, "#strategy-download-pdf", ".pdf");
            org.assertj.core.api.Assertions.assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
            byte[] docx = download(owner, "#strategy-download-docx", ".docx");
            org.assertj.core.api.Assertions.assertThat(new String(docx, 0, 2, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("PK");
        }
        try (Visitor supplier = portal.signedIn("supplier@demo.buyzet.eu")) {
            // a supplier reads the adopted plan, not the buyers' documents nor who adopted it
            supplier.openUrl(strategyUrl);
            StrategyPages pages = new StrategyPages(supplier);
            assertThat(pages.status()).containsText("Adopted");
            assertThat(pages.adopted()).containsText("Adopted on");
            assertThat(supplier.page().locator("#strategy-documents")).hasCount(0);
            supplier.assertAccessible();
        }
    }

    @Test
    void an_agency_makes_an_area_from_a_cpv_category_and_starts_a_strategy_in_bokmal_on_a_phone(
            @SignedIn(value = "agency@demo.buyzet.eu", locale = "nb-NO", phone = true) Visitor agency) {
        agency.open("/strategies/work");
        StrategyPages pages = new StrategyPages(agency);
        assertThat(pages.heading()).hasText("Kontraktsstrategier");
        agency.assertAccessible();
        pages.newArea();
        pages.areaName("Verkstedtjenester");
        pages.byCategory("En CPV-kategori i rangeringen");
        pages.category("501");
        agency.assertAccessible();
        pages.saveArea();
        pages.waitForUrl(".*/strategies/areas/\\d+$");
        assertThat(pages.baseline()).containsText("Kjøretøy-km per år");
        agency.assertAccessible();
        pages.startStrategy("Utslippsfrie verkstedtjenester");
        assertThat(pages.status()).containsText("Utkast");
        // a weight typed wrong for an award criterion, then another instrument chosen: the hidden weight
        // neither blocks the save nor goes with it
        pages.addInstrument("Klima og miljø som tildelingskriterium");
        pages.weight("tretti");
        pages.rationale("Verkstedet bruker allerede elektriske varebiler");
        assertThat(pages.weightField()).containsText("Skriv et tall med sifre");
        pages.chooseInstrument("Krav om nullutslipp i kravspesifikasjonen");
        assertThat(pages.catalogue()).containsText("Anskaffelsesloven § 5");
        pages.saveInstrument();
        assertThat(pages.instrument(0)).containsText("Krav om nullutslipp");
        assertThat(pages.climateWeighting()).containsText("oppfylt med et nullutslippskrav");
        assertThat(pages.timeline()).containsText("Tidslinje for konkurranser");
        pages.computeScenarioByKeyboard();
        assertThat(pages.scenario()).containsText("Scenario");
        agency.assertAccessible();
    }

    private static com.microsoft.playwright.Locator page(Visitor v, String selector) {
        return v.page().locator(selector);
    }

    private static byte[] download(Visitor visitor, String link, String extension) {
        com.microsoft.playwright.Download file = visitor.page().waitForDownload(() -> visitor.page().locator(link).click());
        org.assertj.core.api.Assertions.assertThat(file.suggestedFilename()).endsWith(extension);
        try {
            return java.nio.file.Files.readAllBytes(file.path());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
