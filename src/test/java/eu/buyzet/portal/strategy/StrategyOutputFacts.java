package eu.buyzet.portal.strategy;

import eu.buyzet.portal.ParityTable;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * Rows for the strategy feature's channel parity test (decision 016), for the output channels of
 * decision 032: the fact names, the marker text each fact leaves in an output, what each channel
 * may show, and readings of the PDF and DOCX. The parity IT seeds a strategy whose texts carry
 * these markers (see {@link #seeded}), reads each channel as each reader and compares with
 * {@link #PUBLIC} for the public channels (every reader, anonymous or not) and {@link #FILE} for the
 * documents (readers the service hands a dossier; others are refused).
 */
public final class StrategyOutputFacts {

    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String INSTRUMENT_RATIONALE = "instrument-rationale";
    public static final String CITATION = "citation";
    public static final String RISKS = "risks";
    public static final String CONTRACT_CITATION = "contract-citation";
    public static final String TIMELINE = "timeline";
    public static final String ADOPTER = "adopter";
    public static final String ABSOLUTE_FOOTPRINT = "absolute-footprint";

    public static final Set<String> ALL = Set.of(TITLE, SUMMARY, INSTRUMENT_RATIONALE, CITATION, RISKS,
            CONTRACT_CITATION, TIMELINE, ADOPTER, ABSOLUTE_FOOTPRINT);

    /** The public page, list and the open API: the adopted plan, nothing it was built from. */
    public static final Set<String> PUBLIC = Set.of(TITLE, SUMMARY, INSTRUMENT_RATIONALE);

    /** The OCDS planning rationale: the plan in one paragraph, without the instruments' reasons. */
    public static final Set<String> OCDS = Set.of(TITLE, SUMMARY);

    /** The procurement file's PDF and DOCX: everything the dossier carries. */
    public static final Set<String> FILE = ALL;

    /** Marker texts; a seeded strategy uses them so that a reading can tell the facts apart. */
    public static final Map<String, String> MARKERS = Map.of(
            TITLE, "Parity strategy Kvitfjell",
            SUMMARY, "Summary marker Solbakken",
            INSTRUMENT_RATIONALE, "Rationale marker Ørnefjell",
            CITATION, "Citation marker Granlia",
            RISKS, "Risk marker Myrvang",
            CONTRACT_CITATION, "Contract marker Bekkestua",
            TIMELINE, "Timeline contract Haugerud",
            ADOPTER, "Adopter Marit Fjellheim",
            ABSOLUTE_FOOTPRINT, "987654");

    private StrategyOutputFacts() {
    }

    /** A strategy with every marker in its place, as {@link StrategyFixtures} builds it. */
    static StrategyDossier seeded(java.util.Locale locale) {
        Evidence contract = new Evidence(EvidenceKind.CONTRACT, 5, MARKERS.get(CONTRACT_CITATION), null);
        Evidence cited = new Evidence(EvidenceKind.DIALOGUE_ANSWER, 41, MARKERS.get(CITATION), 3.0);
        Strategy base = StrategyFixtures.strategy(MARKERS.get(TITLE), MARKERS.get(SUMMARY),
                MARKERS.get(INSTRUMENT_RATIONALE), MARKERS.get(RISKS), contract, cited);
        ScenarioResult r = base.result();
        ScenarioFigures b = r.baseline();
        ScenarioResult marked = new ScenarioResult(r.factorSetId(), r.factorSetName(), r.factorSetVersion(),
                r.computedOn(), new ScenarioFigures(b.year(), b.trips(), b.vehicleKm(), 987_654, b.co2eTailpipeKg(),
                b.noxG(), b.pmG(), b.zeroEmissionSharePercent(), b.cvdCleanSharePercent()), r.years());
        Strategy s = new Strategy(base.id(), base.lineage(), base.number(), base.area(), base.areaName(), base.owner(),
                base.ownerName(), base.status(), base.title(), base.summary(), base.instruments(), base.scenario(),
                marked, MARKERS.get(ADOPTER), base.adoptedAt(), base.updatedAt(), base.version());
        TenderWindow w = StrategyFixtures.timeline().getFirst();
        return new StrategyDossier(s, StrategyFixtures.area(), java.util.List.of(new TenderWindow(w.contract(),
                MARKERS.get(TIMELINE), w.contractEnds(), w.opens(), w.announceBy(), w.warnings())),
                ClimateWeighting.SPECIFICATION_REQUIREMENT, locale, java.time.Instant.parse("2026-12-02T14:00:00Z"));
    }

    /** The facts a text shows; figures are compared without the reader's grouping separators. */
    public static Set<String> in(String text) {
        return ParityTable.factsIn(text.replaceAll("(?<=\\d)[\\s\\u00A0\\u202F,.](?=\\d{3})", ""), MARKERS);
    }

    public static Set<String> inPdf(byte[] pdf) throws IOException {
        return in(StrategyDocumentsTest.pdfText(pdf).replaceAll("\\s+", " "));
    }

    public static Set<String> inDocx(byte[] docx) throws IOException {
        return in(StrategyDocumentsTest.docxText(docx));
    }
}
