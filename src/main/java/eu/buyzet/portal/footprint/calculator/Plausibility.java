package eu.buyzet.portal.footprint.calculator;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether declared energy use is what a real vehicle of its kind could use (see
 * {@link EnergyUseRanges}), and whether a result stayed a finite number. A refusal names the
 * accepted range in the carrier's unit, so that the reader knows what to correct.
 */
final class Plausibility {

    private Plausibility() {
    }

    /**
     * Energy use per km, declared: inside the vehicle's range, zero included in "outside". A plug-in
     * hybrid's fuel per km only below the range's top: it drives part of its km on electricity
     * ({@link #checkPlugIn} weighs the two together).
     */
    static void checkPerKm(VehicleCategory category, EnergyCarrier carrier, double perKm, boolean plugIn, String field,
                           Problems errors) {
        EnergyUseRanges.of(category, carrier).filter(r -> plugIn ? perKm > r.max() : !r.accepts(perKm)).ifPresent(r ->
                errors.put(field, plugIn ? "validation.footprint.plug-in-energy-per-km-above"
                        : "validation.footprint.energy-per-km-range", r.min(), r.max(), r.unit().symbol()));
    }

    /**
     * Fuel per year over a real distance: fuel ÷ distance inside the vehicle's range. The message
     * gives the range for this distance and per km.
     */
    static void checkFuel(VehicleCategory category, EnergyCarrier carrier, double fuel, double km, boolean plugIn,
                          String field, Problems errors) {
        EnergyUseRanges.of(category, carrier).filter(r -> plugIn ? fuel / km > r.max() : !r.accepts(fuel / km))
                .ifPresent(r -> errors.put(field, plugIn ? "validation.footprint.plug-in-fuel-above"
                        : "validation.footprint.fuel-range", r.min() * km, r.max() * km, r.unit().symbol(), km,
                        r.min(), r.max()));
    }

    /**
     * A plug-in hybrid's fuel and grid electricity per km together: each km is driven on one or the
     * other, so even at the most frugal use either allows (each range's bottom) they must cover the
     * distance: fuel ÷ its bottom + electricity ÷ its bottom ≥ 1. The electricity per km stays below
     * a battery vehicle's top. Without a declared fuel figure the set's default covers every km.
     */
    static void checkPlugIn(VehicleCategory category, EnergyCarrier carrier, @Nullable Double fuelPerKm,
                            double kwhPerKm, double km, String field, Problems errors) {
        Optional<EnergyUseRanges.Range> battery = EnergyUseRanges.of(category, EnergyCarrier.BATTERY_ELECTRIC);
        if (battery.isPresent() && kwhPerKm > battery.get().max()) {
            errors.put(field, "validation.footprint.plug-in-electricity-above", battery.get().max() * km, km,
                    battery.get().max());
            return;
        }
        Optional<EnergyUseRanges.Range> fuel = EnergyUseRanges.of(category, carrier);
        if (fuelPerKm == null || fuel.isEmpty() || battery.isEmpty()) {
            return;
        }
        if (fuelPerKm / fuel.get().min() + kwhPerKm / battery.get().min() < 1) {
            errors.put(field, "validation.footprint.plug-in-too-little", km, fuel.get().min(),
                    fuel.get().unit().symbol(), battery.get().min());
        }
    }

    /** How far fuel ÷ distance may lie from a declared energy use per km: rounding, not a second figure. */
    static final double AGREEMENT = 0.1;

    /**
     * Fuel per year and energy use per km both declared: they must say the same within
     * {@link #AGREEMENT}. The message gives both per km.
     */
    static void checkAgree(double fuelPerKm, double declaredPerKm, EnergyCarrier carrier, String field,
                           Problems errors) {
        if (Math.abs(fuelPerKm - declaredPerKm) > AGREEMENT * declaredPerKm) {
            errors.put(field, "validation.footprint.fuel-disagrees", fuelPerKm, declaredPerKm, carrier.unit().symbol());
        }
    }

    static boolean finite(FlowResult r) {
        return Double.isFinite(r.vehicleKm()) && Double.isFinite(r.co2eWtwKg()) && Double.isFinite(r.co2eWttKg())
                && Double.isFinite(r.co2eTtwKg()) && finite(r.tonneKm()) && finite(r.energy()) && finite(r.noxG())
                && finite(r.pmG())
                && finite(r.pmExhaustG()) && finite(r.pmNonExhaustG()) && finite(r.pm10NonExhaustG())
                && finite(r.co2eWtwGPerTkm()) && finite(r.co2eTtwGPerTkm()) && finite(r.loadFactor())
                && finite(r.gridElectricityKwh()) && finite(r.co2eIndirectLandUseKg());
    }

    private static boolean finite(@Nullable Double value) {
        return value == null || Double.isFinite(value);
    }
}
