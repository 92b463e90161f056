package eu.buyzet.portal.footprint.calculator;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How much energy per km a road vehicle can plausibly use, per vehicle category and energy
 * carrier, in the carrier's own unit (litres, kg or kWh per km). A declaration outside the range
 * is refused: below it, a supplier could declare its way to a green result (0 l/km over thousands
 * of km); above it, the figure is a typing error (9.9 l/km for a van) or the wrong unit.
 *
 * <p>Each range starts from a published span of real-world energy use, named in its source, and
 * widens it by a tolerance: half the lowest published figure (light loads, downhill rounds,
 * eco-driving, the smallest vehicles of a category) up to one and a half times the highest
 * (cold, stop-and-go, full loads, refrigeration). The ranges belong to the method, not to a
 * factor set: they say what vehicles do, not what energy emits, and an imported set's defaults
 * must lie inside them. {@code docs/footprint-method.md} lists them as a table.
 */
public final class EnergyUseRanges {

    /** Share of the lowest published figure still accepted. */
    public static final double LOW_TOLERANCE = 0.5;
    /** Multiple of the highest published figure still accepted. */
    public static final double HIGH_TOLERANCE = 1.5;

    /**
     * The accepted energy use per km, {@code min} to {@code max} inclusive, in the carrier's unit.
     *
     * @param publishedLow the lowest figure of the published span
     * @param publishedHigh the highest figure of the published span
     * @param source where the published span comes from
     */
    public record Range(VehicleCategory category, EnergyCarrier carrier, double publishedLow, double publishedHigh,
                        String source) {

        public double min() {
            return tidy(publishedLow * LOW_TOLERANCE);
        }

        public double max() {
            return tidy(publishedHigh * HIGH_TOLERANCE);
        }

        public EnergyUnit unit() {
            return carrier.unit();
        }

        public boolean accepts(double perKm) {
            return perKm >= min() && perKm <= max();
        }
    }

    private static final String CARS = "EEA monitoring of CO2 from new cars and vans (Regulation (EU) 2019/631), "
            + "2023 WLTP fleet spread, with the real-world gap of ICCT 'From laboratory to road' (2019)";
    private static final String HEAVY = "VECTO results reported under Regulation (EU) 2018/956 and ICCT 'Fuel "
            + "consumption testing of tractor-trailers in the EU' (2018): long-haul to urban distribution and "
            + "refuse collection";
    private static final String BUSES = "ZeEUS eBus Report #2 (2017) and UITP bus fleet figures: coaches to "
            + "articulated city buses (M3)";
    private static final String MINIBUSES = "ZeEUS eBus Report #2 (2017) and UITP bus fleet figures: M2 minibuses to "
            + "articulated city buses";
    private static final String HYDROGEN = "Type-approval and demonstration figures: Toyota Mirai WLTP, Hyundai "
            + "Xcient Fuel Cell, JIVE fuel-cell bus project (FCH JU, 2022)";
    private static final String NO_PETROL_HEAVY = "No petrol vehicles of this category in the EU fleet: the "
            + "diesel span × 1.2 for a spark-ignition engine's lower efficiency";
    private static final String L_CATEGORY = "Regulation (EU) 168/2013 type-approval figures for mopeds and "
            + "motorcycles; e-cargo bikes 1–2 kWh/100 km (CityChangerCargoBike, 2022)";

    private static final Map<VehicleCategory, Map<EnergyCarrier, Range>> RANGES = new EnumMap<>(VehicleCategory.class);

