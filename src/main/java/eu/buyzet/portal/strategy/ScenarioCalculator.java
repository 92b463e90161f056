package eu.buyzet.portal.strategy;

import eu.buyzet.portal.footprint.calculator.CvdClass;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.FactorSet;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FlowResult;
import eu.buyzet.portal.footprint.calculator.FootprintCalculator;
import eu.buyzet.portal.footprint.calculator.FootprintResult;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.shared.Formats;
import eu.buyzet.portal.shared.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A strategy's scenario: the area's baseline flows transformed year by year as the plan says, each
 * year computed by {@link FootprintCalculator} with one factor set. Pure: the arithmetic of a
 * footprint stays in the calculator, so a planned year and a supplier's declaration can never be
 * computed two ways; this class only decides which flows a planned year has.
 *
 * <p>A planned year is the baseline changed in three steps, in this order:
 * <ol>
 *   <li><b>Fewer trips.</b> Every flow's trips, vehicle-km and fuel shrink by the reduction. Bundled
 *   orders and fixed delivery windows remove whole rounds, and a round removed takes its distance and
 *   its fuel with it, whatever vehicle drove it; the same share from every flow is the only choice
 *   that needs no guess about which rounds go.</li>
 *   <li><b>Cargo bikes.</b> The share is of the remaining trips by light vehicles (cars M1 and vans
 *   N1, whatever their carrier): only light loads fit a cargo bike, which is the catalogue's own
 *   wording. Moved trips keep their distance and become {@link VehicleCategory#L} flows on
 *   {@link EnergyCarrier#HUMAN_POWERED}, the calculator's cargo bike. An electric-assist cargo bike
 *   uses 1–2 kWh per 100 km, about a twentieth of an electric van, and no factor set carries a
 *   default for it, so the assist's electricity is left out: a small understatement, said in
 *   decision 031, rather than an invented figure. A bike carries less than a van, so a real move may
 *   need more bike trips; the scenario counts the same trips, since the plan states a share of trips.
 *   </li>
 *   <li><b>Zero-emission share.</b> The share is of all vehicle-km as the calculator counts them
 *   (cargo bikes included), so that the planned share and the computed one mean the same thing.
 *   Where the zero-emission km (battery, hydrogen, bikes) fall short of it, km move from combustion
 *   flows to a battery-electric flow of the same vehicle category, the same share from each flow: the
 *   vehicle mix stays as it was and no contract is assumed to go first. The battery flow takes the
 *   factor set's default energy use ({@link FootprintCalculator#defaultEnergyPerKm}); a supplier's
 *   declared fuel describes its diesel truck, not the electric one that replaces it. A category
 *   with no battery default (or a set with no factor for electricity) keeps its combustion km and
 *   is reported as a {@link ScenarioNote}, never given a made-up figure. Zero-emission km are never
 *   moved back: a plan below today's share keeps today's.</li>
 * </ol>
 *
 * <p>Trips are motorised trips, the figure the BuyZET plans set out to reduce: the baseline's count
 * (from the mapping) scaled by the motorised trips the planned flows declare against the baseline
 * flows; where no flow declares trips, by motorised vehicle-km. NOx and PM stay null where the factor
 * set does not cover a flow: not covered is not zero. The CVD share is of the vehicle-km the Clean
 * Vehicles Directive covers (cargo bikes and L-category vehicles are outside it), 0 when it covers
 * none.
 */
public final class ScenarioCalculator {

    private static final double WHOLE = 1 - 1e-9;

    private ScenarioCalculator() {
    }

    /** The scenario as computed today (in Oslo). */
    public static ScenarioResult compute(FactorSet factors, List<Flow> baselineFlows, @Nullable Double baselineTrips,
                                         int baselineYear, List<ScenarioYear> plan) {
        return compute(factors, baselineFlows, baselineTrips, baselineYear, plan, LocalDate.now(Formats.OSLO));
    }

    /**
     * The scenario for each planned year against the baseline.
     *
     * @param baselineFlows the area's flows as mapped; refused as the calculator refuses them, under
     *     {@code flows[i]…}
     * @param baselineTrips the area's trips a year as the mapping counts them; null when no contract
     *     declares trips (every year's trips are then null)
     * @throws ValidationException under {@code scenario[i].<field>} when a planned year is not valid
     */
    public static ScenarioResult compute(FactorSet factors, List<Flow> baselineFlows, @Nullable Double baselineTrips,
                                         int baselineYear, List<ScenarioYear> plan, LocalDate computedOn) {
        validate(plan, baselineYear);
        FootprintResult base = FootprintCalculator.calculate(factors, baselineFlows);
        List<Part> baseParts = new ArrayList<>();
        for (int i = 0; i < baselineFlows.size(); i++) {
            baseParts.add(new Part(baselineFlows.get(i), base.flows().get(i).vehicleKm()));
        }
        ScenarioFigures baseline = figures(baselineYear, base, baselineTrips);
        List<ScenarioFigures> years = new ArrayList<>();
        List<ScenarioNote> notes = new ArrayList<>();
        for (int y = 0; y < plan.size(); y++) {
            ScenarioYear year = plan.get(y);
            List<Part> parts = transform(factors, baseParts, year, notes);
            FootprintResult result;
            try {
                result = FootprintCalculator.calculate(factors, parts.stream().map(Part::flow).toList());
            } catch (ValidationException refused) {
                // the planned year's flows are not the baseline's: its flow numbers name no contract
                throw ValidationException.of("scenario[" + y + "].year", "validation.strategy.scenario-year-refused");
            }
            Double trips = baselineTrips == null ? null
                    : baselineTrips * motorisedRatio(baseParts, parts, 1 - year.tripReductionPercent() / 100);
            years.add(figures(year.year(), result, trips));
        }
        return new ScenarioResult(factors.id(), factors.name(), factors.version(), computedOn, baseline, years, notes);
    }

    /** A flow with the vehicle-km it stands for, so that a fuel-only flow can be split by distance. */
    private record Part(Flow flow, double km) {
        VehicleCategory category() {
            return java.util.Objects.requireNonNull(flow.vehicleCategory(), "the calculator accepted the flow");
        }

        EnergyCarrier carrier() {
            return java.util.Objects.requireNonNull(flow.energyCarrier(), "the calculator accepted the flow");
        }

        /** A car or van whose rounds a cargo bike can take over; a minibus (M2) carries passengers. */
        boolean light() {
            return !category().heavyDuty() && category() != VehicleCategory.L && category() != VehicleCategory.M2;
        }
    }

    private static List<Part> transform(FactorSet factors, List<Part> baseline, ScenarioYear year,
                                        List<ScenarioNote> notes) {
        double keep = 1 - year.tripReductionPercent() / 100;
        List<Part> parts = new ArrayList<>();
        baseline.forEach(p -> parts.add(scaled(p, keep)));
        // a plan that removes every trip still has flows to compute: all of them at zero
        List<Part> afterBikes = toCargoBikes(parts, year, notes);
        return toZeroEmission(factors, afterBikes, year, notes);
    }

    private static List<Part> toCargoBikes(List<Part> parts, ScenarioYear year, List<ScenarioNote> notes) {
        double share = year.cargoBikeSharePercent() / 100;
        if (share == 0) {
            return parts;
        }
        if (parts.stream().noneMatch(Part::light)) {
            notes.add(new ScenarioNote(year.year(), ScenarioNote.Kind.NO_LIGHT_VEHICLES, null, 0));
            return parts;
        }
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            if (!p.light()) {
                out.add(p);
                continue;
            }
            if (share < WHOLE) {
                out.add(scaled(p, 1 - share));
            }
            out.add(moved(p, Math.min(share, 1), VehicleCategory.L, EnergyCarrier.HUMAN_POWERED));
        }
        return out;
    }

    private static List<Part> toZeroEmission(FactorSet factors, List<Part> parts, ScenarioYear year,
                                             List<ScenarioNote> notes) {
        double total = parts.stream().mapToDouble(Part::km).sum();
        double zero = parts.stream().filter(p -> p.carrier().zeroEmission()).mapToDouble(Part::km).sum();
        double needed = year.zeroEmissionSharePercent() / 100 * total - zero;
        if (needed <= 0) {
            return parts;
        }
        boolean electricity = factors.carrier(EnergyCarrier.BATTERY_ELECTRIC).isPresent();
        double convertible = 0;
        Map<VehicleCategory, Double> stuck = new EnumMap<>(VehicleCategory.class);
        for (Part p : parts) {
            if (p.carrier().zeroEmission() || p.km() == 0) {
                continue;
            }
            if (electricity && batteryDefault(factors, p.category())) {
                convertible += p.km();
            } else {
                stuck.merge(p.category(), p.km(), Double::sum);
            }
        }
        stuck.forEach((category, km) ->
                notes.add(new ScenarioNote(year.year(), ScenarioNote.Kind.NO_BATTERY_DEFAULT, category, km)));
        if (convertible == 0) {
            return parts;
        }
        double share = Math.min(1, needed / convertible);
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            if (p.carrier().zeroEmission() || p.km() == 0 || !electricity || !batteryDefault(factors, p.category())) {
                out.add(p);
                continue;
            }
            if (share < WHOLE) {
                out.add(scaled(p, 1 - share));
            }
            out.add(moved(p, share >= WHOLE ? 1 : share, p.category(), EnergyCarrier.BATTERY_ELECTRIC));
        }
        return out;
    }

    private static boolean batteryDefault(FactorSet factors, VehicleCategory category) {
        return FootprintCalculator.defaultEnergyPerKm(factors, category, EnergyCarrier.BATTERY_ELECTRIC).isPresent();
    }

    /**
     * The flow with its trips, distance, fuel and grid electricity times {@code factor}: the same
     * vehicles, declared as they were (a plug-in hybrid stays one, with its electricity), driving more
     * or less. Unchanged when the factor is 1, so that a year that changes nothing computes exactly the
     * baseline. A scaled figure is planned, no longer measured.
     */
    private static Part scaled(Part p, double factor) {
        if (factor == 1) {
            return p;
        }
        Flow f = p.flow();
        return new Part(new Flow(f.vehicleCategory(), f.energyCarrier(), f.euroClass(), times(f.tripsPerYear(), factor),
                f.kmPerTrip(), times(f.vehicleKmPerYear(), factor), f.energyPerKm(), times(f.fuelPerYear(), factor),
                f.fuelUnit(), f.payloadTonnes(), vehicles(f.vehicles(), p.km() * factor), false, f.cvd(),
                f.payloadCapacityTonnes(), f.loadFactorPercent(), f.emptyRunningPercent(), f.quiet(), f.hydrogenRoute(),
                f.studdedTyresPercent(), times(f.electricityPerYearKwh(), factor)), p.km() * factor);
    }

    /**
     * {@code share} of the flow on another vehicle or carrier: the same trips and km per trip where
     * the flow gives them, else its vehicle-km; no fuel or declared energy use, which described the
     * vehicle it leaves, so the calculator takes the factor set's default.
     */
    private static Part moved(Part p, double share, VehicleCategory category, EnergyCarrier carrier) {
        Flow f = p.flow();
        boolean byTrips = f.tripsPerYear() != null && f.kmPerTrip() != null;
        double km = p.km() * share;
        // a van's 2 t cannot ride on a cargo bike: the moved part carries at most what its vehicle can
        Double payload = f.payloadTonnes() == null ? null : Math.min(f.payloadTonnes(), category.maxMassTonnes());
        Flow flow = new Flow(category, carrier, null, byTrips ? times(f.tripsPerYear(), share) : null,
                byTrips ? f.kmPerTrip() : null, byTrips ? null : km, null, null, null, payload,
                vehicles(f.vehicles(), km), false);
        return new Part(flow, km);
    }

    /**
     * The declared vehicles for a planned part of their distance: none when the part is too small for
     * each to drive a km, which the calculator refuses of a declaration (the directive counts
     * vehicles); a plan moving every km away leaves an empty part, not ten thousand idle trucks.
     */
    private static @Nullable Integer vehicles(@Nullable Integer declared, double km) {
        return declared == null || km >= declared ? declared : null;
    }

    private static @Nullable Double times(@Nullable Double value, double factor) {
        return value == null ? null : value * factor;
    }

    /**
     * Motorised trips of a planned year against the baseline's: by the trips the flows declare, by
     * motorised vehicle-km where none declares any, and by the trip reduction where there is no
     * motorised distance either.
     */
    private static double motorisedRatio(List<Part> baseline, List<Part> planned, double keep) {
        double baseTrips = motorisedTrips(baseline);
        if (baseTrips > 0) {
            return motorisedTrips(planned) / baseTrips;
        }
        double baseKm = motorisedKm(baseline);
        return baseKm > 0 ? motorisedKm(planned) / baseKm : keep;
    }

    private static double motorisedTrips(List<Part> parts) {
        return parts.stream().filter(p -> p.carrier() != EnergyCarrier.HUMAN_POWERED)
                .mapToDouble(p -> p.flow().tripsPerYear() == null || p.flow().kmPerTrip() == null ? 0
                        : p.flow().tripsPerYear())
                .sum();
    }

    private static double motorisedKm(List<Part> parts) {
        return parts.stream().filter(p -> p.carrier() != EnergyCarrier.HUMAN_POWERED).mapToDouble(Part::km).sum();
    }

    private static ScenarioFigures figures(int year, FootprintResult result, @Nullable Double trips) {
        FlowResult total = result.total();
        double covered = 0;
        double clean = 0;
        for (FlowResult r : result.flows()) {
            if (r.cvdClass() != CvdClass.NOT_COVERED) {
                covered += r.vehicleKm();
            }
            if (r.cvdClass() == CvdClass.CLEAN || r.cvdClass() == CvdClass.ZERO_EMISSION) {
                clean += r.vehicleKm();
            }
        }
        return new ScenarioFigures(year, trips, total.vehicleKm(), total.co2eWtwKg(), total.co2eTtwKg(), total.noxG(),
                total.pmG(), 100 * total.zeroEmissionShare(), covered == 0 ? 0 : 100 * clean / covered);
    }

    /**
     * Every share 0–100, years after the baseline, ascending and each once. All problems at once,
     * each under its field, so that the editor marks every one.
     */
    private static void validate(List<ScenarioYear> plan, int baselineYear) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, List<Object>> arguments = new LinkedHashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            ScenarioYear y = plan.get(i);
            String at = "scenario[" + i + "].";
            percent(y.zeroEmissionSharePercent(), at + "zeroEmissionSharePercent", errors);
            percent(y.tripReductionPercent(), at + "tripReductionPercent", errors);
            percent(y.cargoBikeSharePercent(), at + "cargoBikeSharePercent", errors);
            if (y.year() <= baselineYear) {
                errors.put(at + "year", "validation.strategy.year-after-baseline");
                arguments.put(at + "year", List.of(baselineYear));
            } else if (i > 0 && y.year() == plan.get(i - 1).year()) {
                errors.put(at + "year", "validation.strategy.year-twice");
            } else if (i > 0 && y.year() < plan.get(i - 1).year()) {
                errors.put(at + "year", "validation.strategy.year-order");
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors, arguments);
        }
    }

    private static void percent(double value, String field, Map<String, String> errors) {
        if (!(value >= 0 && value <= 100)) {
            errors.put(field, "validation.strategy.percent");
        }
    }
}
