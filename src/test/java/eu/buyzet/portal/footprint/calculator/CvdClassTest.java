package eu.buyzet.portal.footprint.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CvdClassTest {

    private static final LocalDate LAST_DAY_OF_2025 = LocalDate.of(2025, 12, 31);
    private static final LocalDate FIRST_DAY_OF_2026 = LocalDate.of(2026, 1, 1);
    private static final CvdDeclaration HVO_DECLARED = CvdDeclaration.biofuel(true, false);

    private static CvdClass.Classified classify(VehicleCategory category, EnergyCarrier carrier,
                                                CvdDeclaration declared, LocalDate on) {
        return CvdClass.classify(category, carrier, declared, on);
    }

    @Test
    void an_m2_minibus_on_declared_hvo_is_light_duty_and_not_clean_while_an_m3_bus_is() {
        assertThat(classify(VehicleCategory.M2, EnergyCarrier.HVO100, HVO_DECLARED, FIRST_DAY_OF_2026))
                .isEqualTo(new CvdClass.Classified(CvdClass.NEITHER, CvdReason.LIGHT_DUTY_ZERO_EMISSION_ONLY));
        assertThat(classify(VehicleCategory.M2_M3, EnergyCarrier.HVO100, HVO_DECLARED, FIRST_DAY_OF_2026))
                .isEqualTo(new CvdClass.Classified(CvdClass.CLEAN, CvdReason.HEAVY_DUTY_BIOFUEL_DECLARED));
    }

    @Test
    void a_light_duty_plug_in_hybrid_of_50_g_is_clean_and_of_51_g_is_not_until_the_end_of_2025() {
        assertThat(classify(VehicleCategory.N1, EnergyCarrier.DIESEL, CvdDeclaration.plugInHybrid(50, 80),
                LAST_DAY_OF_2025)).isEqualTo(new CvdClass.Classified(CvdClass.CLEAN,
                CvdReason.LIGHT_DUTY_WITHIN_THRESHOLDS));
        assertThat(classify(VehicleCategory.M1, EnergyCarrier.PETROL, CvdDeclaration.plugInHybrid(51, 80),
                LAST_DAY_OF_2025)).isEqualTo(new CvdClass.Classified(CvdClass.NEITHER,
                CvdReason.LIGHT_DUTY_ABOVE_THRESHOLDS));
        assertThat(classify(VehicleCategory.M2, EnergyCarrier.PETROL, CvdDeclaration.plugInHybrid(50, 81),
                LAST_DAY_OF_2025).cvdClass()).as("over 80 % of the RDE limits").isEqualTo(CvdClass.NEITHER);
    }

    @Test
    void from_1_january_2026_a_light_duty_plug_in_hybrid_of_50_g_is_no_longer_clean() {
        assertThat(classify(VehicleCategory.N1, EnergyCarrier.DIESEL, CvdDeclaration.plugInHybrid(50, 80),
                FIRST_DAY_OF_2026)).isEqualTo(new CvdClass.Classified(CvdClass.NEITHER,
                CvdReason.LIGHT_DUTY_ZERO_EMISSION_ONLY));
        assertThat(classify(VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC, CvdDeclaration.NONE,
                FIRST_DAY_OF_2026).cvdClass()).isEqualTo(CvdClass.ZERO_EMISSION);
    }

    @Test
    void a_light_duty_vehicle_without_its_type_approval_figures_is_not_clean_before_2026() {
        assertThat(classify(VehicleCategory.N1, EnergyCarrier.PETROL, CvdDeclaration.NONE, LAST_DAY_OF_2025))
                .isEqualTo(new CvdClass.Classified(CvdClass.NEITHER, CvdReason.LIGHT_DUTY_THRESHOLDS_NOT_DECLARED));
    }

    @Test
    void heavy_duty_hvo_is_clean_only_when_declared_unblended_and_free_of_high_iluc_feedstock() {
        assertThat(classify(VehicleCategory.N3, EnergyCarrier.HVO100, HVO_DECLARED, FIRST_DAY_OF_2026).cvdClass())
                .isEqualTo(CvdClass.CLEAN);
        assertThat(classify(VehicleCategory.N3, EnergyCarrier.HVO100, CvdDeclaration.NONE, FIRST_DAY_OF_2026))
                .isEqualTo(new CvdClass.Classified(CvdClass.NEITHER, CvdReason.HEAVY_DUTY_BIOFUEL_NOT_DECLARED));
        assertThat(classify(VehicleCategory.N2, EnergyCarrier.HVO100, CvdDeclaration.biofuel(false, false),
                FIRST_DAY_OF_2026)).isEqualTo(new CvdClass.Classified(CvdClass.NEITHER,
                CvdReason.HEAVY_DUTY_BIOFUEL_EXCLUDED));
        assertThat(classify(VehicleCategory.N2, EnergyCarrier.HVO100, CvdDeclaration.biofuel(true, true),
                FIRST_DAY_OF_2026).cvdClass()).as("palm oil").isEqualTo(CvdClass.NEITHER);
    }

    @Test
    void heavy_duty_biogas_is_natural_gas_to_the_directive_unless_declared_from_high_iluc_feedstock() {
        assertThat(classify(VehicleCategory.M2_M3, EnergyCarrier.BIOGAS, CvdDeclaration.NONE, FIRST_DAY_OF_2026))
                .isEqualTo(new CvdClass.Classified(CvdClass.CLEAN, CvdReason.HEAVY_DUTY_GAS));
        assertThat(classify(VehicleCategory.M2_M3, EnergyCarrier.BIOGAS, CvdDeclaration.biofuel(true, true),
                FIRST_DAY_OF_2026).cvdClass()).isEqualTo(CvdClass.NEITHER);
    }

    @Test
    void the_calculator_classifies_by_the_award_date_and_by_the_second_period_without_one() {
        List<Flow> phev = List.of(Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 100, 10)
                .withCvd(CvdDeclaration.plugInHybrid(45, 60)).withElectricity(0.0));
        FlowResult in2025 = FootprintCalculator.calculate(FootprintCalculatorTest.SET, phev, LAST_DAY_OF_2025)
                .flows().getFirst();
        assertThat(in2025.cvdClass()).isEqualTo(CvdClass.CLEAN);
        assertThat(in2025.cvdReason()).isEqualTo(CvdReason.LIGHT_DUTY_WITHIN_THRESHOLDS);
        FlowResult now = FootprintCalculator.calculate(FootprintCalculatorTest.SET, phev).flows().getFirst();
        assertThat(now.cvdClass()).isEqualTo(CvdClass.NEITHER);
        assertThat(now.co2eWtwKg()).as("CO2e counts the fossil carrier, not the type-approval figure")
                .isEqualTo(in2025.co2eWtwKg()).isPositive();
    }

    @Test
    void a_negative_type_approval_figure_is_refused_by_its_field() {
        List<Flow> phev = List.of(Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 100, 10)
                .withCvd(CvdDeclaration.plugInHybrid(-1, 60)));
        try {
            FootprintCalculator.calculate(FootprintCalculatorTest.SET, phev, LAST_DAY_OF_2025);
            throw new AssertionError("expected a refusal");
        } catch (eu.buyzet.portal.shared.ValidationException e) {
            assertThat(e.fieldErrors()).containsKey("flows[0].cvd.typeApprovalCo2GPerKm");
        }
    }

    @Test
    void a_minibus_may_declare_a_minibuses_energy_use_and_a_bus_may_not() {
        EnergyUseRanges.Range minibus = EnergyUseRanges.of(VehicleCategory.M2, EnergyCarrier.DIESEL).orElseThrow();
        EnergyUseRanges.Range bus = EnergyUseRanges.of(VehicleCategory.M2_M3, EnergyCarrier.DIESEL).orElseThrow();
        assertThat(minibus.accepts(0.1)).isTrue();
        assertThat(bus.accepts(0.1)).as("a bus at a third of a coach's use").isFalse();
        assertThat(bus.accepts(0.3475)).as("the bus's default").isTrue();
        assertThat(minibus.accepts(0.3475)).as("the minibus takes the bus's default").isTrue();
    }

    @Test
    void a_combustion_van_declaring_a_plug_in_hybrids_co2_without_being_one_is_refused_not_classed_clean() {
        Flow diesel = Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 100, 10)
                .withCvd(new CvdDeclaration(null, 0.0, 60.0, null, null));
        assertThat(refusal(diesel)).containsEntry("flows[0].cvd.typeApprovalCo2GPerKm",
                "validation.footprint.cvd-co2-needs-plug-in");
        Flow declaredHybrid = diesel.withCvd(CvdDeclaration.plugInHybrid(0, 60)).withElectricity(0.0);
        assertThat(FootprintCalculator.calculate(FootprintCalculatorTest.SET, List.of(declaredHybrid), LAST_DAY_OF_2025)
                .flows().getFirst().cvdClass()).isEqualTo(CvdClass.CLEAN);
        Flow honest = diesel.withCvd(new CvdDeclaration(null, 120.0, 60.0, null, null));
        assertThat(FootprintCalculator.calculate(FootprintCalculatorTest.SET, List.of(honest), LAST_DAY_OF_2025)
                .flows().getFirst().cvdReason()).isEqualTo(CvdReason.LIGHT_DUTY_ABOVE_THRESHOLDS);
    }

    @Test
    void type_approval_and_real_driving_figures_beyond_any_vehicle_are_refused_by_their_fields() {
        Flow absurd = Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 100, 10)
                .withCvd(new CvdDeclaration(true, 1e308, 1e308, null, null));
        assertThat(refusal(absurd)).containsEntry("flows[0].cvd.typeApprovalCo2GPerKm",
                "validation.footprint.cvd-co2-range").containsEntry("flows[0].cvd.rdePercentOfLimits",
                "validation.footprint.cvd-rde-range");
    }

    @Test
    void absurdly_many_trips_are_refused_even_at_zero_km_a_trip() {
        Flow nowhere = Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 1e200, 0);
        assertThat(refusal(nowhere)).containsEntry("flows[0].tripsPerYear", "validation.footprint.absurd-trips");
    }

    private static java.util.Map<String, String> refusal(Flow flow) {
        try {
            FootprintCalculator.calculate(FootprintCalculatorTest.SET, List.of(flow), LAST_DAY_OF_2025);
        } catch (eu.buyzet.portal.shared.ValidationException e) {
            return e.fieldErrors();
        }
        throw new AssertionError("expected a refusal");
    }
}
