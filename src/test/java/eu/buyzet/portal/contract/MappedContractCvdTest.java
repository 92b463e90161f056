package eu.buyzet.portal.contract;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.footprint.calculator.CvdShares;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FootprintCalculator;
import eu.buyzet.portal.footprint.calculator.FootprintResult;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.OrganisationId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class MappedContractCvdTest {

    private static MappedContract contract(String cpv, List<Flow> flows, @Nullable FootprintResult result) {
        return new MappedContract(ContractId.of(1), OrganisationId.of(1), "Oslo kommune", "Avfallshenting", null,
                List.of(CpvCode.parse(cpv)), "Renovasjon AS", null, "NOK", null, flows, result, null, null, "Kari",
                Instant.EPOCH, 1);
    }

    private static Flow flow(EnergyCarrier carrier, int vehicles) {
        return new Flow(VehicleCategory.N1, carrier, null, null, null, 10_000.0 * vehicles, 0.1 * (carrier
                == EnergyCarrier.BATTERY_ELECTRIC ? 2 : 1), null, null, null, vehicles, false);
    }

    @Test
    void a_refuse_collection_contract_is_in_scope_and_a_cleaning_one_is_not() {
        assertThat(contract("90511000-2", List.of(), null).inCvdScope()).isTrue();
        assertThat(contract("90910000-9", List.of(), null).inCvdScope()).isFalse();
    }

    @Test
    void the_shares_come_from_the_stored_result_by_vehicles_and_none_without_a_result() {
        List<Flow> flows = List.of(flow(EnergyCarrier.BATTERY_ELECTRIC, 1), flow(EnergyCarrier.DIESEL, 3));
        FootprintResult result = FootprintCalculator.calculate(
                eu.buyzet.portal.footprint.calculator.TestFactorSets.simple(), flows);
        assertThat(contract("90511000-2", flows, result).cvdShares()).isEqualTo(new CvdShares(4, 0.25, 0.25));
        assertThat(contract("90511000-2", flows, null).cvdShares()).isNull();
    }
}
