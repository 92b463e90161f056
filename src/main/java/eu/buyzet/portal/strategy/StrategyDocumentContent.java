package eu.buyzet.portal.strategy;

import eu.buyzet.portal.shared.Formats;
import eu.buyzet.portal.shared.export.DocumentBlock.Bullets;
import eu.buyzet.portal.shared.export.DocumentBlock.Heading;
import eu.buyzet.portal.shared.export.DocumentBlock.Paragraph;
import eu.buyzet.portal.shared.export.DocumentBlock.Table;
import eu.buyzet.portal.shared.export.DocumentBlock;
import eu.buyzet.portal.shared.export.DocumentTexts;
import eu.buyzet.portal.shared.export.FileNames;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The sections of a strategy for the procurement file, in the reader's language: summary, area
 * and baseline, market evidence, instruments, how FOA §7-9 is met, scenario, timeline and risks.
 * Evidence is numbered once and the instruments cite the numbers, so a citation prints once.
 */
final class StrategyDocumentContent {

    private final StrategyDossier d;
    private final DocumentTexts texts;
    private final Formats f;
    private final List<DocumentBlock> blocks = new ArrayList<>();

    private StrategyDocumentContent(StrategyDossier d, DocumentTexts texts) {
        this.d = d;
        this.texts = texts;
        this.f = Formats.of(d.locale());
    }

    static List<DocumentBlock> of(StrategyDossier dossier, DocumentTexts texts) {
        StrategyDocumentContent c = new StrategyDocumentContent(dossier, texts);
        c.build();
        return List.copyOf(c.blocks);
    }

    private String t(String key, Object... args) {
        return texts.get("strategy.document." + key, args);
    }

    private void build() {
        Strategy s = d.strategy();
        blocks.add(new Heading(1, s.title()));
        blocks.add(Paragraph.muted(t("subtitle", d.area().name(), s.number(),
                t("status." + s.status().name()), s.ownerName())));
        if (s.adoptedAt() != null && s.adoptedByName() != null) {
            blocks.add(Paragraph.muted(t("adopted", s.adoptedByName(), f.date(s.adoptedAt()))));
        }
        blocks.add(Paragraph.muted(t("produced", f.dateTime(d.producedAt()))));
        blocks.add(new Heading(2, t("summary")));
        blocks.add(Paragraph.of(s.summary()));
        area();
        Map<Evidence, Integer> numbers = evidence();
        instruments(numbers);
        climateWeighting();
        scenario();
        timeline();
        risks();
    }

    private void area() {
        PriorityArea a = d.area();
        blocks.add(new Heading(2, t("area")));
        blocks.add(Paragraph.labelled(t("area-name"), a.name()));
        if (!a.description().isBlank()) {
            blocks.add(Paragraph.of(a.description()));
        }
        if (a.cpvCategory() != null) {
            blocks.add(Paragraph.labelled(t("cpv"), a.cpvCategory()));
        }
        blocks.add(Paragraph.labelled(t("contracts"), f.whole(a.contracts().size())));
        AreaBaseline b = a.baseline();
        if (b == null) {
            blocks.add(Paragraph.of(t("baseline-none")));
            return;
        }
        blocks.add(Paragraph.of(t("baseline-lead", b.factorSetName(), f.date(b.computedOn()), b.contracts())));
        if (b.contractsWithoutFlows() > 0) {
            blocks.add(Paragraph.muted(t("baseline-without-flows", b.contractsWithoutFlows())));
        }
        List<List<String>> rows = new ArrayList<>(figureRows(b.figures()));
        if (b.energyKwh() != null) {
            rows.add(2, List.of(t("energy"), f.figure(b.energyKwh())));
        }
        blocks.add(new Table(t("baseline"), List.of(t("measure"), t("value")), rows));
    }

    private List<List<String>> figureRows(ScenarioFigures x) {
        return List.of(
                List.of(t("trips"), optional(x.trips())),
                List.of(t("vehicle-km"), f.figure(x.vehicleKm())),
                List.of(t("co2e-wtw"), f.figure(x.co2eWtwKg())),
                List.of(t("co2e-tailpipe"), f.figure(x.co2eTailpipeKg())),
                List.of(t("nox"), optional(x.noxG())),
                List.of(t("pm"), optional(x.pmG())),
                List.of(t("zero-emission-share"), share(x.zeroEmissionSharePercent())),
                List.of(t("cvd-share"), share(x.cvdCleanSharePercent())));
    }

    private Map<Evidence, Integer> evidence() {
        Map<Evidence, Integer> numbers = new LinkedHashMap<>();
        d.strategy().instruments().forEach(i -> i.evidence().forEach(e -> numbers.putIfAbsent(e, numbers.size() + 1)));
        blocks.add(new Heading(2, t("evidence")));
        if (numbers.isEmpty()) {
            blocks.add(Paragraph.of(t("evidence-none")));
            return numbers;
        }
        List<List<String>> rows = new ArrayList<>();
        numbers.forEach((e, n) -> rows.add(List.of("[" + n + "]", t("evidence-kind." + e.kind().name()),
                e.citation(), e.figure() == null ? "" : f.figure(e.figure()))));
        blocks.add(new Table(t("evidence"), List.of("#", t("evidence-kind"), t("citation"), t("figure")), rows));
        return numbers;
    }

