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
                .containsEntry("flows[0].payloadTonnes", "validation.footprint.payload-above-road-limit");
        assertThat(refusal(byKm(VehicleCategory.N3, EnergyCarrier.DIESEL, 50_000, null).withLoad(20.0, 80.0, null, null)))
                .containsEntry("flows[0].payloadCapacityTonnes", "validation.footprint.payload-above-road-limit");
        assertThat(refusal(byKm(VehicleCategory.M2_M3, EnergyCarrier.DIESEL, 50_000, null).withLoad(30.0, null, null, null)))
                .containsEntry("flows[0].payloadTonnes", "validation.footprint.payload-above-road-limit");
    }

    @Test
    void a_car_or_an_l_vehicle_cannot_carry_a_lorrys_load_into_a_lorrys_co2e_per_tonne_km() {
        assertThat(refusal(byKm(VehicleCategory.M1, EnergyCarrier.DIESEL, 10_000, null).withLoad(50.0, null, null, null)))
                .containsEntry("flows[0].payloadTonnes", "validation.footprint.payload-above-car");
        assertThat(refusal(byKm(VehicleCategory.L, EnergyCarrier.PETROL, 10_000, null).withLoad(99.0, null, null, null)))
                .containsEntry("flows[0].payloadTonnes", "validation.footprint.payload-above-light-vehicle");
        assertThat(refusal(byKm(VehicleCategory.L, EnergyCarrier.BATTERY_ELECTRIC, 10_000, null)
                .withLoad(0.2, null, 10.0, null))).containsEntry("flows[0].loadFactorPercent",
                "validation.footprint.load-factor-implies-capacity");
        assertThat(accepted(byKm(VehicleCategory.M1, EnergyCarrier.DIESEL, 10_000, null).withEnergyPerKm(0.06)
                .withLoad(0.4, null, null, null)).total().tonneKm()).isEqualTo(4000.0);
        assertThat(accepted(byKm(VehicleCategory.L, EnergyCarrier.BATTERY_ELECTRIC, 10_000, null).withEnergyPerKm(0.05)
                .withLoad(0.25, null, null, null)).total().tonneKm()).isEqualTo(2500.0);
    }

    @Test
    void a_payload_of_less_than_a_gram_is_refused_by_the_field_that_gives_it_instead_of_dividing_by_nothing() {
        Flow van = byKm(VehicleCategory.N1, EnergyCarrier.DIESEL, 10_000, null).withEnergyPerKm(0.1);
        assertThat(refusal(van.withLoad(1e-300, null, null, null)))
                .containsEntry("flows[0].payloadTonnes", "validation.footprint.payload-too-small");
        assertThat(refusal(van.withLoad(null, 1e-300, null, null)))
                .containsEntry("flows[0].payloadCapacityTonnes", "validation.footprint.payload-too-small");
        assertThat(refusal(van.withLoad(null, 1.0, 1e-300, null)))
                .containsEntry("flows[0].loadFactorPercent", "validation.footprint.load-factor-implies-too-little");
        assertThat(accepted(van.withLoad(0.001, null, null, null)).total().tonneKm()).isEqualTo(10.0);
        assertThat(accepted(van.withLoad(0.00002, null, null, null)).flows()).as("a courier's letters").hasSize(1);
        assertThat(accepted(van.withLoad(null, 0.0, 50.0, null)).total().tonneKm()).as("nothing to carry").isZero();
        assertThat(accepted(van.withLoad(0.0, 1.0, null, null)).total().tonneKm()).isEqualTo(0.0);
    }
}
