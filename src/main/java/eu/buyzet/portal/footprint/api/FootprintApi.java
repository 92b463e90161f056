package eu.buyzet.portal.footprint.api;

import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.footprint.FootprintService;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.footprint.calculator.DataQuality;
import eu.buyzet.portal.footprint.calculator.CvdDeclaration;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.EnergyUnit;
import eu.buyzet.portal.footprint.calculator.EuroClass;
import eu.buyzet.portal.footprint.calculator.FactorSet;
import eu.buyzet.portal.footprint.calculator.HydrogenRoute;
import eu.buyzet.portal.footprint.calculator.FlowResult;
import eu.buyzet.portal.footprint.calculator.FootprintResult;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.Sourced;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.footprint.calculator.WearSource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public footprint calculator and its factor sets. Every figure is given with its source, so
 * a result can be checked by hand against {@code docs/footprint-method.md}.
 */
@RestController
@RequestMapping(path = "/api/v1/footprint", produces = "application/json")
@Tag(name = "Footprint", description = "Transport footprint: factor sets and the calculator")
class FootprintApi {

    /**
     * Flows in one calculation. A contract rarely has more than a handful; the bound keeps one
     * anonymous request from costing the server more than a page view does.
     */
    static final int MAX_FLOWS = 50;

    private final FootprintService footprints;

    FootprintApi(FootprintService footprints) {
        this.footprints = footprints;
    }

    @Schema(name = "FactorSetSummary")
    record FactorSetSummaryJson(String id, String name, String version, LocalDate validFrom,
                                @Schema(description = "Used when a calculation names no factor set") boolean isDefault) {
    }

    @Schema(name = "SourcedValue", description = "A figure and the source it comes from")
    record SourcedJson(double value, String unit, String source) {
        static @Nullable SourcedJson of(@Nullable Sourced s, String unit) {
            return s == null ? null : given(s, unit);
        }

        static SourcedJson given(Sourced s, String unit) {
            return new SourcedJson(s.value(), unit, s.source());
        }
    }

    @Schema(name = "CarrierFactors", description = "kg CO2e per unit of the energy carrier")
    record CarrierJson(EnergyCarrier energyCarrier, EnergyUnit unit, SourcedJson wttKgPerUnit, SourcedJson ttwKgPerUnit) {
    }

    @Schema(name = "VehicleFactors", description = "Defaults per km; absent figures are null, never zero")
    record VehicleJson(VehicleCategory vehicleCategory, EnergyCarrier energyCarrier, @Nullable SourcedJson energyPerKm,
                       @Nullable SourcedJson noxGPerKm, @Nullable SourcedJson pmExhaustGPerKm,
                       @Nullable SourcedJson pmNonExhaustGPerKm) {
    }

    @Schema(name = "ExhaustFactors", description = "Tailpipe figures per km at one Euro stage; PM is PM2.5")
    record ExhaustJson(VehicleCategory vehicleCategory, EnergyCarrier energyCarrier, EuroClass euroClass,
                       @Nullable SourcedJson noxGPerKm, @Nullable SourcedJson pm25GPerKm) {
    }

    @Schema(name = "WearFactors", description = "Non-exhaust particles per km from one wear source")
    record WearJson(VehicleCategory vehicleCategory, WearSource wear, @Nullable SourcedJson pm25GPerKm,
                    @Nullable SourcedJson pm10GPerKm) {
    }

    @Schema(name = "FactorSet")
    record FactorSetJson(String id, String name, String version, LocalDate validFrom, String boundary, String gwpBasis,
                         String electricityBasis, List<CarrierJson> carriers, List<VehicleJson> vehicles,
                         List<ExhaustJson> exhaust, List<WearJson> wear,
                         @Schema(description = "The Euro stage taken when a flow names none; applies only when "
                                 + "undeclaredStage is null") @Nullable
                         EuroClass defaultEuroClass,
                         @Schema(description = "How a flow that names no Euro stage is counted: HIGHEST takes the "
                                 + "highest NOx and, separately, the highest exhaust PM2.5 of any stage the set has; "
                                 + "when null, defaultEuroClass is taken", allowableValues = {"HIGHEST"})
                         @Nullable String undeclaredStage,
                         @Schema(description = "Hydrogen by declared production route; a flow that declares none, "
                                 + "or a route not listed here, takes the HYDROGEN carrier figures (grey in the sets "
                                 + "of 2026)")
                         List<HydrogenRouteJson> hydrogenRoutes) {
    }

