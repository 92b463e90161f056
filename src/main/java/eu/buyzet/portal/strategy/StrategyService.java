package eu.buyzet.portal.strategy;

import eu.buyzet.portal.shared.YearSpan;
import eu.buyzet.portal.contract.ContractService;
import eu.buyzet.portal.contract.MappedContract;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.strategy.InstrumentDraft.EvidenceRef;
import eu.buyzet.portal.strategy.StrategyDisclosure.Relation;
import eu.buyzet.portal.strategy.internal.PriorityAreaRepository;
import eu.buyzet.portal.strategy.internal.StrategyRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contract strategies (BuyZET step 4): reading them as {@link StrategyDisclosure} allows, and the
 * owner agency writing a draft: title, summary, instruments from the catalogue with their reasons,
 * risks and evidence, and the planned years. The steps of the lifecycle are {@link StrategyWorkflow}'s.
 * A change names the version its author read; a change since is a {@link ConcurrentEditException}.
 */
@Service
public class StrategyService {

    /** The years an instrument may apply from, counted from this year each time asked. */
    static YearSpan instrumentYears() {
        return YearSpan.until(2000, 30);
    }

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 8000;
    static final int MAX_TEXT = 4000;
    /** Oslo's target year for fossil-free transport: every scenario reaches at least this far. */
    public static final int TARGET_YEAR = 2030;

    private final StrategyRepository strategies;
    private final PriorityAreaRepository areas;
    private final PriorityAreaService areaService;
    private final StrategyDisclosure disclosure;
    private final StrategyEvidence evidence;
    private final ContractService contracts;
    private final CurrentUser currentUser;
    private final StrategySteps steps;
    private final StrategyScenarios scenarios;

    StrategyService(StrategyRepository strategies, PriorityAreaRepository areas, PriorityAreaService areaService,
                    StrategyDisclosure disclosure, StrategyEvidence evidence, ContractService contracts,
                    CurrentUser currentUser, StrategySteps steps, StrategyScenarios scenarios) {
        this.strategies = strategies;
        this.areas = areas;
        this.areaService = areaService;
        this.disclosure = disclosure;
        this.evidence = evidence;
        this.contracts = contracts;
        this.currentUser = currentUser;
        this.steps = steps;
        this.scenarios = scenarios;
    }

    // ---- reading ---------------------------------------------------------------------------------

    /** The strategy as the reader may see it; otherwise it does not exist for them. */
    @DisclosureChannel("strategy.details")
    @Transactional(readOnly = true)
    public Strategy get(StrategyId id) {
        Strategy s = raw(id);
        PriorityArea area = area(s);
        return disclosure.view(disclosure.relation(area), area, s);
    }

    /** Strategies the reader may see, most recently changed first: the list page. */
    @DisclosureChannel("strategy.list")
    @Transactional(readOnly = true)
    public List<Strategy> list() {
        List<Strategy> visible = new ArrayList<>();
        for (Strategy s : strategies.list(List.of(StrategyStatus.values()), 0, PriorityAreaService.MAX_LIST)) {
            PriorityArea area = area(s);
            Relation r = disclosure.relation(area);
            if (StrategyDisclosure.sees(r, s.status())) {
                visible.add(disclosure.view(r, area, s));
            }
        }
        return visible;
    }

    /** Adopted strategies as everyone may read them, whoever asks: the public page and the open API. */
    @DisclosureChannel("strategy.public-list")
    @Transactional(readOnly = true)
    public List<Strategy> listPublic() {
        return strategies.list(List.of(StrategyStatus.ADOPTED), 0, PriorityAreaService.MAX_LIST).stream()
                .map(s -> disclosure.publicSummary(area(s), s)).toList();
    }

    /** An adopted or superseded strategy as everyone may read it, whoever asks. */
    @DisclosureChannel("strategy.public-details")
    @Transactional(readOnly = true)
    public Optional<Strategy> findPublic(StrategyId id) {
        return strategies.find(id).filter(s -> StrategyDisclosure.sees(Relation.ANONYMOUS, s.status()))
                .map(s -> disclosure.publicSummary(area(s), s));
    }

