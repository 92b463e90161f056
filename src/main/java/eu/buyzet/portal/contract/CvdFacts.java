package eu.buyzet.portal.contract;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the Clean Vehicles Directive needs of one ranked contract, as the ranking's exports give it.
 * Counts, not shares, so that a spreadsheet can sum them over any selection; the targets depend on
 * the country and period the reader chooses, which the contract's page shows (decision 040).
 *
 * @param awardDate the date its rules and reference period go by; null when not given
 * @param inScope whether its CPV codes put it in the directive's scope (Annex, Table 1)
 * @param lines its vehicles by group, without targets; empty when in scope with no vehicle the
 *     directive covers, null when not in scope or its stored result no longer matches its flows
 */
public record CvdFacts(@Nullable LocalDate awardDate, boolean inScope, @Nullable List<CvdLine> lines) {
    public CvdFacts {
        lines = lines == null ? null : List.copyOf(lines);
    }

    /** The line of one group; a group the contract has no vehicle in counts zero when in scope. */
    public @Nullable CvdLine line(CvdGroup group) {
        if (lines == null) {
            return null;
        }
        return lines.stream().filter(l -> l.group() == group).findFirst()
                .orElse(CvdLine.none(group));
    }
}
