package eu.buyzet.portal.strategy;

import eu.buyzet.portal.contract.ContractId;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * When one contract of the area must be re-tendered for the plan to hold: the tender opens
 * {@code opens} and must be announced by {@code announceBy} so that the new contract starts when
 * the old one ends. See {@link Timeline}.
 *
 * @param contractEnds null when the contract has no end date; then {@code opens} and
 *     {@code announceBy} are null too and the warnings include {@link TimelineWarning#NO_END_DATE}
 */
public record TenderWindow(ContractId contract, String contractTitle, @Nullable LocalDate contractEnds,
                           @Nullable LocalDate opens, @Nullable LocalDate announceBy, List<TimelineWarning> warnings) {
    public TenderWindow {
        warnings = List.copyOf(warnings);
    }
}
