package eu.buyzet.portal.footprint.calculator;

/**
 * One declared transport flow, as the person entered it: absent values are null. Distance comes
 * from trips per year × km per trip, or vehicle-km per year; energy from fuel per year, or
 * distance × energy use per km (declared, or the factor set's default).
 *
 * @param vehicles how many vehicles share the distance (for the plausibility check), 1 if absent
 * @param euroClass emission class where known, e.g. "Euro 6" or "Euro VI"; informative
 */
public record Flow(VehicleCategory vehicleCategory, EnergyCarrier energyCarrier, String euroClass, Double tripsPerYear,
                   Double kmPerTrip, Double vehicleKmPerYear, Double energyPerKm, Double fuelPerYear,
                   EnergyUnit fuelUnit, Double payloadTonnes, Integer vehicles, boolean measured) {

    public static Flow distance(VehicleCategory category, EnergyCarrier carrier, double tripsPerYear, double kmPerTrip) {
        return new Flow(category, carrier, null, tripsPerYear, kmPerTrip, null, null, null, null, null, null, false);
    }

    public Flow withEnergyPerKm(Double value) {
        return new Flow(vehicleCategory, energyCarrier, euroClass, tripsPerYear, kmPerTrip, vehicleKmPerYear, value,
                fuelPerYear, fuelUnit, payloadTonnes, vehicles, measured);
    }

    public Flow withFuel(Double perYear, EnergyUnit unit) {
        return new Flow(vehicleCategory, energyCarrier, euroClass, tripsPerYear, kmPerTrip, vehicleKmPerYear, energyPerKm,
                perYear, unit, payloadTonnes, vehicles, measured);
    }
}
