package eu.buyzet.portal.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.shared.export.FileNames;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The procurement file's PDF and DOCX, read back as a reader's software reads them. */
class StrategyDocumentsTest {

    private static final Locale BOKMAL = Locale.forLanguageTag("nb");

    private final StrategyDocuments documents = new StrategyDocuments(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static StrategyDossier dossier(Strategy s, Locale locale) {
        return new StrategyDossier(s, StrategyFixtures.area(), StrategyFixtures.timeline(),
                ClimateWeighting.SPECIFICATION_REQUIREMENT, locale, Instant.parse("2026-12-02T14:00:00Z"));
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    /** Text extraction may break a line anywhere; compare without line breaks. */
    private static String flat(String text) {
        return text.replaceAll("[\\s\u00A0\u202F]+", " ");
    }

    /** The catalogue's name of an instrument: the documents print it as the screens do. */
    private static String instrument(Instrument i, Locale locale) {
        return messages().getMessage("strategy.instrument." + i.name() + ".name", null, locale);
    }

    private static final List<String> ENGLISH_SECTIONS = List.of("Summary", "Priority area and baseline",
            "Market evidence", "Chosen instruments", "How the strategy meets FOA §7-9", "Scenario against the baseline",
            "Tender timeline", "Risks");
    private static final List<String> BOKMAL_SECTIONS = List.of("Sammendrag", "Prioritert område og utgangspunkt",
            "Kunnskap om markedet", "Valgte virkemidler", "Slik oppfyller strategien FOA §7-9",
            "Scenario mot utgangspunktet", "Tidslinje for konkurranser", "Risiko");

    private static void assertEnglishContent(String text) {
        assertThat(text).contains(ENGLISH_SECTIONS)
                .contains("Zero-emission refuse collection 2030", "All refuse trucks in the inner city")
                .contains("Refuse collection", "CPV category", "90511000")
                .contains("312,400", "298,765.4", "CO2e well-to-wheel (kg)", "Energy (kWh)", "1,200,000")
                .contains("Three haulers answered that electric refuse trucks", "61,250.5")
                .contains(instrument(Instrument.ZERO_EMISSION_SPECIFICATION, Locale.ENGLISH),
                        instrument(Instrument.AWARD_CRITERION, Locale.ENGLISH))
                .contains("The market dialogue showed the haulers are ready", "Jul 1, 2027", "35%")
                .contains("A zero-emission requirement in the technical specification takes the place")
                .contains("BuyZET factors 2025, version 2025.2", "Baseline (2025)", "2030", "-86.6%", "100%")
                .contains("Refuse collection east", "Sep 30, 2026", "the window to announce the tender has passed")
                .contains("Fewer bidders if the date comes too early", "Adopted by Kari Nordmann");
    }

    private static void assertBokmalContent(String text) {
        assertThat(text).contains(BOKMAL_SECTIONS)
                .contains("Zero-emission refuse collection 2030", "CPV-kategori")
                .contains("312 400", "298 765,4", "CO2e fra kilde til hjul (kg)")
                .contains(instrument(Instrument.ZERO_EMISSION_SPECIFICATION, BOKMAL),
                        instrument(Instrument.AWARD_CRITERION, BOKMAL))
                .contains("1. juli 2027", "35 %")
                .contains("Et nullutslippskrav i kravspesifikasjonen trer i stedet")
                .contains("Utgangspunkt (2025)", "\u221286,6 %", "30. sep. 2026", "Sámi Čáhcegáddi đŋŧ")
                .contains("fristen for å kunngjøre konkurransen er passert", "Vedtatt av Kari Nordmann")
                .doesNotContain("Chosen instruments", "Market evidence");
    }

    @Test
    void the_pdf_has_every_section_in_english() throws IOException {
        assertEnglishContent(flat(pdfText(documents.pdf(dossier(StrategyFixtures.strategy(), Locale.ENGLISH)))));
    }

    @Test
    void the_pdf_has_every_section_in_bokmal() throws IOException {
        assertBokmalContent(flat(pdfText(documents.pdf(dossier(sami(), BOKMAL)))));
    }

    /** Bokmål figures print a true minus sign, and names may be Sami: the embedded font has both. */
    private static Strategy sami() {
        Strategy s = StrategyFixtures.strategy();
        return StrategyFixtures.strategy(s.title(), s.summary() + " Sámi Čáhcegáddi đŋŧ",
                "The market dialogue showed the haulers are ready", "Fewer bidders if the date comes too early",
                StrategyFixtures.SOLUTION);
    }

    @Test
    void the_docx_has_every_section_in_english() throws IOException {
        assertEnglishContent(flat(docxText(documents.docx(dossier(StrategyFixtures.strategy(), Locale.ENGLISH)))));
    }

    @Test
    void the_docx_has_every_section_in_bokmal() throws IOException {
        assertBokmalContent(flat(docxText(documents.docx(dossier(sami(), BOKMAL)))));
    }

    @Test
    void the_docx_sections_are_word_headings_so_the_file_has_an_outline() throws IOException {
        byte[] docx = documents.docx(dossier(StrategyFixtures.strategy(), Locale.ENGLISH));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> level2 = document.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(level2).containsExactlyElementsOf(ENGLISH_SECTIONS);
            assertThat(document.getTables()).hasSize(5);
            assertThat(document.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Zero-emission refuse collection 2030");
        }
    }

    @Test
    void each_citation_prints_once_and_instruments_cite_it_by_number() throws IOException {
        String text = flat(docxText(documents.docx(dossier(StrategyFixtures.strategy(), Locale.ENGLISH))));
        assertThat(text.split("Three haulers answered", -1)).hasSize(2);
        assertThat(text).contains("Evidence: [1], [2], [3]", "Evidence: [3]");
    }

    @Test
    void a_strategy_without_scenario_or_evidence_says_so_instead_of_leaving_a_gap() throws IOException {
        Strategy full = StrategyFixtures.strategy();
        Strategy bare = new Strategy(full.id(), full.lineage(), 1, full.area(), full.areaName(), full.owner(),
                full.ownerName(), StrategyStatus.DRAFT, "Draft", "To be written", List.of(), List.of(), null, null, null,
                full.updatedAt(), 1);
        StrategyDossier d = new StrategyDossier(bare, StrategyFixtures.area(), List.of(), ClimateWeighting.NOT_MET,
                Locale.ENGLISH, Instant.parse("2026-12-02T14:00:00Z"));
        String text = flat(pdfText(documents.pdf(d)));
        assertThat(text).contains("No evidence is cited.", "No instruments are chosen yet.",
                "The scenario has not been computed yet.", "No mapped contracts to place on the timeline.",
                "Not met: neither an award criterion", "version 1 (draft)").doesNotContain("Adopted by");
    }

    private static final String MARKUP = "<script>alert(1)</script> & </w:t></w:r><w:p> ]]> \"quoted\" 'single'";

    private static Strategy hostile(String longText) {
        String controls = "before\u0000\u0007\u001b\u0085\uFFFE\uD800after\r\nnext\tline \uD83D\uDE9B";
        Evidence evil = new Evidence(EvidenceKind.SOLUTION, 1, MARKUP + " " + controls, -1.0);
        return StrategyFixtures.strategy(MARKUP, longText, controls, MARKUP + longText, evil);
    }

    @Test
    void typed_markup_control_characters_and_very_long_text_render_safely_as_text_in_the_pdf() throws IOException {
        String longText = "x".repeat(20_000) + " " + "Lorem ipsum ".repeat(3_000) + "THE-END";
        String text = pdfText(documents.pdf(dossier(hostile(longText), Locale.ENGLISH)));
        assertThat(flat(text)).contains("<script>alert(1)</script> & </w:t></w:r><w:p> ]]> \"quoted\" 'single'",
                "beforeafter", "THE-END", "Market evidence", "Risks");
        assertThat(text.replaceAll("\\s", "")).contains("x".repeat(20_000));
    }

    @Test
    void typed_markup_control_characters_and_very_long_text_render_safely_as_text_in_the_docx() throws IOException {
        String longText = "x".repeat(20_000) + " " + "Lorem ipsum ".repeat(3_000) + "THE-END";
        String text = docxText(documents.docx(dossier(hostile(longText), Locale.ENGLISH)));
        assertThat(text).contains(MARKUP, "beforeafter\nnext\tline \uD83D\uDE9B", "x".repeat(20_000) + " Lorem",
                "THE-END");
        assertThat(text).doesNotContain("\u0000", "\u0007", "\u001b", "\uFFFE");
    }

    @Test
    void file_names_carry_the_id_version_and_title_in_plain_letters() {
        assertThat(StrategyDocuments.fileName(hostile("x"), "pdf")).isEqualTo("strategy-12-script-alert-1-script-w-t-w-r-w-p-quoted-single-v2.pdf");
        assertThat(StrategyDocuments.fileName(StrategyFixtures.strategy(), "docx"))
                .isEqualTo("strategy-12-zero-emission-refuse-collection-2030-v2.docx");
    }

    @Test
    void a_norwegian_or_sami_title_keeps_its_letters_in_plain_spelling_instead_of_losing_them_to_hyphens() {
        assertThat(FileNames.slug("Håndverkere uten utslipp", 60)).isEqualTo("handverkere-uten-utslipp");
        assertThat(FileNames.slug("Grønn søppelhenting på Ærøy", 60)).isEqualTo("gronn-soppelhenting-pa-aeroy");
        assertThat(FileNames.slug("Čáhcegáldu ja Øst-Finnmárku", 60)).isEqualTo("cahcegaldu-ja-ost-finnmarku");
        assertThat(FileNames.slug("../../etc/passwd", 60)).isEqualTo("etc-passwd");
        assertThat(FileNames.slug("a".repeat(59) + " b", 60)).isEqualTo("a".repeat(59));
    }
}
