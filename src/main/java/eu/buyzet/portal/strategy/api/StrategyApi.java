package eu.buyzet.portal.strategy.api;

import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.api.ApiPage;
import eu.buyzet.portal.shared.api.InvalidParameterException;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.strategy.PublicStrategies;
import eu.buyzet.portal.strategy.PublicStrategy;
import eu.buyzet.portal.strategy.StrategyId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open read API for contract strategies: adopted versions in the list, adopted and superseded
 * ones by id. It answers as anyone may read a strategy ({@link PublicStrategy}), whatever session
 * comes with the request: no captured citations, no contract figures, no absolute footprint.
 */
@RestController
@RequestMapping(path = "/api/v1/strategies", produces = "application/json")
@Tag(name = "Contract strategies", description = "Adopted procurement plans for zero-emission delivery, one per"
        + " priority area, with their instruments and the scenario's headline")
class StrategyApi {

    private final PublicStrategies strategies;

    StrategyApi(PublicStrategies strategies) {
        this.strategies = strategies;
    }

    @Schema(name = "Strategy")
    record StrategyJson(long id,
                        @Schema(description = "Versions of one strategy share it") long lineage,
                        @Schema(description = "The version number within the lineage", example = "2") int version,
                        @Schema(allowableValues = {"ADOPTED", "SUPERSEDED"},
                                description = "SUPERSEDED: a newer version of the lineage is adopted") String status,
                        String title, String summary, String priorityArea, String owner, @Nullable Instant adoptedAt,
                        List<InstrumentJson> instruments, @Nullable HeadlineJson scenario) {

        static StrategyJson of(PublicStrategy s) {
            return new StrategyJson(s.id().value(), s.lineage(), s.number(), s.status().name(), s.title(), s.summary(),
                    s.areaName(), s.ownerName(), s.adoptedAt(), s.instruments().stream().map(InstrumentJson::of).toList(),
                    HeadlineJson.of(s.headline()));
        }
    }

    @Schema(name = "StrategyInstrument")
    record InstrumentJson(
            @Schema(allowableValues = {"ZERO_EMISSION_SPECIFICATION", "AWARD_CRITERION", "PERFORMANCE_CLAUSES",
                    "CONSOLIDATION_HUB", "FEWER_DELIVERIES", "CARGO_BIKES", "OFF_PEAK_DELIVERY", "CONTRACT_LENGTH",
                    "CHARGING_AT_CITY_SITES", "JOINT_PROCUREMENT", "INNOVATION_PROCUREMENT"}) String instrument,
            @Schema(description = "When it applies; null if at once") @Nullable LocalDate fromDate,
            @Schema(description = "AWARD_CRITERION only: the weight of climate and environment, in percent")
            @Nullable Integer weightPercent,
            @Schema(description = "Why the strategy chose it") String rationale,
            List<EvidenceJson> evidence) {

        static InstrumentJson of(PublicStrategy.PublicInstrument i) {
            return new InstrumentJson(i.instrument().name(), i.fromDate(), i.weightPercent(), i.rationale(),
                    i.evidence().stream().map(EvidenceJson::of).toList());
        }
    }

    @Schema(name = "StrategyEvidence", description = "What a reason cites: the kind, the cited item's id in its own "
            + "API and its figure; the citation's text is for the procurement file")
    record EvidenceJson(
            @Schema(allowableValues = {"DIALOGUE_ANSWER", "SOLUTION", "SUPPLIER_INTEREST", "CONTRACT"}) String kind,
            @Schema(description = "The id of the answer, solution or buyer group; null for a mapped contract")
            @Nullable Long reference,
            @Schema(description = "E.g. a solution's declared reduction in kg CO2e a year, or the number of "
                    + "interested capable suppliers; null for a mapped contract") @Nullable Double figure) {

        static EvidenceJson of(PublicStrategy.PublicEvidence e) {
            return new EvidenceJson(e.kind().name(), e.reference(), e.figure());
        }
    }

    @Schema(name = "StrategyScenario", description = "The last planned year against the baseline, in percent; "
            + "absolute figures are the buyers' (they add up the area's contracts)")
    record HeadlineJson(String factorSet, String factorSetVersion, int baselineYear, int targetYear,
                        @Schema(example = "-86.6") double co2eWtwChangePercent,
                        double co2eTailpipeChangePercent, @Nullable Double tripsChangePercent,
                        double zeroEmissionSharePercent,
                        @Schema(description = "Share of vehicle-km in clean vehicles as the Clean Vehicles Directive "
                                + "counts them") double cvdCleanSharePercent) {

        static @Nullable HeadlineJson of(PublicStrategy.@Nullable Headline h) {
            return h == null ? null : new HeadlineJson(h.factorSetName(), h.factorSetVersion(), h.baselineYear(),
                    h.targetYear(), h.co2eWtwChangePercent(), h.co2eTailpipeChangePercent(), h.tripsChangePercent(),
                    h.zeroEmissionSharePercent(), h.cvdCleanSharePercent());
        }
    }

    @GetMapping
    @DisclosureChannel("strategy.api-list")
    @Operation(summary = "List adopted contract strategies, the most recently adopted first (one version each)")
    ApiPage<StrategyJson> list(
            @Parameter(description = "Zero-based page") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "20") int size) {
        InvalidParameterException.checkPaging(page, size);
        return ApiPage.of(strategies.list(new PageRequest(page * size, size)).stream().map(StrategyJson::of).toList(),
                page, size, strategies.count());
    }

    @GetMapping("/{id}")
    @DisclosureChannel("strategy.api-get")
    @Operation(summary = "One adopted or superseded version of a contract strategy; drafts and versions in "
            + "consultation are not found")
    StrategyJson get(@PathVariable long id) {
        return StrategyJson.of(strategies.get(StrategyId.of(id)));
    }
}
