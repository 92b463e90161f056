package eu.buyzet.portal.footprint.calculator;

/**
 * Whether declared energy use is what a real vehicle of its kind could use (see
 * {@link EnergyUseRanges}), and whether a result stayed a finite number. A refusal names the
 * accepted range in the carrier's unit, so that the reader knows what to correct.
 */
final class Plausibility {

    private Plausibility() {
    }

    /** Energy use per km, declared: inside the vehicle's range, zero included in "outside". */
    static void checkPerKm(VehicleCategory category, EnergyCarrier carrier, double perKm, String field,
                           Problems errors) {
        EnergyUseRanges.of(category, carrier).filter(r -> !r.accepts(perKm)).ifPresent(r ->
                errors.put(field, "validation.footprint.energy-per-km-range", r.min(), r.max(), r.unit().symbol()));
    }

    /**
     * Fuel per year over a real distance: fuel ÷ distance inside the vehicle's range. The message
     * gives the range for this distance and per km.
     */
    static void checkFuel(VehicleCategory category, EnergyCarrier carrier, double fuel, double km, String field,
                          Problems errors) {
        EnergyUseRanges.of(category, carrier).filter(r -> !r.accepts(fuel / km)).ifPresent(r ->
                errors.put(field, "validation.footprint.fuel-range", r.min() * km, r.max() * km, r.unit().symbol(), km,
                        r.min(), r.max()));
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
                && finite(r.co2eWtwGPerTkm()) && finite(r.co2eTtwGPerTkm()) && finite(r.loadFactor());
    }

    private static boolean finite(@org.jspecify.annotations.Nullable Double value) {
        return value == null || Double.isFinite(value);
    }
}
