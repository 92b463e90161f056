package eu.buyzet.portal.footprint;

import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.EnergyUseRanges;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a factor set's figures can plausibly be, in their own unit, so that an import with grams
 * entered as kilograms, a figure in the wrong unit or an absurd value is refused before any
 * result depends on it. Emission factors are bounded by the fuel's carbon content; energy use
 * per km by {@link EnergyUseRanges}; pollutants per km by the worst vehicles on the road.
 */
final class FactorBounds {

    /** kg CO2e per unit, well-to-tank and tank-to-wheel, and why (a message key). */
    private record Bounds(double wttMax, double ttwMin, double ttwMax, String why) {
    }

    // The reasons cite IPCC 2006 vol. 2 table 1.4 (carbon contents) and RED II Annex V (the fossil comparator)
    private static final String FOSSIL_LIQUID = "factor-sets.bounds.fossil-liquid";
    private static final String BIOGENIC = "factor-sets.bounds.biogenic";

    private static final Map<EnergyCarrier, Bounds> CARRIERS = new EnumMap<>(Map.of(
            EnergyCarrier.DIESEL, new Bounds(1.5, 1.5, 2.8, FOSSIL_LIQUID),
            EnergyCarrier.PETROL, new Bounds(1.5, 1.3, 2.4, FOSSIL_LIQUID),
            EnergyCarrier.HVO100, new Bounds(3.5, 0, 0.1, BIOGENIC),
            EnergyCarrier.BIOGAS, new Bounds(5, 0, 0.3, "factor-sets.bounds.biogas"),
            EnergyCarrier.FOSSIL_GAS, new Bounds(2.5, 2.4, 3.2, "factor-sets.bounds.fossil-gas"),
            EnergyCarrier.BATTERY_ELECTRIC, new Bounds(1.5, 0, 0, "factor-sets.bounds.battery"),
            EnergyCarrier.HYDROGEN, new Bounds(30, 0, 0, "factor-sets.bounds.hydrogen")));

    /** g per km: above these not even a pre-Euro heavy truck emits. */
    private static final Map<String, Double> POLLUTANT_MAX = Map.of("nox_g_per_km", 30.0, "pm_exhaust_g_per_km", 2.0,
            "pm_non_exhaust_g_per_km", 1.0);

    private FactorBounds() {
    }

    /** Why a carrier figure (part "wtt" or "ttw") is not plausible, or empty when it is. */
    static Optional<FactorSetCsv.Problem> carrier(EnergyCarrier carrier, String part, double value) {
        Bounds b = CARRIERS.get(carrier);
        if (b == null) {
            return Optional.empty();
        }
        String unit = "kg CO2e/" + carrier.unit().symbol();
        boolean wtt = part.equals("wtt");
        double min = wtt ? 0 : b.ttwMin();
        double max = wtt ? b.wttMax() : b.ttwMax();
        if (value >= min && value <= max) {
            return Optional.empty();
        }
        return Optional.of(FactorSetCsv.Problem.of(value > max * 100 ? "factor-sets.problem.carrier-range-grams"
                : "factor-sets.problem.carrier-range", value, unit, min, max, carrier.name(), part,
                new FactorSetCsv.Phrase(b.why())));
    }

    /** Why a vehicle figure is not plausible, or empty when it is. */
    static Optional<FactorSetCsv.Problem> vehicle(VehicleCategory category, EnergyCarrier carrier, String figure, double value) {
        if (figure.equals("energy_per_km")) {
            String unit = carrier.unit().symbol() + "/km";
            Optional<EnergyUseRanges.Range> range = EnergyUseRanges.of(category, carrier);
            if (range.isEmpty()) {
                return Optional.of(FactorSetCsv.Problem.of("factor-sets.problem.no-energy-use", category.name(),
                        carrier.name()));
            }
            EnergyUseRanges.Range r = range.get();
            return r.accepts(value) ? Optional.empty() : Optional.of(FactorSetCsv.Problem.of(
                    "factor-sets.problem.energy-range", value, unit, r.min(), r.max(),
                    category.name(), carrier.name(), r.source()));
        }
        return pollutant(figure, value);
    }

    /** Why a pollutant figure in g/km (a name of {@link #POLLUTANT_MAX}) is not plausible, or empty when it is. */
    static Optional<FactorSetCsv.Problem> pollutant(String figure, double value) {
        double max = POLLUTANT_MAX.getOrDefault(figure, Double.MAX_VALUE);
        return value <= max ? Optional.empty() : Optional.of(FactorSetCsv.Problem.of(value > max * 100
                ? "factor-sets.problem.pollutant-range-kilograms" : "factor-sets.problem.pollutant-range", value, max,
                figure));
    }
}
