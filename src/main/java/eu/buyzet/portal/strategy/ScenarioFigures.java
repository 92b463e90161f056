package eu.buyzet.portal.strategy;

import org.jspecify.annotations.Nullable;

/**
 * The footprint of one year, baseline or planned, as the calculator computed it. NOx and PM are
 * null when the factor set does not cover a flow: not covered is not zero.
 *
 * @param cvdCleanSharePercent share of vehicle-km in "clean" or "zero-emission" vehicles as the
 *     Clean Vehicles Directive counts them
 */
public record ScenarioFigures(int year, @Nullable Double trips, double vehicleKm, double co2eWtwKg,
                              double co2eTailpipeKg, @Nullable Double noxG, @Nullable Double pmG,
                              double zeroEmissionSharePercent, double cvdCleanSharePercent) {
}
