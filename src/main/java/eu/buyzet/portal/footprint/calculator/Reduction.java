package eu.buyzet.portal.footprint.calculator;

import org.jspecify.annotations.Nullable;

/**
 * How much a solution saves against the baseline it replaces, per year: absolute (baseline minus
 * solution, positive when it saves) and relative in percent of the baseline (null when the
 * baseline is zero or not covered). The tailpipe (tank-to-wheel) saving stands beside the
 * well-to-wheel one because Oslo's climate budget counts the territorial tailpipe figure (issue 16).
 */
public record Reduction(double vehicleKm, double co2eWtwKg, @Nullable Double co2eWtwPercent, @Nullable Double noxG,
                        @Nullable Double noxPercent, @Nullable Double pmG, @Nullable Double pmPercent,
                        double co2eTailpipeKg, @Nullable Double co2eTailpipePercent) {

    public static Reduction between(FlowResult baseline, FlowResult solution) {
        return new Reduction(baseline.vehicleKm() - solution.vehicleKm(),
                baseline.co2eWtwKg() - solution.co2eWtwKg(), percent(baseline.co2eWtwKg(), solution.co2eWtwKg()),
                difference(baseline.noxG(), solution.noxG()), percent(baseline.noxG(), solution.noxG()),
                difference(baseline.pmG(), solution.pmG()), percent(baseline.pmG(), solution.pmG()),
                baseline.co2eTtwKg() - solution.co2eTtwKg(), percent(baseline.co2eTtwKg(), solution.co2eTtwKg()));
    }

    private static @Nullable Double difference(@Nullable Double baseline, @Nullable Double solution) {
        return baseline == null || solution == null ? null : baseline - solution;
    }

    private static @Nullable Double percent(@Nullable Double baseline, @Nullable Double solution) {
        if (baseline == null || solution == null || baseline == 0) {
            return null;
        }
        return 100.0 * (baseline - solution) / baseline;
    }
}
