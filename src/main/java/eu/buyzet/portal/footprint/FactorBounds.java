package eu.buyzet.portal.footprint;

import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.EnergyUseRanges;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a factor set's figures can plausibly be, in their own unit, so that an import with grams
 * entered as kilograms, a figure in the wrong unit or an absurd value is refused before any
 * result depends on it. Emission factors are bounded by the fuel's carbon content; energy use
 * per km by {@link EnergyUseRanges}; pollutants per km by the worst vehicles on the road.
 */
final class FactorBounds {

    /** kg CO2e per unit, well-to-tank and tank-to-wheel, and why. */
    private record Bounds(double wttMax, double ttwMin, double ttwMax, String why) {
    }

    private static final String FOSSIL_LIQUID = "fossil carbon content (IPCC 2006 vol. 2 table 1.4: diesel 74.1, "
            + "petrol 69.3 g CO2/MJ) with room for biofuel blends up to 40 %";
    private static final String BIOGENIC = "biogenic CO2 counts as zero at the tailpipe; production at most the "
            + "fossil comparator (RED II Annex V, 94 g CO2e/MJ)";

    private static final Map<EnergyCarrier, Bounds> CARRIERS = new EnumMap<>(Map.of(
            EnergyCarrier.DIESEL, new Bounds(1.5, 1.5, 2.8, FOSSIL_LIQUID),
            EnergyCarrier.PETROL, new Bounds(1.5, 1.3, 2.4, FOSSIL_LIQUID),
            EnergyCarrier.HVO100, new Bounds(3.5, 0, 0.1, BIOGENIC),
            EnergyCarrier.BIOGAS, new Bounds(5, 0, 0.3, BIOGENIC + "; CH4 slip at most 0.3 kg CO2e/kg"),
            EnergyCarrier.FOSSIL_GAS, new Bounds(2.5, 2.4, 3.2, "fossil carbon content of methane (IPCC 2006 vol. 2 "
                    + "table 1.4: 56.1 g CO2/MJ × 48 MJ/kg) plus CH4 slip"),
            EnergyCarrier.BATTERY_ELECTRIC, new Bounds(1.5, 0, 0, "no combustion in the vehicle; the most carbon-"
                    + "intensive grids (lignite) stay below 1.5 kg CO2e/kWh"),
            EnergyCarrier.HYDROGEN, new Bounds(30, 0, 0, "a fuel cell emits water only; coal gasification, the "
                    + "dirtiest route, stays below 30 kg CO2e/kg H2")));

    /** g per km: above these not even a pre-Euro heavy truck emits. */
    private static final Map<String, Double> POLLUTANT_MAX = Map.of("nox_g_per_km", 30.0, "pm_exhaust_g_per_km", 2.0,
            "pm_non_exhaust_g_per_km", 1.0);

    private FactorBounds() {
    }

    /** Why a carrier figure (part "wtt" or "ttw") is not plausible, or empty when it is. */
    static Optional<String> carrier(EnergyCarrier carrier, String part, double value) {
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
        return Optional.of(value(value) + " " + unit + " is outside the plausible " + value(min) + "–" + value(max)
                + " " + unit + " for " + carrier + " " + part + " (" + b.why() + ")"
                + (value > max * 100 ? "; grams entered as kilograms?" : ""));
    }

    /** Why a vehicle figure is not plausible, or empty when it is. */
    static Optional<String> vehicle(VehicleCategory category, EnergyCarrier carrier, String figure, double value) {
        if (figure.equals("energy_per_km")) {
            String unit = carrier.unit().symbol() + "/km";
            Optional<EnergyUseRanges.Range> range = EnergyUseRanges.of(category, carrier);
            if (range.isEmpty()) {
                return Optional.of("no energy use per km for " + category + " on " + carrier
                        + ": no such vehicle uses energy on the road");
            }
            EnergyUseRanges.Range r = range.get();
            return r.accepts(value) ? Optional.empty() : Optional.of(value(value) + " " + unit + " is outside the "
                    + "plausible " + value(r.min()) + "–" + value(r.max()) + " " + unit + " for " + category + " on "
                    + carrier + " (" + r.source() + ")");
        }
        return pollutant(figure, value);
    }

    /** Why a pollutant figure in g/km (a name of {@link #POLLUTANT_MAX}) is not plausible, or empty when it is. */
    static Optional<String> pollutant(String figure, double value) {
        double max = POLLUTANT_MAX.getOrDefault(figure, Double.MAX_VALUE);
        return value <= max ? Optional.empty() : Optional.of(value(value) + " g/km is above the plausible " + value(max)
                + " g/km for " + figure + " (a pre-Euro heavy truck, EMEP/EEA guidebook 2023, 1.A.3.b.i–iv)"
                + (value > max * 100 ? "; kilograms or grams per mile?" : ""));
    }

    private static String value(double v) {
        return String.format(Locale.ROOT, "%s", java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
    }
}
