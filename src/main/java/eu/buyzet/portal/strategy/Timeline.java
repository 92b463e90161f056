package eu.buyzet.portal.strategy;

import eu.buyzet.portal.contract.MappedContract;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The tender windows a strategy's contracts set: when each must be re-tendered for the plan to
 * hold. Pure; the date of today is given, so that a window is judged the same way in a test, on a
 * page and in an export made the same day.
 *
 * <p>A window ends at {@code announceBy}: the contract's end minus the lead time. The default, nine
 * months, is the time between announcing a tender and the new supplier driving: the legal minimum
 * time limits (above the EEA thresholds 30 days for tenders in an open procedure with electronic
 * submission, 30 + 30 days when candidates first ask to take part; below them "reasonable" limits),
 * the evaluation and the ten days' standstill take two to three months; the remaining six months
 * are for the winner to take delivery of the zero-emission vehicles and put up the charging a
 * zero-emission requirement asks for, which for heavy trucks is the longest wait.
 * The window opens {@link #MARKET_PREPARATION_MONTHS} earlier still: the market dialogue, the
 * specification and, where a buyer group buys together, its letters of intent.
 *
 * <p>The market is ready when at least {@link #CAPABLE_SUPPLIERS} capable suppliers have shown
 * interest: the BuyZET three-supplier signal, the fewest that make a competition (and the fewest
 * candidates the procurement directive 2014/24/EU, art. 65(2), lets a negotiated procedure, a
 * competitive dialogue or an innovation partnership invite); fewer, and a zero-emission
 * requirement risks a single tender or none. The signal belongs to the area, so each
 * of its windows carries the warning.
 */
public final class Timeline {

    /** Announcing a tender to the new supplier driving: see the class comment and decision 031. */
    public static final int DEFAULT_LEAD_TIME_MONTHS = 9;
    /** The market dialogue and the specification before a tender is announced. */
    public static final int MARKET_PREPARATION_MONTHS = 6;
    /** The fewest capable suppliers that make the market ready. */
    public static final int CAPABLE_SUPPLIERS = 3;
    /** Oslo's target year for fossil-free transport, the plans' usual horizon. */
    public static final int HORIZON_YEAR = 2030;

    private Timeline() {
    }

    /**
     * Each contract's window, earliest {@code announceBy} first; contracts without an end date last,
     * by title.
     *
     * @param capableSuppliers capable suppliers that showed interest, for the area
     * @param today the day windows are judged on: a window whose {@code announceBy} is today has not
     *     passed
     * @param horizonYear the plan's last year; a contract ending later gets
     *     {@link TimelineWarning#ENDS_AFTER_HORIZON}
     */
    public static List<TenderWindow> of(List<MappedContract> contracts, int capableSuppliers, LocalDate today,
                                        int leadTimeMonths, int horizonYear) {
        if (capableSuppliers < 0 || leadTimeMonths < 0) {
            throw new IllegalArgumentException("Counts and months are not negative: " + capableSuppliers + ", "
                    + leadTimeMonths);
        }
        boolean marketReady = capableSuppliers >= CAPABLE_SUPPLIERS;
        List<TenderWindow> windows = new ArrayList<>();
        for (MappedContract c : contracts) {
            List<TimelineWarning> warnings = new ArrayList<>();
            LocalDate ends = c.endDate();
            if (ends == null) {
                warnings.add(TimelineWarning.NO_END_DATE);
                if (!marketReady) {
                    warnings.add(TimelineWarning.MARKET_NOT_READY);
                }
                windows.add(new TenderWindow(c.id(), c.title(), null, null, null, warnings));
                continue;
            }
            LocalDate announceBy = ends.minusMonths(leadTimeMonths);
            LocalDate opens = announceBy.minusMonths(MARKET_PREPARATION_MONTHS);
            if (today.isAfter(announceBy)) {
                warnings.add(TimelineWarning.WINDOW_PASSED);
            }
            if (!marketReady) {
                warnings.add(TimelineWarning.MARKET_NOT_READY);
            }
            if (ends.getYear() > horizonYear) {
                warnings.add(TimelineWarning.ENDS_AFTER_HORIZON);
            }
            windows.add(new TenderWindow(c.id(), c.title(), ends, opens, announceBy, warnings));
        }
        windows.sort(Comparator.comparing(TenderWindow::announceBy, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TenderWindow::contractTitle));
        return List.copyOf(windows);
    }
}
