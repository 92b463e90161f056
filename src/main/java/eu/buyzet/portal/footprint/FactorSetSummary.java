package eu.buyzet.portal.footprint;

import eu.buyzet.portal.footprint.calculator.EuroClass;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A factor set as lists show it.
 *
 * @param exhaustFigures NOx and PM2.5 figures by Euro class (decision 034)
 * @param wearFigures non-exhaust PM figures (tyre, brake, road surface wear)
 * @param defaultEuroClass the class taken when a flow names none, unless {@code undeclaredStageHighest}; null
 *     when the set names none
 * @param undeclaredStageHighest a flow that names no stage takes the highest NOx and, separately, the highest
 *     exhaust PM2.5 of any stage the set has (decision 054, addendum): a list that showed only
 *     {@code defaultEuroClass} would misstate what such a set assumes
 */
public record FactorSetSummary(String id, String name, String version, LocalDate validFrom, boolean isDefault,
                               int exhaustFigures, int wearFigures, @Nullable EuroClass defaultEuroClass,
                               boolean undeclaredStageHighest) {

    public FactorSetSummary(String id, String name, String version, LocalDate validFrom, boolean isDefault) {
        this(id, name, version, validFrom, isDefault, 0, 0, null, false);
    }
}
