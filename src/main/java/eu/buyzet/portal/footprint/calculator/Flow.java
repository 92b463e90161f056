package eu.buyzet.portal.footprint.calculator;

import org.jspecify.annotations.Nullable;

/**
 * One declared transport flow, as the person entered it: absent values are null. Distance comes
 * from trips per year × km per trip, or vehicle-km per year; energy from fuel per year, or
 * distance × energy use per km (declared, or the factor set's default).
 *
 * @param vehicles how many vehicles share the distance (for the plausibility check), 1 if absent
 * @param euroClass emission class where known, e.g. "Euro 6" or "Euro VI"; informative
 * @param cvd what the supplier declares for the Clean Vehicles Directive; null in flows stored
 *     before it was asked, which count as declaring nothing
 * @param hydrogenRoute how a hydrogen flow's hydrogen was made, as the supplier declares it;
 *     null (not declared) counts as grey, and any other carrier ignores it (decision 037)
 */
public record Flow(@Nullable VehicleCategory vehicleCategory, @Nullable EnergyCarrier energyCarrier,
                   @Nullable String euroClass, @Nullable Double tripsPerYear, @Nullable Double kmPerTrip,
                   @Nullable Double vehicleKmPerYear, @Nullable Double energyPerKm, @Nullable Double fuelPerYear,
                   @Nullable EnergyUnit fuelUnit, @Nullable Double payloadTonnes, @Nullable Integer vehicles,
                   boolean measured, @Nullable CvdDeclaration cvd, @Nullable HydrogenRoute hydrogenRoute) {

    /** A flow without a declared hydrogen route, as flows were stored before it was asked. */
    public Flow(@Nullable VehicleCategory vehicleCategory, @Nullable EnergyCarrier energyCarrier,
                @Nullable String euroClass, @Nullable Double tripsPerYear, @Nullable Double kmPerTrip,
                @Nullable Double vehicleKmPerYear, @Nullable Double energyPerKm, @Nullable Double fuelPerYear,
                @Nullable EnergyUnit fuelUnit, @Nullable Double payloadTonnes, @Nullable Integer vehicles,
                boolean measured, @Nullable CvdDeclaration cvd) {
        this(vehicleCategory, energyCarrier, euroClass, tripsPerYear, kmPerTrip, vehicleKmPerYear, energyPerKm,
                fuelPerYear, fuelUnit, payloadTonnes, vehicles, measured, cvd, null);
    }

    /** A flow without a Clean Vehicles Directive declaration, as flows were stored before it was asked. */
    public Flow(@Nullable VehicleCategory vehicleCategory, @Nullable EnergyCarrier energyCarrier,
                @Nullable String euroClass, @Nullable Double tripsPerYear, @Nullable Double kmPerTrip,
                @Nullable Double vehicleKmPerYear, @Nullable Double energyPerKm, @Nullable Double fuelPerYear,
                @Nullable EnergyUnit fuelUnit, @Nullable Double payloadTonnes, @Nullable Integer vehicles,
                boolean measured) {
        this(vehicleCategory, energyCarrier, euroClass, tripsPerYear, kmPerTrip, vehicleKmPerYear, energyPerKm,
                fuelPerYear, fuelUnit, payloadTonnes, vehicles, measured, null);
    }

    public static Flow distance(VehicleCategory category, EnergyCarrier carrier, double tripsPerYear, double kmPerTrip) {
        return new Flow(category, carrier, null, tripsPerYear, kmPerTrip, null, null, null, null, null, null, false);
    }

    public Flow withEnergyPerKm(@Nullable Double value) {
        return new Flow(vehicleCategory, energyCarrier, euroClass, tripsPerYear, kmPerTrip, vehicleKmPerYear, value,
                fuelPerYear, fuelUnit, payloadTonnes, vehicles, measured, cvd, hydrogenRoute);
    }

    public Flow withFuel(@Nullable Double perYear, @Nullable EnergyUnit unit) {
        return new Flow(vehicleCategory, energyCarrier, euroClass, tripsPerYear, kmPerTrip, vehicleKmPerYear, energyPerKm,
                perYear, unit, payloadTonnes, vehicles, measured, cvd, hydrogenRoute);
    }

    public Flow withCvd(@Nullable CvdDeclaration value) {
        return new Flow(vehicleCategory, energyCarrier, euroClass, tripsPerYear, kmPerTrip, vehicleKmPerYear, energyPerKm,
                fuelPerYear, fuelUnit, payloadTonnes, vehicles, measured, value, hydrogenRoute);
    }

    public Flow withHydrogenRoute(@Nullable HydrogenRoute value) {
        return new Flow(vehicleCategory, energyCarrier, euroClass, tripsPerYear, kmPerTrip, vehicleKmPerYear, energyPerKm,
                fuelPerYear, fuelUnit, payloadTonnes, vehicles, measured, cvd, value);
    }
}
