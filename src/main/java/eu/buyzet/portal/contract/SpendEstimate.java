package eu.buyzet.portal.contract;

import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Trips and vehicle-km a year estimated from a contract's yearly spend and the typical ratio for
 * its CPV category: an estimate, shown as such wherever its figures appear, until real flows
 * replace it (decision 033).
 *
 * @param cpvPrefix the ratio's category that matched the contract's main code
 * @param annualValue the yearly spend the estimate was made from, in {@code currency}
 * @param source the ratio's source, as it read when the estimate was made
 */
public record SpendEstimate(String cpvPrefix, double tripsPerMillion, double kmPerTrip,
                            VehicleCategory vehicleCategory, EnergyCarrier energyCarrier, @Nullable Double energyPerKm,
                            BigDecimal annualValue,
                            String currency, String source) {

    public double trips() {
        return annualValue.doubleValue() / 1_000_000 * tripsPerMillion;
    }

    public double vehicleKm() {
        return trips() * kmPerTrip;
    }

    /** The one flow the estimate stands for: not measured; energy use the ratio's, or the factor set's default. */
    public Flow flow() {
        return Flow.distance(vehicleCategory, energyCarrier, trips(), kmPerTrip).withEnergyPerKm(energyPerKm);
    }
}
