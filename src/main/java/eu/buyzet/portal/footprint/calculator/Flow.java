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
 * @param payloadTonnes the average load on the loaded km (ISO 14083 / GLEC: tonne-km are loaded
 *     distance × payload)
 * @param payloadCapacityTonnes the vehicle's payload capacity; with the payload it gives the load
 *     factor, with a load factor the payload
 * @param loadFactorPercent share of the payload capacity used on the loaded km, 0 to 100
 * @param emptyRunningPercent share of the vehicle-km driven empty, 0 to 100; they add emissions
 *     and no tonne-km. Absent: not declared, every km counts as carrying the payload
 * @param quiet the vehicles are declared to meet a quiet-delivery certification (PIEK); nothing
 *     is quiet that is not declared so (decision 039)
 * @param hydrogenRoute how a hydrogen flow's hydrogen was made, as the supplier declares it;
 *     null (not declared) counts as grey, and any other carrier ignores it (decision 037)
 * @param studdedTyresPercent share of the vehicle-km driven on studded tyres, 0 to 100; their road
 *     wear stands in for the ordinary one on that share. Absent: none (decision 049)
 * @param electricityPerYearKwh plug-in hybrids only: the grid electricity their batteries are charged
 *     with per year, in kWh; its well-to-wheel CO2e is counted beside the fuel's. Required for a
 *     flow declared {@linkplain CvdDeclaration#plugInHybrid() plug-in hybrid}, 0 when never charged
 *     (decision 062)
 */
public record Flow(@Nullable VehicleCategory vehicleCategory, @Nullable EnergyCarrier energyCarrier,
                   @Nullable String euroClass, @Nullable Double tripsPerYear, @Nullable Double kmPerTrip,
                   @Nullable Double vehicleKmPerYear, @Nullable Double energyPerKm, @Nullable Double fuelPerYear,
                   @Nullable EnergyUnit fuelUnit, @Nullable Double payloadTonnes, @Nullable Integer vehicles,
                   boolean measured, @Nullable CvdDeclaration cvd, @Nullable Double payloadCapacityTonnes,
                   @Nullable Double loadFactorPercent, @Nullable Double emptyRunningPercent, boolean quiet,
                   @Nullable HydrogenRoute hydrogenRoute, @Nullable Double studdedTyresPercent,
                   @Nullable Double electricityPerYearKwh) {

    /** A flow without a plug-in hybrid's grid electricity, as flows were stored before decision 062. */
    public Flow(@Nullable VehicleCategory vehicleCategory, @Nullable EnergyCarrier energyCarrier,
                @Nullable String euroClass, @Nullable Double tripsPerYear, @Nullable Double kmPerTrip,
                @Nullable Double vehicleKmPerYear, @Nullable Double energyPerKm, @Nullable Double fuelPerYear,
                @Nullable EnergyUnit fuelUnit, @Nullable Double payloadTonnes, @Nullable Integer vehicles,
                boolean measured, @Nullable CvdDeclaration cvd, @Nullable Double payloadCapacityTonnes,
                @Nullable Double loadFactorPercent, @Nullable Double emptyRunningPercent, boolean quiet,
                @Nullable HydrogenRoute hydrogenRoute, @Nullable Double studdedTyresPercent) {
        this(vehicleCategory, energyCarrier, euroClass, tripsPerYear, kmPerTrip, vehicleKmPerYear, energyPerKm,
                fuelPerYear, fuelUnit, payloadTonnes, vehicles, measured, cvd, payloadCapacityTonnes, loadFactorPercent,
                emptyRunningPercent, quiet, hydrogenRoute, studdedTyresPercent, null);
    }

    /** A flow without studded tyres, as flows were stored before decision 049. */
    public Flow(@Nullable VehicleCategory vehicleCategory, @Nullable EnergyCarrier energyCarrier,
                @Nullable String euroClass, @Nullable Double tripsPerYear, @Nullable Double kmPerTrip,
                @Nullable Double vehicleKmPerYear, @Nullable Double energyPerKm, @Nullable Double fuelPerYear,
                @Nullable EnergyUnit fuelUnit, @Nullable Double payloadTonnes, @Nullable Integer vehicles,
                boolean measured, @Nullable CvdDeclaration cvd, @Nullable Double payloadCapacityTonnes,
                @Nullable Double loadFactorPercent, @Nullable Double emptyRunningPercent, boolean quiet,
                @Nullable HydrogenRoute hydrogenRoute) {
        this(vehicleCategory, energyCarrier, euroClass, tripsPerYear, kmPerTrip, vehicleKmPerYear, energyPerKm,
                fuelPerYear, fuelUnit, payloadTonnes, vehicles, measured, cvd, payloadCapacityTonnes, loadFactorPercent,
                emptyRunningPercent, quiet, hydrogenRoute, null);
    }

    /** A flow without a declared hydrogen route. */
    public Flow(@Nullable VehicleCategory vehicleCategory, @Nullable EnergyCarrier energyCarrier,
                @Nullable String euroClass, @Nullable Double tripsPerYear, @Nullable Double kmPerTrip,
                @Nullable Double vehicleKmPerYear, @Nullable Double energyPerKm, @Nullable Double fuelPerYear,
                @Nullable EnergyUnit fuelUnit, @Nullable Double payloadTonnes, @Nullable Integer vehicles,
                boolean measured, @Nullable CvdDeclaration cvd, @Nullable Double payloadCapacityTonnes,
                @Nullable Double loadFactorPercent, @Nullable Double emptyRunningPercent, boolean quiet) {
        this(vehicleCategory, energyCarrier, euroClass, tripsPerYear, kmPerTrip, vehicleKmPerYear, energyPerKm,
                fuelPerYear, fuelUnit, payloadTonnes, vehicles, measured, cvd, payloadCapacityTonnes, loadFactorPercent,
                emptyRunningPercent, quiet, null);
    }

    /** A flow without load factor, empty running and noise, as flows were stored before decision 039. */
    public Flow(@Nullable VehicleCategory vehicleCategory, @Nullable EnergyCarrier energyCarrier,
                @Nullable String euroClass, @Nullable Double tripsPerYear, @Nullable Double kmPerTrip,
                @Nullable Double vehicleKmPerYear, @Nullable Double energyPerKm, @Nullable Double fuelPerYear,
                @Nullable EnergyUnit fuelUnit, @Nullable Double payloadTonnes, @Nullable Integer vehicles,
                boolean measured, @Nullable CvdDeclaration cvd, @Nullable HydrogenRoute hydrogenRoute) {
        this(vehicleCategory, energyCarrier, euroClass, tripsPerYear, kmPerTrip, vehicleKmPerYear, energyPerKm,
                fuelPerYear, fuelUnit, payloadTonnes, vehicles, measured, cvd, null, null, null, false, hydrogenRoute);
    }

    /** A flow without load factor, empty running, noise and hydrogen route. */
    public Flow(@Nullable VehicleCategory vehicleCategory, @Nullable EnergyCarrier energyCarrier,
                @Nullable String euroClass, @Nullable Double tripsPerYear, @Nullable Double kmPerTrip,
                @Nullable Double vehicleKmPerYear, @Nullable Double energyPerKm, @Nullable Double fuelPerYear,
                @Nullable EnergyUnit fuelUnit, @Nullable Double payloadTonnes, @Nullable Integer vehicles,
                boolean measured, @Nullable CvdDeclaration cvd) {
        this(vehicleCategory, energyCarrier, euroClass, tripsPerYear, kmPerTrip, vehicleKmPerYear, energyPerKm,
                fuelPerYear, fuelUnit, payloadTonnes, vehicles, measured, cvd, null, null, null, false, null);
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
                fuelPerYear, fuelUnit, payloadTonnes, vehicles, measured, cvd, payloadCapacityTonnes, loadFactorPercent,
                emptyRunningPercent, quiet, hydrogenRoute, studdedTyresPercent, electricityPerYearKwh);
    }

    public Flow withFuel(@Nullable Double perYear, @Nullable EnergyUnit unit) {
        return new Flow(vehicleCategory, energyCarrier, euroClass, tripsPerYear, kmPerTrip, vehicleKmPerYear, energyPerKm,
                perYear, unit, payloadTonnes, vehicles, measured, cvd, payloadCapacityTonnes, loadFactorPercent,
                emptyRunningPercent, quiet, hydrogenRoute, studdedTyresPercent, electricityPerYearKwh);
    }

    public Flow withCvd(@Nullable CvdDeclaration value) {
        return new Flow(vehicleCategory, energyCarrier, euroClass, tripsPerYear, kmPerTrip, vehicleKmPerYear, energyPerKm,
                fuelPerYear, fuelUnit, payloadTonnes, vehicles, measured, value, payloadCapacityTonnes, loadFactorPercent,
                emptyRunningPercent, quiet, hydrogenRoute, studdedTyresPercent, electricityPerYearKwh);
    }

    /** The same flow carrying {@code payload} t on its loaded km, of a vehicle of {@code capacity} t. */
    public Flow withLoad(@Nullable Double payload, @Nullable Double capacity, @Nullable Double loadFactor,
                         @Nullable Double emptyRunning) {
        return new Flow(vehicleCategory, energyCarrier, euroClass, tripsPerYear, kmPerTrip, vehicleKmPerYear, energyPerKm,
                fuelPerYear, fuelUnit, payload, vehicles, measured, cvd, capacity, loadFactor, emptyRunning, quiet,
                hydrogenRoute, studdedTyresPercent, electricityPerYearKwh);
    }

    public Flow withQuiet(boolean value) {
        return new Flow(vehicleCategory, energyCarrier, euroClass, tripsPerYear, kmPerTrip, vehicleKmPerYear, energyPerKm,
                fuelPerYear, fuelUnit, payloadTonnes, vehicles, measured, cvd, payloadCapacityTonnes, loadFactorPercent,
                emptyRunningPercent, value, hydrogenRoute, studdedTyresPercent, electricityPerYearKwh);
    }

    public Flow withHydrogenRoute(@Nullable HydrogenRoute value) {
        return new Flow(vehicleCategory, energyCarrier, euroClass, tripsPerYear, kmPerTrip, vehicleKmPerYear, energyPerKm,
                fuelPerYear, fuelUnit, payloadTonnes, vehicles, measured, cvd, payloadCapacityTonnes, loadFactorPercent,
                emptyRunningPercent, quiet, value, studdedTyresPercent, electricityPerYearKwh);
    }

    public Flow withStuddedTyres(@Nullable Double percent) {
        return new Flow(vehicleCategory, energyCarrier, euroClass, tripsPerYear, kmPerTrip, vehicleKmPerYear, energyPerKm,
                fuelPerYear, fuelUnit, payloadTonnes, vehicles, measured, cvd, payloadCapacityTonnes, loadFactorPercent,
                emptyRunningPercent, quiet, hydrogenRoute, percent, electricityPerYearKwh);
    }

    /** The same plug-in hybrids charged with {@code kwh} of grid electricity a year. */
    public Flow withElectricity(@Nullable Double kwh) {
        return new Flow(vehicleCategory, energyCarrier, euroClass, tripsPerYear, kmPerTrip, vehicleKmPerYear, energyPerKm,
                fuelPerYear, fuelUnit, payloadTonnes, vehicles, measured, cvd, payloadCapacityTonnes, loadFactorPercent,
                emptyRunningPercent, quiet, hydrogenRoute, studdedTyresPercent, kwh);
    }
}
