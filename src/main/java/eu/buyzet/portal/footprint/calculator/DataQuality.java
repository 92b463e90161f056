package eu.buyzet.portal.footprint.calculator;

import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * The data-quality statement of a result (ISO 14083): which share of it rests on the factor set's
 * default energy use, on figures the supplier declared, and on figures it measured. Shares are
 * weighted by CO2e well-to-wheel, since that is the figure the statement qualifies; where the
 * flows emit nothing (human power, or zero factors) by vehicle-km, and where there is no distance
 * either, by flow. The three shares add up to 1.
 */
public record DataQuality(double defaultShare, double declaredShare, double measuredShare) {

    static DataQuality of(List<FlowResult> flows) {
        if (flows.isEmpty()) {
            return new DataQuality(0, 0, 0);
        }
        ToDoubleFunction<FlowResult> weight = flows.stream().mapToDouble(FlowResult::co2eWtwKg).sum() > 0
                ? FlowResult::co2eWtwKg
                : flows.stream().mapToDouble(FlowResult::vehicleKm).sum() > 0 ? FlowResult::vehicleKm : r -> 1;
        double total = flows.stream().mapToDouble(weight).sum();
        return new DataQuality(share(flows, EnergyData.DEFAULT, weight, total),
                share(flows, EnergyData.DECLARED, weight, total), share(flows, EnergyData.MEASURED, weight, total));
    }

    private static double share(List<FlowResult> flows, EnergyData kind, ToDoubleFunction<FlowResult> weight,
                                double total) {
        return flows.stream().filter(r -> Objects.equals(r.energyData(), kind)).mapToDouble(weight).sum() / total;
    }
}
