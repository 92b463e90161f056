package eu.buyzet.portal.footprint.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CvdSharesTest {

    private static Flow flow(VehicleCategory category, EnergyCarrier carrier, int vehicles) {
        return new Flow(category, carrier, null, null, null, 10_000.0 * vehicles,
                category == VehicleCategory.L ? 0.05 : null, null, null, null, vehicles, false);
    }

    @Test
    void shares_count_declared_vehicles_and_leave_cargo_bikes_out() {
        List<Flow> flows = List.of(flow(VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC, 3),
                flow(VehicleCategory.N1, EnergyCarrier.DIESEL, 1).withCvd(CvdDeclaration.plugInHybrid(40, 50))
                        .withElectricity(0.0),
                flow(VehicleCategory.N1, EnergyCarrier.DIESEL, 4),
                flow(VehicleCategory.L, EnergyCarrier.BATTERY_ELECTRIC, 10));
        FootprintResult r = FootprintCalculator.calculate(FootprintCalculatorTest.SET, flows, LocalDate.of(2025, 6, 1));
        CvdShares shares = CvdShares.of(flows, r.flows());
        assertThat(shares.vehicles()).isEqualTo(8);
        assertThat(shares.cleanShare()).isCloseTo(4.0 / 8, within(1e-12));
        assertThat(shares.zeroEmissionShare()).isCloseTo(3.0 / 8, within(1e-12));
    }

    @Test
    void without_a_vehicle_the_directive_covers_the_shares_are_zero_of_zero() {
        List<Flow> flows = List.of(flow(VehicleCategory.L, EnergyCarrier.BATTERY_ELECTRIC, 2));
        CvdShares shares = CvdShares.of(flows, FootprintCalculator.calculate(FootprintCalculatorTest.SET, flows).flows());
        assertThat(shares).isEqualTo(new CvdShares(0, 0, 0));
    }
}
