package eu.buyzet.portal.contract;

import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import org.jspecify.annotations.Nullable;

/** A trips-per-spend row as an administrator enters it; the service validates. */
public record SpendRatioDetails(String cpvPrefix, @Nullable Double tripsPerMillion, @Nullable Double kmPerTrip,
                                @Nullable VehicleCategory vehicleCategory, @Nullable EnergyCarrier energyCarrier,
                                @Nullable Double energyPerKm, String source) {
}