    static {
        // published real-world spans per vehicle-km; the tolerance is applied in Range
        add(VehicleCategory.M1, EnergyCarrier.DIESEL, 0.04, 0.09, CARS);
        add(VehicleCategory.M1, EnergyCarrier.PETROL, 0.05, 0.11, CARS);
        add(VehicleCategory.M1, EnergyCarrier.HVO100, 0.042, 0.095, CARS + "; HVO by volume 5 % above diesel");
        add(VehicleCategory.M1, EnergyCarrier.BIOGAS, 0.03, 0.07, CARS + " (CNG cars)");
        add(VehicleCategory.M1, EnergyCarrier.FOSSIL_GAS, 0.03, 0.07, CARS + " (CNG cars)");
        add(VehicleCategory.M1, EnergyCarrier.BATTERY_ELECTRIC, 0.13, 0.25, CARS);
        add(VehicleCategory.M1, EnergyCarrier.HYDROGEN, 0.007, 0.012, HYDROGEN);

        add(VehicleCategory.N1, EnergyCarrier.DIESEL, 0.05, 0.14, CARS);
        add(VehicleCategory.N1, EnergyCarrier.PETROL, 0.06, 0.16, CARS);
        add(VehicleCategory.N1, EnergyCarrier.HVO100, 0.052, 0.15, CARS + "; HVO by volume 5 % above diesel");
        add(VehicleCategory.N1, EnergyCarrier.BIOGAS, 0.045, 0.12, CARS + " (CNG vans)");
        add(VehicleCategory.N1, EnergyCarrier.FOSSIL_GAS, 0.045, 0.12, CARS + " (CNG vans)");
        add(VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC, 0.18, 0.35, CARS + " (battery vans, small to 3.5 t)");
        add(VehicleCategory.N1, EnergyCarrier.HYDROGEN, 0.01, 0.02, HYDROGEN);

        add(VehicleCategory.N2, EnergyCarrier.DIESEL, 0.15, 0.30, HEAVY);
        add(VehicleCategory.N2, EnergyCarrier.PETROL, 0.18, 0.36, NO_PETROL_HEAVY);
        add(VehicleCategory.N2, EnergyCarrier.HVO100, 0.155, 0.32, HEAVY + "; HVO by volume 5 % above diesel");
        add(VehicleCategory.N2, EnergyCarrier.BIOGAS, 0.12, 0.30, HEAVY + " (CNG and LNG trucks)");
        add(VehicleCategory.N2, EnergyCarrier.FOSSIL_GAS, 0.12, 0.30, HEAVY + " (CNG and LNG trucks)");
        add(VehicleCategory.N2, EnergyCarrier.BATTERY_ELECTRIC, 0.5, 1.1, HEAVY + " (battery trucks)");
        add(VehicleCategory.N2, EnergyCarrier.HYDROGEN, 0.04, 0.09, HYDROGEN);

        add(VehicleCategory.N3, EnergyCarrier.DIESEL, 0.25, 0.70, HEAVY);
        add(VehicleCategory.N3, EnergyCarrier.PETROL, 0.30, 0.84, NO_PETROL_HEAVY);
        add(VehicleCategory.N3, EnergyCarrier.HVO100, 0.26, 0.74, HEAVY + "; HVO by volume 5 % above diesel");
        add(VehicleCategory.N3, EnergyCarrier.BIOGAS, 0.20, 0.60, HEAVY + " (CNG and LNG trucks)");
        add(VehicleCategory.N3, EnergyCarrier.FOSSIL_GAS, 0.20, 0.60, HEAVY + " (CNG and LNG trucks)");
        add(VehicleCategory.N3, EnergyCarrier.BATTERY_ELECTRIC, 0.9, 2.5, HEAVY + " (battery trucks)");
        add(VehicleCategory.N3, EnergyCarrier.HYDROGEN, 0.07, 0.16, HYDROGEN);

        // a bus or coach (M3): from a coach's 25 l/100 km; a minibus's figures would let a bus declare a third of its use
        add(VehicleCategory.M2_M3, EnergyCarrier.DIESEL, 0.25, 0.60, BUSES);
        add(VehicleCategory.M2_M3, EnergyCarrier.PETROL, 0.30, 0.72, NO_PETROL_HEAVY);
        add(VehicleCategory.M2_M3, EnergyCarrier.HVO100, 0.26, 0.63, BUSES + "; HVO by volume 5 % above diesel");
        add(VehicleCategory.M2_M3, EnergyCarrier.BIOGAS, 0.25, 0.60, BUSES + " (CNG buses)");
        add(VehicleCategory.M2_M3, EnergyCarrier.FOSSIL_GAS, 0.25, 0.60, BUSES + " (CNG buses)");
        add(VehicleCategory.M2_M3, EnergyCarrier.BATTERY_ELECTRIC, 0.8, 1.8, BUSES);
        add(VehicleCategory.M2_M3, EnergyCarrier.HYDROGEN, 0.06, 0.12, HYDROGEN);

        // a minibus (M2) keeps the span bus rows had before M3 got its own: it takes the bus's default energy
        // use (factor sets have no M2 rows), which lies inside it
        add(VehicleCategory.M2, EnergyCarrier.DIESEL, 0.08, 0.60, MINIBUSES);
        add(VehicleCategory.M2, EnergyCarrier.PETROL, 0.10, 0.50, MINIBUSES + " (petrol minibuses)");
        add(VehicleCategory.M2, EnergyCarrier.HVO100, 0.085, 0.63, MINIBUSES + "; HVO by volume 5 % above diesel");
        add(VehicleCategory.M2, EnergyCarrier.BIOGAS, 0.07, 0.60, MINIBUSES + " (CNG buses)");
        add(VehicleCategory.M2, EnergyCarrier.FOSSIL_GAS, 0.07, 0.60, MINIBUSES + " (CNG buses)");
        add(VehicleCategory.M2, EnergyCarrier.BATTERY_ELECTRIC, 0.25, 1.8, MINIBUSES);
        add(VehicleCategory.M2, EnergyCarrier.HYDROGEN, 0.02, 0.12, HYDROGEN);

        add(VehicleCategory.L, EnergyCarrier.PETROL, 0.015, 0.07, L_CATEGORY);
        add(VehicleCategory.L, EnergyCarrier.BATTERY_ELECTRIC, 0.008, 0.15, L_CATEGORY);
    }

    private EnergyUseRanges() {
    }

    private static void add(VehicleCategory category, EnergyCarrier carrier, double low, double high, String source) {
        RANGES.computeIfAbsent(category, c -> new EnumMap<>(EnergyCarrier.class))
                .put(carrier, new Range(category, carrier, low, high, source));
    }

    /**
     * The range for a vehicle on a carrier; empty for a human-powered vehicle (no energy) and for
     * pairs that do not exist on the road, which the calculator refuses on their own.
     */
    public static Optional<Range> of(VehicleCategory category, EnergyCarrier carrier) {
        return Optional.ofNullable(RANGES.getOrDefault(category, Map.of()).get(carrier));
    }

    /** Every range, by vehicle category and carrier. */
    public static java.util.List<Range> all() {
        return RANGES.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    /** Six significant digits at most: 0.09 × 1.5 is 0.135, not 0.13499999999999998. */
    private static double tidy(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(6)).doubleValue();
    }
}
