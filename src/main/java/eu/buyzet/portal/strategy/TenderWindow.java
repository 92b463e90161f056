package eu.buyzet.portal.strategy;

import eu.buyzet.portal.contract.ContractId;
import java.time.LocalDate;
import java.util.List;

/**
 * When one contract of the area must be re-tendered for the plan to hold: the tender opens
 * {@code opens} and must be announced by {@code announceBy} so that the new contract starts when
 * the old one ends.
 */
public record TenderWindow(ContractId contract, String contractTitle, LocalDate contractEnds, LocalDate opens,
                           LocalDate announceBy, List<TimelineWarning> warnings) {
    public TenderWindow {
        warnings = List.copyOf(warnings);
    }
}
