package eu.buyzet.portal.strategy;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An instrument a strategy uses, why, and at what risk.
 *
 * @param fromDate when it applies (e.g. the zero-emission requirement from a date); null if at once
 * @param weightPercent the award criterion's weight for climate and environment; only for
 *     {@link Instrument#AWARD_CRITERION}
 */
public record ChosenInstrument(Instrument instrument, @Nullable LocalDate fromDate, @Nullable Integer weightPercent,
                               String rationale, String risks, List<Evidence> evidence) {
    public ChosenInstrument {
        evidence = List.copyOf(evidence);
    }
}
