package eu.buyzet.portal.strategy;

import eu.buyzet.portal.shared.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a strategy's instruments meet the Norwegian procurement regulation §7-9 (forskrift om
 * offentlige anskaffelser, as in force from 1 January 2024). Its second paragraph: climate and
 * environment weigh at least 30 % among the award criteria. Its fourth: that weight may give way to
 * climate and environment requirements in the technical specification when it is clear that they
 * give a better climate and environmental effect, and the procurement documents say why.
 *
 * <p>So an {@link Instrument#AWARD_CRITERION} at 30 % or more meets the rule; failing that, an
 * {@link Instrument#ZERO_EMISSION_SPECIFICATION} whose reason is written (the "why" the documents
 * must carry; a zero-emission requirement removes the tailpipe emissions an award criterion only
 * rewards, which is the usual case for better effect). A weight of 29 % and no specification does
 * not meet it, however close. Pure: the strategy's editor, its adoption and its exports ask the same
 * question and get the same answer.
 */
public final class ClimateWeightingCheck {

    /** The least weight §7-9 (2) allows for climate and environment, in percent. */
    public static final int MINIMUM_WEIGHT_PERCENT = 30;

    private ClimateWeightingCheck() {
    }

    /**
     * How the instruments meet §7-9.
     *
     * @throws ValidationException under {@code instruments[i].weightPercent} when an award criterion
     *     has no weight or one outside 0–100
     */
    public static ClimateWeighting of(List<ChosenInstrument> instruments) {
        Map<String, String> errors = new LinkedHashMap<>();
        boolean weighted = false;
        boolean specified = false;
        for (int i = 0; i < instruments.size(); i++) {
            ChosenInstrument c = instruments.get(i);
            if (c.instrument() == Instrument.AWARD_CRITERION) {
                Integer weight = c.weightPercent();
                if (weight == null) {
                    errors.put("instruments[" + i + "].weightPercent", "validation.strategy.weight-required");
                } else if (weight < 0 || weight > 100) {
                    errors.put("instruments[" + i + "].weightPercent", "validation.strategy.weight-range");
                } else if (weight >= MINIMUM_WEIGHT_PERCENT) {
                    weighted = true;
                }
            } else if (c.instrument() == Instrument.ZERO_EMISSION_SPECIFICATION && !c.rationale().isBlank()) {
                specified = true;
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (weighted) {
            return ClimateWeighting.AWARD_CRITERION_AT_LEAST_30;
        }
        return specified ? ClimateWeighting.SPECIFICATION_REQUIREMENT : ClimateWeighting.NOT_MET;
    }
}
