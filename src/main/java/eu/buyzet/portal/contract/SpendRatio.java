package eu.buyzet.portal.contract;

import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How much transport a year of spend in one CPV category typically causes: the invoice-based
 * estimate of the BuyZET mapping (decision 033).
 *
 * @param cpvPrefix the category's leading digits (division "90", group "905", class "9051"); the
 *     longest prefix that matches a contract's main code applies
 * @param tripsPerMillion trips a year per million of {@code currency} spent a year
 * @param vehicleCategory the vehicle the estimate assumes, with {@code energyCarrier}
 * @param energyPerKm the vehicle's energy use per km in its carrier's unit; null for the factor set's default
 * @param source where the figures come from, or that they are an assumption
 */
public record SpendRatio(SpendRatioId id, String cpvPrefix, double tripsPerMillion, double kmPerTrip,
                         VehicleCategory vehicleCategory, EnergyCarrier energyCarrier, @Nullable Double energyPerKm,
                         String currency, String source,
                         Instant updatedAt, int version) {
}
