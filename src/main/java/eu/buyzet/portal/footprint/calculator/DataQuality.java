package eu.buyzet.portal.footprint.calculator;

import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * The data-quality statement of a result (ISO 14083): which share of it rests on the factor set's
 * default energy use, on figures the supplier declared, and on figures it measured. Shares are
 * weighted by CO2e well-to-wheel, since that is the figure the statement qualifies; where the
 * flows emit nothing (human power, or zero factors) by vehicle-km, and where there is no distance
 * either, by flow. The three shares add up to 1.
 */
public record DataQuality(double defaultShare, double declaredShare, double measuredShare) {

    /**
     * A part of a flow's CO2e and what it rests on: the flow's energy figure ({@link FlowResult#energyData()}),
     * and a plug-in hybrid's grid electricity, always a figure the supplier gives (measured when the flow's
     * figures are), as a part of its own with no km (decision 062).
     */
    record Part(@Nullable EnergyData data, double co2eKg, double vehicleKm) {
    }

    static DataQuality of(List<Part> parts) {
        if (parts.isEmpty()) {
            return new DataQuality(0, 0, 0);
        }
        ToDoubleFunction<Part> weight = parts.stream().mapToDouble(Part::co2eKg).sum() > 0
                ? Part::co2eKg
                : parts.stream().mapToDouble(Part::vehicleKm).sum() > 0 ? Part::vehicleKm : p -> 1;
        double total = parts.stream().mapToDouble(weight).sum();
        return new DataQuality(share(parts, EnergyData.DEFAULT, weight, total),
                share(parts, EnergyData.DECLARED, weight, total), share(parts, EnergyData.MEASURED, weight, total));
    }

    private static double share(List<Part> parts, EnergyData kind, ToDoubleFunction<Part> weight, double total) {
        return parts.stream().filter(p -> Objects.equals(p.data(), kind)).mapToDouble(weight).sum() / total;
    }
}
