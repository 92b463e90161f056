package eu.buyzet.portal.contract;

import org.jspecify.annotations.Nullable;

/**
 * One vehicle group's shares beside the directive's target for it.
 *
 * @param vehicles the group's vehicles the directive covers, as declared (1 for a flow without a number)
 * @param target the target for the chosen country and reference period; null when none is stored
 */
public record CvdLine(CvdGroup group, int vehicles, int clean, int zeroEmission, @Nullable CvdTarget target) {

    public double cleanShare() {
        return vehicles == 0 ? 0 : (double) clean / vehicles;
    }

    public double zeroEmissionShare() {
        return vehicles == 0 ? 0 : (double) zeroEmission / vehicles;
    }

    /** Whether the clean share reaches the target; null when there is no target or no vehicle. */
    public @Nullable Boolean cleanMet() {
        return target == null || vehicles == 0 ? null : cleanShare() * 100 >= target.cleanMinPercent() - 1e-9;
    }

    /** Whether the zero-emission share reaches its part of the target; null when none is stored. */
    public @Nullable Boolean zeroEmissionMet() {
        return target == null || target.zeroEmissionMinPercent() == null || vehicles == 0 ? null
                : zeroEmissionShare() * 100 >= target.zeroEmissionMinPercent() - 1e-9;
    }
}