    /** Everything the strategy's page shows the reader, and what it may do. */
    @DisclosureChannel("strategy.page")
    @Transactional(readOnly = true)
    public StrategyPage page(StrategyId id) {
        Strategy s = raw(id);
        PriorityArea area = area(s);
        Relation r = disclosure.relation(area);
        Strategy shown = disclosure.view(r, area, s);
        List<Strategy> versions = strategies.versions(s.lineage()).stream()
                .filter(v -> StrategyDisclosure.sees(r, v.status())).map(v -> disclosure.view(r, area, v)).toList();
        Set<StrategyAction> actions = actions(r, s);
        List<MappedContract> mapped = readable(area);
        return new StrategyPage(shown, r, StrategyDisclosure.seesArea(r) ? area : null, versions,
                StrategyDisclosure.seesComments(r, s.status()) ? strategies.comments(id) : List.of(),
                actions.contains(StrategyAction.EDIT) ? evidence.options(area) : List.of(),
                plannedYears(area, mapped, scenarios.today()), actions,
                StrategyDisclosure.seesArea(r) ? scenarios.timeline(area, mapped) : List.of(),
                StrategyScenarios.weighting(shown.instruments()));
    }

    /** The versions of the strategy's lineage the reader may see, newest first, for comparing side by side. */
    @DisclosureChannel("strategy.versions")
    @Transactional(readOnly = true)
    public List<Strategy> versions(StrategyId id) {
        return page(id).versions();
    }

    Set<StrategyAction> actions(Relation r, Strategy s) {
        Set<StrategyAction> actions = EnumSet.noneOf(StrategyAction.class);
        if (r == Relation.OWNER) {
            switch (s.status()) {
                case DRAFT -> actions.addAll(List.of(StrategyAction.EDIT, StrategyAction.SEND_TO_CONSULTATION));
                case CONSULTATION -> actions.add(StrategyAction.ADOPT);
                case ADOPTED -> {
                    if (!strategies.hasOpenVersion(s.lineage())) {
                        actions.add(StrategyAction.NEW_VERSION);
                    }
                }
                case SUPERSEDED -> {
                }
            }
        }
        if (r.insider() && s.status() == StrategyStatus.CONSULTATION) {
            actions.add(StrategyAction.COMMENT);
        }
        if (StrategyDisclosure.seesArea(r)) {
            actions.add(StrategyAction.DOWNLOAD);
        }
        return actions;
    }

    /** From the year after the baseline to 2030, or to the year the last of the area's contracts ends if later. */
    static List<Integer> plannedYears(PriorityArea area, List<MappedContract> contracts, LocalDate today) {
        int last = contracts.stream().map(MappedContract::endDate).filter(d -> d != null)
                .mapToInt(d -> ((LocalDate) d).getYear()).max().orElse(TARGET_YEAR);
        int from = area.baseline() == null ? today.getYear() : area.baseline().computedOn().getYear();
        return IntStream.rangeClosed(from + 1, Math.max(TARGET_YEAR, last)).boxed().toList();
    }

    private List<Integer> plannedYears(PriorityArea area) {
        return plannedYears(area, readable(area), scenarios.today());
    }

    /** The area's contracts the reader may read; none for readers outside the contract mapping. */
    private List<MappedContract> readable(PriorityArea area) {
        return contracts.canMap() || disclosure.relation(area).insider()
                ? area.contracts().stream().flatMap(c -> {
                    try {
                        return java.util.stream.Stream.of(contracts.get(c));
                    } catch (NotFoundException | AccessDeniedException e) {
                        return java.util.stream.Stream.empty();
                    }
                }).toList()
                : List.of();
    }

    /**
     * The scenario of the draft's plan, computed with the current default factor set and stored: after
     * a factor set or the area's baseline changed, the owner computes again. Figures of a version past
     * its draft are never recomputed.
     */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public Strategy computeScenario(StrategyId id, int version) {
        Strategy s = draft(id);
        PriorityArea area = area(s);
        if (!strategies.setResult(id, version, scenarios.compute(area, readable(area), s.scenario()))) {
            throw new ConcurrentEditException();
        }
        return raw(id);
    }

