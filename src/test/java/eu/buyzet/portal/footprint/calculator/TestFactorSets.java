package eu.buyzet.portal.footprint.calculator;

import java.time.LocalDate;
import java.util.Map;

/** Round numbers, so that expected results can be worked out by hand in the tests. */
public final class TestFactorSets {

    private TestFactorSets() {
    }

    public static FactorSet simple() {
        Sourced s = null;
        return new FactorSet("test", "Test", "1", LocalDate.of(2025, 1, 1), "WTW", "GWP100", "location-based",
                Map.of(EnergyCarrier.DIESEL, new FactorSet.CarrierFactors(EnergyCarrier.DIESEL, of(0.5), of(2.5)),
                        EnergyCarrier.BATTERY_ELECTRIC, new FactorSet.CarrierFactors(EnergyCarrier.BATTERY_ELECTRIC,
                                of(0.3), of(0))),
                Map.of(key(VehicleCategory.N1, EnergyCarrier.DIESEL), new FactorSet.VehicleFactors(
                                key(VehicleCategory.N1, EnergyCarrier.DIESEL), of(0.1), of(0.2), of(0.01), s),
                        key(VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC), new FactorSet.VehicleFactors(
                                key(VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC), of(0.4), s, s, s)));
    }

    /** One kg CO2e per unit of every carrier that has a unit, and no vehicle defaults. */
    static FactorSet everyCarrier() {
        Map<EnergyCarrier, FactorSet.CarrierFactors> carriers = new java.util.EnumMap<>(EnergyCarrier.class);
        for (EnergyCarrier c : EnergyCarrier.values()) {
            if (c != EnergyCarrier.HUMAN_POWERED) {
                carriers.put(c, new FactorSet.CarrierFactors(c, of(1), of(1)));
            }
        }
        return new FactorSet("every", "Every carrier", "1", LocalDate.of(2025, 1, 1), "WTW", "GWP100", "location-based",
                carriers, Map.of());
    }

    /**
     * N1 diesel with exhaust figures for Euro 4 (the default) and Euro 6 but not Euro 5, N1 wear
     * figures for every source (studded tyres' road wear included), and no wear figures for M1.
     */
    static FactorSet airPollutants() {
        Map<FactorSet.ExhaustKey, FactorSet.ExhaustFactors> exhaust = new java.util.HashMap<>();
        exhaust(exhaust, EuroClass.EURO_6, 0.1, 0.002);
        exhaust(exhaust, EuroClass.EURO_4, 0.5, 0.03);
        Map<FactorSet.WearKey, FactorSet.WearFactors> wear = new java.util.HashMap<>();
        wear(wear, WearSource.TYRE, 0.007, 0.01);
        wear(wear, WearSource.BRAKE, 0.004, 0.011);
        wear(wear, WearSource.ROAD, 0.004, 0.0075);
        wear(wear, WearSource.ROAD_STUDDED, 0.01, 0.2);
        Map<EnergyCarrier, FactorSet.CarrierFactors> carriers = new java.util.EnumMap<>(EnergyCarrier.class);
        for (EnergyCarrier c : EnergyCarrier.values()) {
            if (c != EnergyCarrier.HUMAN_POWERED) {
                carriers.put(c, new FactorSet.CarrierFactors(c, of(1), of(c.zeroEmission() ? 0 : 1)));
            }
        }
        return new FactorSet("air", "Air", "1", LocalDate.of(2025, 1, 1), "WTW", "GWP100", "location-based",
                carriers, Map.of(), exhaust, wear, EuroClass.EURO_4);
    }

    private static void exhaust(Map<FactorSet.ExhaustKey, FactorSet.ExhaustFactors> map, EuroClass stage, double nox,
                                double pm25) {
        FactorSet.ExhaustKey key = new FactorSet.ExhaustKey(VehicleCategory.N1, EnergyCarrier.DIESEL, stage);
        map.put(key, new FactorSet.ExhaustFactors(key, of(nox), of(pm25)));
    }

    private static void wear(Map<FactorSet.WearKey, FactorSet.WearFactors> map, WearSource source, double pm25,
                             double pm10) {
        FactorSet.WearKey key = new FactorSet.WearKey(VehicleCategory.N1, source);
        map.put(key, new FactorSet.WearFactors(key, of(pm25), of(pm10)));
    }

    private static Sourced of(double value) {
        return new Sourced(value, "test figure");
    }

    private static FactorSet.VehicleKey key(VehicleCategory category, EnergyCarrier carrier) {
        return new FactorSet.VehicleKey(category, carrier);
    }
}
