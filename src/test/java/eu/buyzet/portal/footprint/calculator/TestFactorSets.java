package eu.buyzet.portal.footprint.calculator;

import java.time.LocalDate;
import java.util.Map;

/** Round numbers, so that expected results can be worked out by hand in the tests. */
final class TestFactorSets {

    private TestFactorSets() {
    }

    static FactorSet simple() {
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

    private static Sourced of(double value) {
        return new Sourced(value, "test figure");
    }

    private static FactorSet.VehicleKey key(VehicleCategory category, EnergyCarrier carrier) {
        return new FactorSet.VehicleKey(category, carrier);
    }
}
