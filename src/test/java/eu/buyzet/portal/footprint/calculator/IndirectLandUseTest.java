package eu.buyzet.portal.footprint.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Indirect land-use change of HVO from high-ILUC-risk feedstock: beside the footprint, never in it (decision 063). */
class IndirectLandUseTest {

    private static final FactorSet SET = TestFactorSets.everyCarrier();

    private static Flow hvoTruck(double litres, CvdDeclaration declared) {
        return new Flow(VehicleCategory.N3, EnergyCarrier.HVO100, null, null, null, 50_000.0, null, litres,
                EnergyUnit.LITRE, null, null, false).withCvd(declared);
    }

    @Test
    void hvo_from_high_iluc_risk_feedstock_carries_its_estimate_beside_an_unchanged_footprint() {
        FlowResult palmOil = FootprintCalculator.calculate(SET, List.of(hvoTruck(20_000, CvdDeclaration.biofuel(true, true))))
                .flows().getFirst();
        FlowResult waste = FootprintCalculator.calculate(SET, List.of(hvoTruck(20_000, CvdDeclaration.biofuel(true, false))))
                .flows().getFirst();
        // 20,000 l × 34 MJ/l × 55 g/MJ
        assertThat(palmOil.co2eIndirectLandUseKg()).isCloseTo(37_400, within(1e-9));
        assertThat(palmOil.co2eWtwKg()).as("not added to the footprint").isEqualTo(waste.co2eWtwKg());
        assertThat(waste.co2eIndirectLandUseKg()).isNull();
    }

    @Test
    void undeclared_feedstock_and_other_carriers_have_no_estimate() {
        assertThat(FootprintCalculator.calculate(SET, List.of(hvoTruck(20_000, CvdDeclaration.NONE))).total()
                .co2eIndirectLandUseKg()).isNull();
        Flow biogas = new Flow(VehicleCategory.N3, EnergyCarrier.BIOGAS, null, null, null, 50_000.0, null, 15_000.0,
                EnergyUnit.KG, null, null, false).withCvd(CvdDeclaration.biofuel(true, true));
        assertThat(FootprintCalculator.calculate(SET, List.of(biogas)).total().co2eIndirectLandUseKg()).isNull();
    }

    @Test
    void a_total_sums_the_flows_that_have_an_estimate() {
        FootprintResult r = FootprintCalculator.calculate(SET, List.of(hvoTruck(20_000, CvdDeclaration.biofuel(true, true)),
                hvoTruck(10_000, CvdDeclaration.biofuel(true, false)), hvoTruck(10_000, CvdDeclaration.biofuel(true, true))));
        assertThat(r.total().co2eIndirectLandUseKg()).isCloseTo(30_000 * 34 * 55 / 1_000.0, within(1e-9));
    }

    @Test
    void both_figures_name_the_directives_annex_they_come_from() {
        assertThat(IndirectLandUse.OIL_CROPS_G_PER_MJ.source()).contains("Annex VIII, Part A", "Oil crops", "55");
        assertThat(IndirectLandUse.HVO_MJ_PER_LITRE.source()).contains("Annex III", "34 MJ/l");
    }
}