    /** The scenario as computed for a version that has none yet (adoption, the start-up backfill). */
    ScenarioResult scenarioOf(Strategy s, List<MappedContract> mapped) {
        return scenarios.compute(area(s), mapped, s.scenario());
    }

    ScenarioResult scenarioOf(Strategy s) {
        PriorityArea area = area(s);
        return scenarios.compute(area, readable(area), s.scenario());
    }

    // ---- writing a draft -------------------------------------------------------------------------

    /** The area's owner starts a strategy: a draft, version 1 of a lineage of its own. */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public Strategy create(PriorityAreaId area, String title) {
        PriorityArea a = areaService.owned(area);
        String t = PriorityAreaService.strip(title);
        checkLength("title", t, MAX_TITLE, true);
        StrategyId id = strategies.insertFirst(a.id(), t, currentUser.require().memberId());
        Strategy s = raw(id);
        steps.strategy(s, "created", List.of(), Map.of("area", a.id().value()));
        return s;
    }

    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public Strategy edit(StrategyId id, int version, String title, String summary) {
        Strategy s = draft(id);
        String t = PriorityAreaService.strip(title);
        String sum = PriorityAreaService.strip(summary);
        Map<String, String> errors = new LinkedHashMap<>();
        length(errors, "title", t, MAX_TITLE, true);
        length(errors, "summary", sum, MAX_SUMMARY, false);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return save(s, version, t, sum, s.instruments(), s.scenario());
    }

    /**
     * Adds the instrument ({@code index} equal to the number of instruments) or replaces the one at
     * {@code index}. Evidence the instrument already cites keeps its citation as captured; evidence
     * newly named is captured now from the portal, and only what the area offers may be cited.
     */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public Strategy putInstrument(StrategyId id, int version, int index, InstrumentDraft draft) {
        Strategy s = draft(id);
        List<ChosenInstrument> all = new ArrayList<>(s.instruments());
        if (index < 0 || index > all.size()) {
            throw new NotFoundException("Instrument " + index + " of strategy " + id);
        }
        List<Evidence> kept = index < all.size() ? all.get(index).evidence() : List.of();
        ChosenInstrument chosen = check(area(s), draft, kept);
        if (index < all.size()) {
            all.set(index, chosen);
        } else {
            all.add(chosen);
        }
        return save(s, version, s.title(), s.summary(), all, s.scenario());
    }

    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public Strategy removeInstrument(StrategyId id, int version, int index) {
        Strategy s = draft(id);
        List<ChosenInstrument> all = new ArrayList<>(s.instruments());
        if (index < 0 || index >= all.size()) {
            throw new NotFoundException("Instrument " + index + " of strategy " + id);
        }
        all.remove(index);
        return save(s, version, s.title(), s.summary(), all, s.scenario());
    }

    /**
     * The planned years, each share 0–100, only years the scenario plans, each once; the scenario is
     * computed with them and stored, so the figures shown always belong to the plan shown.
     */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public Strategy planScenario(StrategyId id, int version, List<ScenarioYear> plan) {
        Strategy s = draft(id);
        List<Integer> years = plannedYears(area(s));
        Map<String, String> errors = new LinkedHashMap<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < plan.size(); i++) {
            ScenarioYear y = plan.get(i);
            if (!years.contains(y.year()) || !seen.add(y.year())) {
                errors.put("scenario[" + i + "].year", "validation.strategy.year");
            }
            percent(errors, "scenario[" + i + "].zeroEmissionSharePercent", y.zeroEmissionSharePercent());
            percent(errors, "scenario[" + i + "].tripReductionPercent", y.tripReductionPercent());
            percent(errors, "scenario[" + i + "].cargoBikeSharePercent", y.cargoBikeSharePercent());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<ScenarioYear> sorted = plan.stream().sorted(java.util.Comparator.comparingInt(ScenarioYear::year)).toList();
        // computed before anything is stored, so that a plan the calculator refuses leaves nothing half-saved
        PriorityArea area = area(s);
        ScenarioResult result = scenarios.compute(area, readable(area), sorted);
        Strategy saved = save(s, version, s.title(), s.summary(), s.instruments(), sorted);
        if (!strategies.setResult(id, saved.version(), result)) {
            throw new ConcurrentEditException();
        }
        return raw(id);
    }

