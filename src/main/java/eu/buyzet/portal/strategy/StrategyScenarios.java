package eu.buyzet.portal.strategy;

import eu.buyzet.portal.contract.MappedContract;
import eu.buyzet.portal.footprint.FootprintService;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.shared.Formats;
import eu.buyzet.portal.shared.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Feeds a strategy's area to the pure {@link ScenarioCalculator}, {@link Timeline} and
 * {@link ClimateWeightingCheck}: the area's contracts' flows with the current default factor set,
 * the baseline's trips and year, and the capable suppliers the area's buyer groups show. Callers
 * decide who may read the contracts; this class only computes.
 */
@Component
class StrategyScenarios {

    private final FootprintService footprints;
    private final StrategyEvidence evidence;
    private final Clock clock;

    StrategyScenarios(FootprintService footprints, StrategyEvidence evidence, Optional<Clock> clock) {
        this.footprints = footprints;
        this.evidence = evidence;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.OSLO));
    }

    /**
     * The plan computed with the current default factor set against the area's contracts' flows.
     *
     * @throws ValidationException under {@code scenario} when the calculator refuses the contracts'
     *     flows (the owner fixes the contract, not the plan), under {@code scenario[i].<field>} for a
     *     planned year it refuses
     */
    ScenarioResult compute(PriorityArea area, List<MappedContract> contracts, List<ScenarioYear> plan) {
        List<Flow> flows = contracts.stream().flatMap(c -> c.flows().stream()).toList();
        AreaBaseline baseline = area.baseline();
        @Nullable Double trips = baseline == null ? null : baseline.figures().trips();
        int year = baseline == null ? today().getYear() : baseline.figures().year();
        try {
            return ScenarioCalculator.compute(footprints.defaultFactorSet(), flows, trips, year, plan, today());
        } catch (ValidationException refused) {
            if (refused.fieldErrors().keySet().stream().anyMatch(k -> k.startsWith("scenario["))) {
                throw refused;
            }
            // the owner fixes the contract the calculator refuses, so the message names it where a flow says which
            Optional<String> contract = refusedContract(contracts, refused);
            if (contract.isEmpty()) {
                throw ValidationException.of("scenario", "validation.strategy.scenario-refused");
            }
            throw new ValidationException(Map.of("scenario", "validation.strategy.scenario-refused-contract"),
                    Map.of("scenario", List.of(contract.get())));
        }
    }

    /**
     * The title of the contract whose flow the calculator refused first, by the flow's place among all
     * of them in the baseline; none when no flow is named (a refusal of the whole, such as an overflow).
     */
    private static Optional<String> refusedContract(List<MappedContract> contracts, ValidationException refused) {
        Optional<Integer> flow = refused.fieldErrors().keySet().stream().map(StrategyScenarios::flowIndex)
                .filter(i -> i >= 0).min(Integer::compare);
        if (flow.isEmpty()) {
            return Optional.empty();
        }
        int first = 0;
        for (MappedContract contract : contracts) {
            if (flow.get() < first + contract.flows().size()) {
                return Optional.of(contract.title());
            }
            first += contract.flows().size();
        }
        return Optional.empty();
    }

    private static int flowIndex(String field) {
        if (!field.startsWith("flows[")) {
            return -1;
        }
        int end = field.indexOf(']');
        try {
            return end < 0 ? -1 : Integer.parseInt(field.substring("flows[".length(), end));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Capable suppliers that showed interest, read as the area's public evidence offers it: the most
     * any linked public buyer group counts (one group's interest is the market for the area's tender).
     */
    int capableSuppliers(PriorityArea area) {
        return evidence.options(area).stream().filter(e -> e.kind() == EvidenceKind.SUPPLIER_INTEREST)
                .map(Evidence::figure).filter(f -> f != null).mapToInt(f -> (int) Math.round((double) f)).max()
                .orElse(0);
    }

    List<TenderWindow> timeline(PriorityArea area, List<MappedContract> contracts) {
        return Timeline.of(contracts, capableSuppliers(area), today(), Timeline.DEFAULT_LEAD_TIME_MONTHS,
                Timeline.HORIZON_YEAR);
    }

    /** How §7-9 is met; an instrument list the check refuses (a weight out of range) does not meet it. */
    static ClimateWeighting weighting(List<ChosenInstrument> instruments) {
        try {
            return ClimateWeightingCheck.of(instruments);
        } catch (ValidationException refused) {
            return ClimateWeighting.NOT_MET;
        }
    }
}
