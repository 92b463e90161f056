package eu.buyzet.portal.strategy;

import eu.buyzet.portal.contract.MappedContract;
import eu.buyzet.portal.footprint.calculator.CvdClass;
import eu.buyzet.portal.footprint.calculator.EnergyUnit;
import eu.buyzet.portal.footprint.calculator.FlowResult;
import eu.buyzet.portal.footprint.calculator.FootprintResult;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Sums an area's contracts' stored results into its baseline. Nothing is computed afresh: each
 * contract counts as the mapping shows it. A contract without flows is counted apart and left out
 * of the sums; NOx and PM stay unknown (null) when any contract's figure is, since not covered is
 * not zero; energy is summed only when every flow's is in kWh, since litres and kilograms of
 * different fuels do not add up.
 */
final class Baselines {

    private Baselines() {
    }

    static @Nullable AreaBaseline of(List<MappedContract> contracts, LocalDate today) {
        List<FootprintResult> results = contracts.stream().filter(c -> !c.flows().isEmpty())
                .map(MappedContract::result).filter(r -> r != null).map(r -> (FootprintResult) r).toList();
        int withoutFlows = contracts.size() - results.size();
        if (results.isEmpty()) {
            return contracts.isEmpty() ? null : new AreaBaseline("", "", today, contracts.size(), withoutFlows,
                    new ScenarioFigures(today.getYear(), null, 0, 0, 0, null, null, 0, 0), null);
        }
        double vehicleKm = 0;
        double wtw = 0;
        double tailpipe = 0;
        double zeroKm = 0;
        double cleanKm = 0;
        double coveredKm = 0;
        @Nullable Double nox = 0.0;
        @Nullable Double pm = 0.0;
        @Nullable Double energy = 0.0;
        for (FootprintResult r : results) {
            FlowResult t = r.total();
            vehicleKm += t.vehicleKm();
            wtw += t.co2eWtwKg();
            tailpipe += t.co2eTtwKg();
            nox = nox == null || t.noxG() == null ? null : nox + t.noxG();
            pm = pm == null || t.pmG() == null ? null : pm + t.pmG();
            for (FlowResult f : r.flows()) {
                zeroKm += f.vehicleKm() * f.zeroEmissionShare();
                if (f.cvdClass() != CvdClass.NOT_COVERED) {
                    coveredKm += f.vehicleKm();
                    if (f.cvdClass() == CvdClass.ZERO_EMISSION || f.cvdClass() == CvdClass.CLEAN) {
                        cleanKm += f.vehicleKm();
                    }
                }
                energy = energy == null || f.energy() == null || f.energyUnit() != EnergyUnit.KWH ? null
                        : energy + f.energy();
            }
        }
        @Nullable Double trips = contracts.stream().anyMatch(c -> c.trips() != null && !c.flows().isEmpty())
                ? contracts.stream().filter(c -> !c.flows().isEmpty()).map(MappedContract::trips)
                        .filter(t -> t != null).mapToDouble(t -> (double) t).sum()
                : null;
        FootprintResult first = results.getFirst();
        return new AreaBaseline(first.factorSetId(), first.factorSetName(), today, contracts.size(), withoutFlows,
                new ScenarioFigures(today.getYear(), trips, vehicleKm, wtw, tailpipe, nox, pm,
                        vehicleKm == 0 ? 0 : 100 * zeroKm / vehicleKm, coveredKm == 0 ? 0 : 100 * cleanKm / coveredKm),
                energy);
    }
}
