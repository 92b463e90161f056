package eu.buyzet.portal.contract;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One of the directive's minimum procurement targets, as stored with the table and row it was read
 * from (decision 040).
 *
 * @param cleanMinPercent the minimum share of clean vehicles, zero-emission included, in percent
 * @param zeroEmissionMinPercent the part of it to be met with zero-emission vehicles; null when the
 *     portal stores none for the row
 */
public record CvdTarget(String country, CvdGroup group, LocalDate periodFrom, LocalDate periodTo,
                        double cleanMinPercent, @Nullable Double zeroEmissionMinPercent, String source) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(periodFrom) && !date.isAfter(periodTo);
    }
}
