package eu.buyzet.portal.strategy;

/**
 * What the strategy plans for one year, relative to the area's baseline flows.
 *
 * @param zeroEmissionSharePercent share of vehicle-km by zero-emission vehicles, 0–100
 * @param tripReductionPercent fewer motorised trips than the baseline, 0–100
 * @param cargoBikeSharePercent share of the remaining trips moved to cargo bikes, 0–100
 */
public record ScenarioYear(int year, double zeroEmissionSharePercent, double tripReductionPercent,
                           double cargoBikeSharePercent) {
}