    private void instruments(Map<Evidence, Integer> numbers) {
        blocks.add(new Heading(2, t("instruments")));
        if (d.strategy().instruments().isEmpty()) {
            blocks.add(Paragraph.of(t("instruments-none")));
        }
        for (ChosenInstrument i : d.strategy().instruments()) {
            String key = "strategy.instrument." + i.instrument().name();
            blocks.add(new Heading(3, texts.get(key + ".name")));
            blocks.add(Paragraph.muted(texts.get(key + ".explanation")));
            if (i.fromDate() != null) {
                blocks.add(Paragraph.labelled(t("from-date"), f.date(i.fromDate())));
            }
            if (i.weightPercent() != null) {
                blocks.add(Paragraph.labelled(t("weight"), f.percent(i.weightPercent() / 100.0)));
            }
            blocks.add(Paragraph.labelled(t("rationale"), i.rationale()));
            blocks.add(Paragraph.labelled(t("risks"), i.risks().isBlank() ? t("risks-none") : i.risks()));
            if (!i.evidence().isEmpty()) {
                blocks.add(Paragraph.labelled(t("cites"), String.join(", ",
                        i.evidence().stream().map(e -> "[" + numbers.get(e) + "]").toList())));
            }
        }
    }

    private void climateWeighting() {
        blocks.add(new Heading(2, t("climate-weighting")));
        blocks.add(Paragraph.of(t("climate-weighting." + d.climateWeighting().name())));
        d.strategy().instruments().stream()
                .filter(i -> i.instrument() == Instrument.AWARD_CRITERION && i.weightPercent() != null)
                .forEach(i -> blocks.add(Paragraph.labelled(t("weight"), f.percent(i.weightPercent() / 100.0))));
    }

    private void scenario() {
        blocks.add(new Heading(2, t("scenario")));
        Strategy s = d.strategy();
        if (!s.scenario().isEmpty()) {
            blocks.add(new Table(t("planned"), List.of(t("year"), t("zero-emission-share"), t("trip-reduction"),
                    t("cargo-bike-share")), s.scenario().stream().map(y -> List.of(Integer.toString(y.year()),
                    share(y.zeroEmissionSharePercent()), share(y.tripReductionPercent()),
                    share(y.cargoBikeSharePercent()))).toList()));
        }
        ScenarioResult r = s.result();
        if (r == null) {
            blocks.add(Paragraph.of(t("scenario-not-computed")));
            return;
        }
        blocks.add(Paragraph.of(t("factor-set", r.factorSetName(), r.factorSetVersion(), f.date(r.computedOn()))));
        // measures down, years across: the years are short figures, the measures long labels
        List<ScenarioFigures> columns = new ArrayList<>();
        columns.add(r.baseline());
        columns.addAll(r.years());
        List<String> headers = new ArrayList<>(List.of(t("measure"), t("baseline-row", r.baseline().year())));
        r.years().forEach(y -> headers.add(Integer.toString(y.year())));
        List<List<String>> rows = new ArrayList<>();
        List<List<List<String>>> measures = columns.stream().map(this::figureRows).toList();
        for (int m = 0; m < measures.getFirst().size(); m++) {
            List<String> row = new ArrayList<>(List.of(measures.getFirst().get(m).getFirst()));
            for (List<List<String>> column : measures) {
                row.add(column.get(m).get(1));
            }
            rows.add(row);
            if (m == 3) {
                rows.add(change(columns, r.baseline()));
            }
        }
        blocks.add(new Table(t("scenario"), headers, rows));
    }

    /** The change of CO2e well-to-wheel against the baseline, after the CO2e rows. */
    private List<String> change(List<ScenarioFigures> columns, ScenarioFigures baseline) {
        List<String> row = new ArrayList<>(List.of(t("change")));
        for (ScenarioFigures y : columns) {
            row.add(baseline.co2eWtwKg() == 0 ? "" : signed((y.co2eWtwKg() - baseline.co2eWtwKg())
                    / baseline.co2eWtwKg()));
        }
        return row;
    }

    private void timeline() {
        blocks.add(new Heading(2, t("timeline")));
        if (d.timeline().isEmpty()) {
            blocks.add(Paragraph.of(t("timeline-none")));
            return;
        }
        blocks.add(new Table(t("timeline"), List.of(t("contract"), t("contract-ends"), t("opens"), t("announce-by"),
                t("warnings")), d.timeline().stream().map(w -> List.of(w.contractTitle(), day(w.contractEnds()),
                day(w.opens()), day(w.announceBy()), warnings(w))).toList()));
    }

    /** A window without an end date has no dates at all; its warning says why. */
    private String day(@Nullable LocalDate date) {
        return date == null ? "–" : f.date(date);
    }

    private String warnings(TenderWindow w) {
        return String.join("; ", w.warnings().stream().map(x -> t("warning." + x.name())).toList());
    }

    private void risks() {
        blocks.add(new Heading(2, t("risks-heading")));
        List<String> items = new ArrayList<>();
        for (ChosenInstrument i : d.strategy().instruments()) {
            if (!i.risks().isBlank()) {
                items.add(texts.get("strategy.instrument." + i.instrument().name() + ".name") + ": " + i.risks());
            }
        }
        for (TenderWindow w : d.timeline()) {
            if (!w.warnings().isEmpty()) {
                items.add(w.contractTitle() + ": " + warnings(w));
            }
        }
        if (d.climateWeighting() == ClimateWeighting.NOT_MET) {
            items.add(t("climate-weighting.NOT_MET"));
        }
        blocks.add(items.isEmpty() ? Paragraph.of(t("risks-none")) : new Bullets(items));
    }

    private String optional(@Nullable Double value) {
        return value == null ? t("not-covered") : f.figure(value);
    }

    private String share(double percent) {
        return f.percent(percent / 100.0);
    }

    private String signed(double share) {
        String s = f.percent(share);
        return share > 0 ? "+" + s : s;
    }

    /** The file name a download gets: the title in plain letters, never a path. */
    static String fileName(Strategy s, String extension) {
        String base = FileNames.slug(s.title(), 60);
        return "strategy-" + s.id() + (base.isEmpty() ? "" : "-" + base) + "-v" + s.number() + "." + extension;
    }
}
