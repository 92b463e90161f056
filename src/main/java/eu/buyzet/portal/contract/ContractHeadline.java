package eu.buyzet.portal.contract;

import org.jspecify.annotations.Nullable;

/**
 * An agency's contracts in one line, for its start page.
 *
 * @param contracts how many contracts it has mapped
 * @param co2eWtwKgPerYear their CO2e a year, well to wheel, summed
 * @param top the contract causing the most CO2e; null when there is none
 * @param estimatedContracts how many of them are estimated from spend, not declared
 * @param estimatedCo2eWtwKgPerYear the part of the CO2e that those estimates make up
 * @param co2eTailpipeKgPerYear their tailpipe CO2e a year, as Oslo's climate budget counts it; null
 *     when a contract has no stored tailpipe figure, since unknown is not 0
 */
public record ContractHeadline(int contracts, double co2eWtwKgPerYear, @Nullable RankedContract top,
                               int estimatedContracts, double estimatedCo2eWtwKgPerYear,
                               @Nullable Double co2eTailpipeKgPerYear) {

    public ContractHeadline(int contracts, double co2eWtwKgPerYear, @Nullable RankedContract top) {
        this(contracts, co2eWtwKgPerYear, top, 0, 0, null);
    }

    public ContractHeadline(int contracts, double co2eWtwKgPerYear, @Nullable RankedContract top,
                            int estimatedContracts, double estimatedCo2eWtwKgPerYear) {
        this(contracts, co2eWtwKgPerYear, top, estimatedContracts, estimatedCo2eWtwKgPerYear, null);
    }
}
