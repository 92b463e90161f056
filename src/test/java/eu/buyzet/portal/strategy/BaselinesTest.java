package eu.buyzet.portal.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.buyzet.portal.contract.ContractId;
import eu.buyzet.portal.contract.MappedContract;
import eu.buyzet.portal.footprint.calculator.CvdClass;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.EnergyUnit;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FlowResult;
import eu.buyzet.portal.footprint.calculator.FootprintResult;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.OrganisationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class BaselinesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final Flow A_FLOW = Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 100, 10);

    private static FlowResult flow(double vkm, double wtw, double ttw, @Nullable Double nox, double zeroShare, CvdClass cvd,
                                   @Nullable Double energy, EnergyUnit unit) {
        return new FlowResult(vkm, null, energy, unit, wtw, wtw - ttw, ttw, nox, nox == null ? null : nox / 10,
                zeroShare, cvd, false, null);
    }

    private static MappedContract contract(long id, @Nullable Double trips, List<FlowResult> flows) {
        FootprintResult result = flows.isEmpty() ? null : new FootprintResult("set-1", "Set one", "1", flows,
                flows.size() == 1 ? flows.getFirst() : total(flows), null);
        return new MappedContract(ContractId.of(id), OrganisationId.of(1), "Etat", "Kontrakt " + id, null,
                List.of(CpvCode.parse("90511000-2")), "Leverandør", null, "NOK", null,
                flows.isEmpty() ? List.of() : List.of(A_FLOW), result, trips, null, "", Instant.EPOCH, 0);
    }

    private static FlowResult total(List<FlowResult> flows) {
        double vkm = flows.stream().mapToDouble(FlowResult::vehicleKm).sum();
        double wtw = flows.stream().mapToDouble(FlowResult::co2eWtwKg).sum();
        double ttw = flows.stream().mapToDouble(FlowResult::co2eTtwKg).sum();
        Double nox = flows.stream().anyMatch(f -> f.noxG() == null) ? null
                : flows.stream().mapToDouble(f -> Objects.requireNonNull(f.noxG())).sum();
        return flow(vkm, wtw, ttw, nox, 0, CvdClass.NEITHER, null, EnergyUnit.NONE);
    }

    @Test
    void the_baseline_sums_the_contracts_and_counts_those_without_flows_apart() {
        AreaBaseline b = Objects.requireNonNull(Baselines.of(List.of(
                contract(1, 100.0, List.of(flow(1000, 300, 250, 50.0, 0, CvdClass.NEITHER, 80.0, EnergyUnit.LITRE))),
                contract(2, 50.0, List.of(flow(3000, 100, 0, 0.0, 1, CvdClass.ZERO_EMISSION, 600.0, EnergyUnit.KWH))),
                contract(3, null, List.of())), TODAY));
        assertThat(b.contracts()).isEqualTo(3);
        assertThat(b.contractsWithoutFlows()).isEqualTo(1);
        assertThat(b.factorSetId()).isEqualTo("set-1");
        ScenarioFigures f = b.figures();
        assertThat(f.year()).isEqualTo(2026);
        assertThat(f.trips()).isEqualTo(150.0);
        assertThat(f.vehicleKm()).isEqualTo(4000.0);
        assertThat(f.co2eWtwKg()).isEqualTo(400.0);
        assertThat(f.co2eTailpipeKg()).isEqualTo(250.0);
        assertThat(f.noxG()).isEqualTo(50.0);
        assertThat(f.zeroEmissionSharePercent()).isCloseTo(75.0, within(1e-9));
        assertThat(f.cvdCleanSharePercent()).isCloseTo(75.0, within(1e-9));
        // litres of diesel and kWh do not add up
        assertThat(b.energyKwh()).isNull();
    }

    @Test
    void nox_is_unknown_when_one_contract_is_not_covered_and_energy_counts_when_all_is_in_kwh() {
        AreaBaseline b = Objects.requireNonNull(Baselines.of(List.of(
                contract(1, null, List.of(flow(1000, 0, 0, null, 1, CvdClass.ZERO_EMISSION, 200.0, EnergyUnit.KWH))),
                contract(2, null, List.of(flow(500, 0, 0, 5.0, 1, CvdClass.NOT_COVERED, 100.0, EnergyUnit.KWH)))), TODAY));
        assertThat(b.figures().noxG()).isNull();
        assertThat(b.figures().pmG()).isNull();
        assertThat(b.figures().trips()).isNull();
        assertThat(b.energyKwh()).isEqualTo(300.0);
        // cargo bikes and other vehicles outside the directive are outside its share
        assertThat(b.figures().cvdCleanSharePercent()).isEqualTo(100.0);
    }

    @Test
    void an_area_of_contracts_without_flows_has_an_empty_baseline_and_no_contracts_none() {
        AreaBaseline b = Objects.requireNonNull(Baselines.of(List.of(contract(1, null, List.of())), TODAY));
        assertThat(b.contractsWithoutFlows()).isEqualTo(1);
        assertThat(b.figures().vehicleKm()).isZero();
        assertThat(Baselines.of(List.of(), TODAY)).isNull();
    }
}
