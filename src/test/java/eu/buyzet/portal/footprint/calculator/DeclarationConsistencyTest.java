package eu.buyzet.portal.footprint.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.shared.ValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Declarations whose figures contradict each other, found by issue 16's second review, are refused by their field. */
class DeclarationConsistencyTest {

    private static final FactorSet SET = TestFactorSets.everyCarrier();

    private static Flow byKm(VehicleCategory category, EnergyCarrier carrier, double vehicleKm, Integer vehicles) {
        return new Flow(category, carrier, null, null, null, vehicleKm, null, null, null, null, vehicles, false);
    }

    private static Map<String, String> refusal(Flow flow) {
        try {
            FootprintCalculator.calculate(SET, List.of(flow));
        } catch (ValidationException e) {
            return e.fieldErrors();
        }
        throw new AssertionError("accepted: " + flow);
    }

    private static FootprintResult accepted(Flow flow) {
        return FootprintCalculator.calculate(SET, List.of(flow));
    }

    @Test
    void fuel_that_undercuts_the_declared_energy_use_is_refused_and_fuel_that_agrees_is_counted() {
        Flow van = byKm(VehicleCategory.N1, EnergyCarrier.DIESEL, 5000, null).withEnergyPerKm(0.1);
        assertThat(refusal(van.withFuel(125.0, EnergyUnit.LITRE)))
                .containsEntry("flows[0].fuelPerYear", "validation.footprint.fuel-disagrees");
        assertThat(accepted(van.withFuel(520.0, EnergyUnit.LITRE)).total().energy()).isEqualTo(520.0);
    }

    @Test
    void vehicles_that_drive_less_than_a_km_each_are_refused_since_the_directives_shares_count_them() {
        assertThat(refusal(byKm(VehicleCategory.N3, EnergyCarrier.BATTERY_ELECTRIC, 0, 10_000)))
                .containsEntry("flows[0].vehicles", "validation.footprint.vehicles-without-distance");
        assertThat(accepted(byKm(VehicleCategory.N3, EnergyCarrier.BATTERY_ELECTRIC, 40_000, 2).withEnergyPerKm(1.2)).flows()).hasSize(1);
    }

    @Test
    void hvo100_declared_as_a_blend_is_refused_rather_than_counted_as_pure_hvo() {
        Flow truck = byKm(VehicleCategory.N3, EnergyCarrier.HVO100, 50_000, null).withEnergyPerKm(0.35)
                .withCvd(CvdDeclaration.biofuel(false, true));
        assertThat(refusal(truck)).containsEntry("flows[0].cvd.biofuelUnblended", "validation.footprint.hvo100-blended");
        assertThat(accepted(truck.withCvd(CvdDeclaration.biofuel(true, false))).flows().getFirst().cvdClass())
                .isEqualTo(CvdClass.CLEAN);
    }

    @Test
    void a_bus_cannot_declare_a_minibuses_energy_use_nor_a_lorry_or_bus_carry_100_tonnes() {
        assertThat(refusal(byKm(VehicleCategory.M2_M3, EnergyCarrier.DIESEL, 50_000, null).withEnergyPerKm(0.04)))
                .containsEntry("flows[0].energyPerKm", "validation.footprint.energy-per-km-range");
        assertThat(accepted(byKm(VehicleCategory.M2, EnergyCarrier.DIESEL, 50_000, null).withEnergyPerKm(0.1))
                .flows()).hasSize(1);
        assertThat(refusal(byKm(VehicleCategory.N3, EnergyCarrier.DIESEL, 50_000, null).withLoad(100.0, null, null, null)))
                .containsEntry("flows[0].payloadTonnes", "validation.footprint.payload-above-category");
        assertThat(refusal(byKm(VehicleCategory.N3, EnergyCarrier.DIESEL, 50_000, null).withLoad(20.0, 80.0, null, null)))
                .containsEntry("flows[0].payloadCapacityTonnes", "validation.footprint.payload-above-category");
        assertThat(refusal(byKm(VehicleCategory.M2_M3, EnergyCarrier.DIESEL, 50_000, null).withLoad(30.0, null, null, null)))
                .containsEntry("flows[0].payloadTonnes", "validation.footprint.payload-above-category");
    }
}
