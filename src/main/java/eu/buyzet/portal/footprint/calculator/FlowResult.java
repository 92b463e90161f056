package eu.buyzet.portal.footprint.calculator;

import org.jspecify.annotations.Nullable;

/**
 * What one flow (or the total of several) amounts to per year. NOx and PM are null when the
 * factor set has no figure for a combustion vehicle: not covered is not zero.
 *
 * @param energy in {@code energyUnit}; for a total of mixed carriers, the sum of each unit's own
 *     total is not meaningful, so it is given per flow only (null in a mixed total)
 * @param energyData where a flow's energy figure comes from; null in a total (see
 *     {@link DataQuality}) and in results stored before it was recorded
 */
public record FlowResult(double vehicleKm, @Nullable Double tonneKm, @Nullable Double energy,
                         @Nullable EnergyUnit energyUnit, double co2eWtwKg, double co2eWttKg, double co2eTtwKg,
                         @Nullable Double noxG, @Nullable Double pmG, double zeroEmissionShare,
                         CvdClass cvdClass, boolean energyFromDefault,
                         @Nullable EnergyData energyData) {
}