    @Schema(name = "HydrogenRouteFactors", description = "kg CO2e per kg of hydrogen made by one declared route")
    record HydrogenRouteJson(HydrogenRoute route, SourcedJson wttKgPerUnit, SourcedJson ttwKgPerUnit) {
    }

    @Schema(name = "Flow", description = "One transport flow: distance-based (tripsPerYear and kmPerTrip, or "
            + "vehicleKmPerYear) or fuel-based (fuelPerYear and fuelUnit), or both")
    record FlowJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable VehicleCategory vehicleCategory,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable EnergyCarrier energyCarrier,
                    @Schema(example = "Euro VI") @Nullable String euroClass, @Nullable Double tripsPerYear,
                    @Nullable Double kmPerTrip, @Nullable Double vehicleKmPerYear,
                    @Schema(description = "Energy per km in the carrier's unit; the factor set's default if absent")
                    @Nullable Double energyPerKm, @Nullable Double fuelPerYear, @Nullable EnergyUnit fuelUnit,
                    @Nullable Double payloadTonnes,
                    @Schema(description = "Vehicles sharing the distance; 1 if absent") @Nullable Integer vehicles,
                    @Schema(description = "Measured (invoices, telematics) rather than estimated")
                    @Nullable Boolean measured,
                    @Schema(description = "For the Clean Vehicles Directive: plug-in hybrid with its type-approval "
                            + "CO2 (g/km) and RDE figure (% of the limits), or whether HVO100/biogas is unblended "
                            + "and from high-ILUC-risk feedstock. Optional; nothing undeclared makes a vehicle clean. "
                            + "Two parts reach the footprint too: a plug-in hybrid must give electricityPerYearKwh "
                            + "(since 2026-12-06), and HVO from high-ILUC-risk feedstock carries co2eIndirectLandUseKg")
                    @Nullable CvdDeclaration cvd,
                    @Schema(description = "Payload capacity of the vehicle in tonnes; with payloadTonnes it gives the "
                            + "load factor, with loadFactorPercent the payload") @Nullable Double payloadCapacityTonnes,
                    @Schema(description = "Share of the payload capacity used on the loaded km, 0 to 100; needs "
                            + "payloadTonnes or payloadCapacityTonnes, not both") @Nullable Double loadFactorPercent,
                    @Schema(description = "Share of the vehicle-km driven empty, 0 to 100: counted in the emissions, "
                            + "not in the tonne-km. Absent: every km carries the payload") @Nullable Double emptyRunningPercent,
                    @Schema(description = "The vehicles are certified quiet for deliveries (PIEK / Piek-Keur or an "
                            + "equivalent measured to its method); nothing counts as quiet unless declared")
                    @Nullable Boolean quiet,
                    @Schema(description = "For HYDROGEN: how the hydrogen was made, as certified. Not declared "
                            + "counts as GREY; LOW_CARBON is blue hydrogen certified low-carbon, RENEWABLE an "
                            + "RFNBO certified renewable")
                    @Nullable HydrogenRoute hydrogenRoute,
                    @Schema(description = "Share of the vehicle-km driven on studded tyres, 0 to 100: on that share "
                            + "the road wear of studded tyres (NORTRIP) stands in for the ordinary road wear in the "
                            + "non-exhaust PM. Absent: none") @Nullable Double studdedTyresPercent,
                    @Schema(description = "Plug-in hybrids only (cvd.plugInHybrid), and required of them: the grid "
                            + "electricity their batteries are charged with per year, in kWh, 0 if never charged. "
                            + "Its CO2e (the factor set's BATTERY_ELECTRIC figure) is counted beside the fuel's; "
                            + "a plug-in hybrid charged from the grid needs a distance")
                    @Nullable Double electricityPerYearKwh) {
        Flow toFlow() {
            return new Flow(vehicleCategory, energyCarrier, euroClass, tripsPerYear, kmPerTrip, vehicleKmPerYear,
                    energyPerKm, fuelPerYear, fuelUnit, payloadTonnes, vehicles, Boolean.TRUE.equals(measured), cvd,
                    payloadCapacityTonnes, loadFactorPercent, emptyRunningPercent, Boolean.TRUE.equals(quiet),
                    hydrogenRoute, studdedTyresPercent, electricityPerYearKwh);
        }
    }

    @Schema(name = "CalculationRequest")
    record CalculateJson(@Schema(description = "Factor set id; the default set if absent", example = "no-2026-5")
                         @Nullable String factorSet, @Nullable List<@Nullable FlowJson> flows,
                         @Schema(description = "The contract's award date, which decides the Clean Vehicles Directive "
                                 + "rules applied; the rules from 2026-01-01 if absent", example = "2025-06-30")
                         @Nullable LocalDate awardDate) {
    }

    @Schema(name = "Energy")
    record EnergyJson(double value, String unit) {
    }

    @Schema(name = "FootprintFigures", description = "Per year. noxG and pmG are null when the factor set has no "
            + "figure for a combustion vehicle (not covered, not zero)")
    record FiguresJson(double vehicleKm, @Nullable Double tonneKm, @Nullable EnergyJson energy, double co2eWtwKg,
                       double co2eWttKg, double co2eTtwKg, @Nullable Double noxG, @Nullable Double pmG,
                       double zeroEmissionShare,
                       @Schema(allowableValues = {"ZERO_EMISSION", "CLEAN", "NEITHER", "NOT_COVERED"}) String cvdClass,
                       @Schema(description = "Energy use per km was taken from the factor set") boolean energyFromDefault,
                       @Schema(description = "Where a flow's energy figure comes from; null for a total and for "
                               + "results stored before it was recorded",
                               allowableValues = {"DEFAULT", "DECLARED", "MEASURED"}) @Nullable String energyData,
                       @Schema(description = "Territorial tailpipe CO2e, as Oslo's climate budget counts it; "
                               + "the same figure as co2eTtwKg") double co2eTailpipeKg,
                       @Schema(description = "PM2.5 from the tailpipe; pmG is this plus pmNonExhaustG. Null when "
                               + "not covered and for results stored before it was recorded") @Nullable Double pmExhaustG,
                       @Schema(description = "PM2.5 from tyre, brake and road surface wear, which battery vehicles "
                               + "emit too; null as pmExhaustG") @Nullable Double pmNonExhaustG,
                       @Schema(description = "PM10 from the same wear; null as pmExhaustG") @Nullable Double pm10NonExhaustG,
                       @Schema(description = "The Euro stage the exhaust figures were taken for; null without a "
                               + "tailpipe, in a total and where the set has no figures by stage",
                               example = "EURO_6") @Nullable String euroClass,
                       @Schema(description = "No recognised stage was declared: the factor set's default was taken")
                       boolean euroClassAssumed,
                       @Schema(description = "Why the flow has its cvdClass; null for a total and for results stored "
                               + "before it was recorded", example = "HEAVY_DUTY_BIOFUEL_NOT_DECLARED")
                       @Nullable String cvdReason,
                       @Schema(description = "Share (0 to 1) of the payload capacity used on the loaded km; null when "
                               + "not known and for results stored before it was recorded") @Nullable Double loadFactor,
                       @Schema(description = "Share (0 to 1) of the vehicle-km driven empty, as declared; null when "
                               + "not declared") @Nullable Double emptyRunningShare,
                       @Schema(description = "g CO2e well-to-wheel per tonne-km (tonne-km = loaded km × payload); "
                               + "null without tonne-km, for a total unless every flow has them, and for results "
                               + "stored before it was recorded") @Nullable Double co2eWtwGPerTkm,
                       @Schema(description = "g CO2e at the tailpipe per tonne-km, as Oslo's climate budget counts "
                               + "it; null as co2eWtwGPerTkm") @Nullable Double co2eTailpipeGPerTkm,
                       @Schema(description = "Share (0 to 1) of the vehicle-km in vehicles declared quiet for "
                               + "deliveries (PIEK); null for results stored before it was recorded")
                       @Nullable Double quietShare,
                       @Schema(description = "Grid electricity plug-in hybrids were charged with, kWh; its CO2e is in "
                               + "co2eWttKg and co2eWtwKg beside the fuel's (energy is the fuel). Null when no flow is "
                               + "a plug-in hybrid and for results stored before it was recorded")
                       @Nullable Double gridElectricityKwh,
                       @Schema(description = "Estimated CO2e from indirect land-use change of HVO declared made from "
                               + "high-ILUC-risk feedstock (cvd.highIlucRiskFeedstock): 34 MJ/l × 55 g CO2eq/MJ, "
                               + "Directive (EU) 2018/2001 Annexes III and VIII. Reported beside the footprint, not in "
                               + "co2eWtwKg (ISO 14083 leaves indirect effects out). Null otherwise and for results "
                               + "stored before it was recorded")
                       @Nullable Double co2eIndirectLandUseKg) {
        static FiguresJson of(FlowResult r) {
            return new FiguresJson(round(r.vehicleKm()), r.tonneKm() == null ? null : round(r.tonneKm()),
                    r.energy() == null ? null : new EnergyJson(round(r.energy()), unit(r)),
                    round(r.co2eWtwKg()), round(r.co2eWttKg()), round(r.co2eTtwKg()),
                    r.noxG() == null ? null : round(r.noxG()), r.pmG() == null ? null : round(r.pmG()),
                    Math.round(r.zeroEmissionShare() * 10_000) / 10_000.0, r.cvdClass().name(), r.energyFromDefault(),
                    r.energyData() == null ? null : r.energyData().name(), round(r.co2eTtwKg()), rounded(r.pmExhaustG()),
                    rounded(r.pmNonExhaustG()), rounded(r.pm10NonExhaustG()),
                    r.euroClass() == null ? null : r.euroClass().name(), r.euroClassAssumed(),
                    r.cvdReason() == null ? null : r.cvdReason().name(), share(r.loadFactor()),
                    share(r.emptyRunningShare()), rounded(r.co2eWtwGPerTkm()), rounded(r.co2eTtwGPerTkm()),
                    share(r.quietShare()), rounded(r.gridElectricityKwh()), rounded(r.co2eIndirectLandUseKg()));
        }

        private static @Nullable Double share(@Nullable Double value) {
            return value == null ? null : DataQualityJson.share(value);
        }
    }

    @Schema(name = "FactorSetReference")
    record FactorSetRefJson(String id, String name, String version) {
    }

    @Schema(name = "DataQuality", description = "Shares (0 to 1) of the result's CO2e well-to-wheel that rest on the "
            + "factor set's default energy use, on figures the supplier declared, and on figures it measured")
    record DataQualityJson(double defaultShare, double declaredShare, double measuredShare) {
        static @Nullable DataQualityJson of(@Nullable DataQuality q) {
            return q == null ? null : new DataQualityJson(share(q.defaultShare()), share(q.declaredShare()),
                    share(q.measuredShare()));
        }

        private static double share(double value) {
            return Math.round(value * 10_000) / 10_000.0;
        }
    }

    @Schema(name = "CalculationResult")
    record ResultJson(FactorSetRefJson factorSet, List<FiguresJson> flows, FiguresJson total,
                      @Schema(description = "Null for results stored before it was recorded (not recorded)")
                      @Nullable DataQualityJson dataQuality,
                      @Schema(description = "What no footprint includes (ISO 14083's boundary), as the footprint card says it")
                      String outOfScope) {
        static ResultJson of(FootprintResult r) {
            return new ResultJson(new FactorSetRefJson(r.factorSetId(), r.factorSetName(), r.factorSetVersion()),
                    r.flows().stream().map(FiguresJson::of).toList(), FiguresJson.of(r.total()),
                    DataQualityJson.of(r.dataQuality()), OUT_OF_SCOPE);
        }
    }

    /**
     * What the method leaves out (docs/footprint-method.md, "Out of scope"): the card's own words in
     * English, the API's language, so that the page and the API cannot say two things.
     */
    static final String OUT_OF_SCOPE = ResourceBundle.getBundle("i18n.messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString("footprint.scope");

    @DisclosureChannel("footprint.api-factor-sets")
    @GetMapping("/factor-sets")
    @Operation(summary = "List factor sets, the default first")
    List<FactorSetSummaryJson> factorSets() {
        return footprints.factorSets().stream()
                .map(s -> new FactorSetSummaryJson(s.id(), s.name(), s.version(), s.validFrom(), s.isDefault())).toList();
    }

    @DisclosureChannel("footprint.api-factor-set")
    @GetMapping("/factor-sets/{id}")
    @Operation(summary = "One factor set with every figure and its source")
    FactorSetJson factorSet(@PathVariable("id") String id) {
        FactorSet set = footprints.factorSet(id);
        return new FactorSetJson(set.id(), set.name(), set.version(), set.validFrom(), set.boundary(), set.gwpBasis(),
                set.electricityBasis(),
                set.carriers().values().stream().sorted(Comparator.comparing(FactorSet.CarrierFactors::carrier))
                        .map(c -> new CarrierJson(c.carrier(), c.unit(), SourcedJson.given(c.wttKgPerUnit(), "kg CO2e/"
                                + c.unit().symbol()), SourcedJson.given(c.ttwKgPerUnit(), "kg CO2e/" + c.unit().symbol())))
                        .toList(),
                set.vehicles().values().stream().sorted(Comparator.comparing((FactorSet.VehicleFactors v) ->
                                v.key().category()).thenComparing(v -> v.key().carrier()))
                        .map(v -> new VehicleJson(v.key().category(), v.key().carrier(),
                                SourcedJson.of(v.energyPerKm(), v.key().carrier().unit().symbol() + "/km"),
                                SourcedJson.of(v.noxGPerKm(), "g/km"), SourcedJson.of(v.pmExhaustGPerKm(), "g/km"),
                                SourcedJson.of(v.pmNonExhaustGPerKm(), "g/km")))
                        .toList(),
                set.exhaust().values().stream().sorted(Comparator.comparing((FactorSet.ExhaustFactors e) ->
                                e.key().toString()))
                        .map(e -> new ExhaustJson(e.key().category(), e.key().carrier(), e.key().euroClass(),
                                SourcedJson.of(e.noxGPerKm(), "g/km"), SourcedJson.of(e.pm25GPerKm(), "g/km")))
                        .toList(),
                set.wear().values().stream().sorted(Comparator.comparing((FactorSet.WearFactors w) ->
                                w.key().toString()))
                        .map(w -> new WearJson(w.key().category(), w.key().source(),
                                SourcedJson.of(w.pm25GPerKm(), "g/km"), SourcedJson.of(w.pm10GPerKm(), "g/km")))
                        .toList(),
                set.defaultEuroClass(), set.undeclaredStageHighest() ? "HIGHEST" : null,
                set.hydrogenRoutes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(r -> new HydrogenRouteJson(r.getKey(), SourcedJson.given(r.getValue().wttKgPerUnit(),
                                "kg CO2e/kg"), SourcedJson.given(r.getValue().ttwKgPerUnit(), "kg CO2e/kg")))
                        .toList());
    }

    @DisclosureChannel("footprint.api-calculate")
    @PostMapping(path = "/calculate", consumes = "application/json")
    @Operation(summary = "Calculate the footprint of transport flows",
            description = "Invalid input gets 400 with a problem document whose errors name the field path, "
                    + "e.g. flows[0].kmPerTrip. At most " + MAX_FLOWS + " flows; a body over 64 KiB gets 413")
    ResultJson calculate(@RequestBody CalculateJson request) {
        if (request.flows() != null && request.flows().size() > MAX_FLOWS) {
            throw ValidationException.of("flows", "validation.footprint.too-many-flows");
        }
        List<@Nullable Flow> flows = request.flows() == null ? null
                : request.flows().stream().<@Nullable Flow>map(f -> f == null ? null : f.toFlow()).toList();
        return ResultJson.of(footprints.calculate(request.factorSet(), flows, request.awardDate()));
    }

    /** A total's energy is given only where every flow uses one unit, which it then names. */
    static String unit(FlowResult r) {
        return Objects.requireNonNull(r.energyUnit(), "an energy comes with its unit").symbol();
    }

    static @Nullable Double rounded(@Nullable Double value) {
        return value == null ? null : round(value);
    }

    /** Figures go out to the gram (kg with three decimals): finer digits are noise, not precision. */
    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