    private ChosenInstrument check(PriorityArea area, InstrumentDraft d, List<Evidence> kept) {
        Map<String, String> errors = new LinkedHashMap<>();
        String rationale = PriorityAreaService.strip(d.rationale());
        String risks = PriorityAreaService.strip(d.risks());
        length(errors, "rationale", rationale, MAX_TEXT, true);
        length(errors, "risks", risks, MAX_TEXT, false);
        Integer weight = d.weightPercent();
        if (d.instrument() == Instrument.AWARD_CRITERION && weight == null) {
            errors.put("weightPercent", "validation.required");
        } else if (weight != null && (weight < 0 || weight > 100)) {
            errors.put("weightPercent", "validation.strategy.percent");
        }
        Map<String, List<Object>> arguments = new LinkedHashMap<>();
        // printed in the adopted strategy and its documents: a typed 0001 or 9999 is a slip, not a plan
        instrumentYears().check(d.fromDate(), "fromDate", errors, arguments);
        List<Evidence> cited = new ArrayList<>();
        for (EvidenceRef ref : new java.util.LinkedHashSet<>(d.evidence())) {
            Optional<Evidence> e = kept.stream()
                    .filter(k -> k.kind() == ref.kind() && k.reference() == ref.reference()).findFirst()
                    .or(() -> evidence.capture(area, ref.kind(), ref.reference()));
            if (e.isEmpty()) {
                errors.put("evidence", "validation.strategy.evidence");
            } else {
                cited.add(e.get());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors, arguments);
        }
        return new ChosenInstrument(d.instrument(), d.fromDate(),
                d.instrument() == Instrument.AWARD_CRITERION ? weight : null, rationale, risks, cited);
    }

    private Strategy save(Strategy s, int version, String title, String summary, List<ChosenInstrument> instruments,
                          List<ScenarioYear> scenario) {
        if (!strategies.updateDraft(s.id(), version, title, summary, instruments, scenario)) {
            throw new ConcurrentEditException();
        }
        return raw(s.id());
    }

    /** The strategy, if it is a draft of the current user's agency. */
    private Strategy draft(StrategyId id) {
        Strategy s = owned(id);
        if (s.status() != StrategyStatus.DRAFT) {
            throw ValidationException.of("status", "validation.strategy.not-draft");
        }
        return s;
    }

    Strategy owned(StrategyId id) {
        Strategy s = raw(id);
        Relation r = disclosure.relation(area(s));
        if (!StrategyDisclosure.sees(r, s.status())) {
            throw new NotFoundException("Strategy " + id);
        }
        if (r != Relation.OWNER) {
            throw new AccessDeniedException("Only the owning agency changes strategy " + id);
        }
        return s;
    }

    Strategy raw(StrategyId id) {
        return strategies.find(id).orElseThrow(() -> new NotFoundException("Strategy " + id));
    }

    PriorityArea area(Strategy s) {
        return areas.find(s.area()).orElseThrow(() -> new IllegalStateException("A strategy has its area"));
    }

    private static void checkLength(String field, String value, int max, boolean required) {
        Map<String, String> errors = new LinkedHashMap<>();
        length(errors, field, value, max, required);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void length(Map<String, String> errors, String field, String value, int max, boolean required) {
        if (required && value.isEmpty()) {
            errors.put(field, "validation.required");
        } else if (value.length() > max) {
            errors.put(field, "validation.too-long");
        }
    }

    private static void percent(Map<String, String> errors, String field, double value) {
        if (!(value >= 0 && value <= 100)) {
            errors.put(field, "validation.strategy.percent");
        }
    }
}
