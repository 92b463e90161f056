package eu.buyzet.portal.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.shared.ValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FOA §7-9: climate and environment weigh at least 30 %, or a requirement in the specification instead. */
class ClimateWeightingCheckTest {

    @Test
    void a_weight_of_30_percent_meets_the_rule_and_29_does_not() {
        assertThat(ClimateWeightingCheck.of(List.of(award(30))))
                .isEqualTo(ClimateWeighting.AWARD_CRITERION_AT_LEAST_30);
        assertThat(ClimateWeightingCheck.of(List.of(award(29)))).isEqualTo(ClimateWeighting.NOT_MET);
    }

    @Test
    void the_whole_award_weighted_on_climate_meets_the_rule() {
        assertThat(ClimateWeightingCheck.of(List.of(award(100))))
                .isEqualTo(ClimateWeighting.AWARD_CRITERION_AT_LEAST_30);
    }

    @Test
    void a_zero_emission_specification_with_its_reason_meets_the_rule_alone() {
        assertThat(ClimateWeightingCheck.of(List.of(specification("Zero-emission trucks exist from three makers; "
                + "a requirement removes all tailpipe emissions, a criterion only rewards fewer"))))
                .isEqualTo(ClimateWeighting.SPECIFICATION_REQUIREMENT);
    }

    @Test
    void a_specification_takes_the_place_of_a_weight_below_30_percent() {
        assertThat(ClimateWeightingCheck.of(List.of(award(10), specification("Better effect: no exhaust at all"))))
                .isEqualTo(ClimateWeighting.SPECIFICATION_REQUIREMENT);
    }

    @Test
    void a_weight_of_30_percent_is_named_first_when_the_strategy_also_specifies() {
        assertThat(ClimateWeightingCheck.of(List.of(specification("Why"), award(35))))
                .isEqualTo(ClimateWeighting.AWARD_CRITERION_AT_LEAST_30);
    }

    @Test
    void a_specification_without_the_reason_the_documents_must_give_does_not_meet_the_rule() {
        assertThat(ClimateWeightingCheck.of(List.of(specification("  ")))).isEqualTo(ClimateWeighting.NOT_MET);
    }

    @Test
    void other_instruments_alone_do_not_meet_the_rule() {
        assertThat(ClimateWeightingCheck.of(List.of(new ChosenInstrument(Instrument.CARGO_BIKES, null, null,
                "Light loads", "Winter", List.of())))).isEqualTo(ClimateWeighting.NOT_MET);
        assertThat(ClimateWeightingCheck.of(List.of())).isEqualTo(ClimateWeighting.NOT_MET);
    }

    @Test
    void a_weight_outside_0_to_100_or_missing_is_refused_under_its_field() {
        assertThatThrownBy(() -> ClimateWeightingCheck.of(List.of(award(101), specification("Why"), award(-1),
                new ChosenInstrument(Instrument.AWARD_CRITERION, null, null, "Why", "", List.of()))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsExactlyInAnyOrderEntriesOf(Map.of(
                                "instruments[0].weightPercent", "validation.strategy.weight-range",
                                "instruments[2].weightPercent", "validation.strategy.weight-range",
                                "instruments[3].weightPercent", "validation.strategy.weight-required")));
        assertThat(ClimateWeightingCheck.of(List.of(award(0)))).isEqualTo(ClimateWeighting.NOT_MET);
    }

    private static ChosenInstrument award(int weight) {
        return new ChosenInstrument(Instrument.AWARD_CRITERION, null, weight, "Climate weighs in the award", "",
                List.of());
    }

    private static ChosenInstrument specification(String rationale) {
        return new ChosenInstrument(Instrument.ZERO_EMISSION_SPECIFICATION, LocalDate.of(2028, 1, 1), null, rationale,
                "Few suppliers", List.of());
    }
}
