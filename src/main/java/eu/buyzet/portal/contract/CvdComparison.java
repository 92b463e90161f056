package eu.buyzet.portal.contract;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A contract's clean and zero-emission shares of vehicles by group against the Clean Vehicles
 * Directive's minimum targets for a country, beside the same shares over all the agency's mapped
 * contracts in the directive's scope awarded in the same reference period. The directive sets its
 * targets for what a procuring entity buys over the whole period (art. 5), so only the aggregate
 * can meet or miss one; the contract's own line says how it pulls.
 *
 * @param awardDate the contract's award date; null when not given, and the second reference period
 *     is then taken, as for the directive class of its flows (decision 036)
 * @param periodFrom first day of the reference period the award date falls in; null when it falls
 *     in none (before 2 August 2021 or after 2030), and then no target applies
 * @param periodTo last day of it; null as {@code periodFrom}
 * @param countries the countries with stored targets, for choosing another
 * @param contract the contract's own lines, one per group it has vehicles in
 * @param agency the lines over the agency's mapped contracts in scope, awarded in the same period
 * @param agencyContracts how many contracts the agency's lines sum
 */
public record CvdComparison(String country, @Nullable LocalDate awardDate, @Nullable LocalDate periodFrom,
                            @Nullable LocalDate periodTo,
                            List<String> countries, List<CvdLine> contract, List<CvdLine> agency,
                            int agencyContracts) {
    public CvdComparison {
        countries = List.copyOf(countries);
        contract = List.copyOf(contract);
        agency = List.copyOf(agency);
    }

    /** Whether any target is stored for the country in this period. */
    public boolean hasTargets() {
        return contract.stream().anyMatch(l -> l.target() != null) || agency.stream().anyMatch(l -> l.target() != null);
    }
}
