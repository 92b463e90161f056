package eu.buyzet.portal.contract;

import org.jspecify.annotations.Nullable;

/**
 * An agency's contracts in one line, for its start page.
 *
 * @param contracts how many contracts it has mapped
 * @param co2eWtwKgPerYear their CO2e a year, well to wheel, summed
 * @param top the contract causing the most CO2e; null when there is none
 */
public record ContractHeadline(int contracts, double co2eWtwKgPerYear, @Nullable RankedContract top) {
}
