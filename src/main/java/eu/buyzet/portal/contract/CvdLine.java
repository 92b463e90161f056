package eu.buyzet.portal.contract;

import org.jspecify.annotations.Nullable;

/**
 * One vehicle group's shares beside the directive's target for it. The directive counts vehicles;
 * the vehicle-km they drive are counted beside them, since a fleet of clean vehicles that hardly
 * drive meets a target by number while the diesel ones do the work.
 *
 * @param vehicles the group's vehicles the directive covers, as declared (1 for a flow without a number)
 * @param vehicleKm the km those vehicles drive a year; cleanKm and zeroEmissionKm those of the clean
 *     (zero-emission included) and zero-emission ones
 * @param target the target for the chosen country and reference period; null when none is stored
 */
public record CvdLine(CvdGroup group, int vehicles, int clean, int zeroEmission, double vehicleKm, double cleanKm,
                      double zeroEmissionKm, @Nullable CvdTarget target) {

    /** A group without vehicles. */
    static CvdLine none(CvdGroup group) {
        return new CvdLine(group, 0, 0, 0, 0, 0, 0, null);
    }

    public double cleanShare() {
        return vehicles == 0 ? 0 : (double) clean / vehicles;
    }

    public double zeroEmissionShare() {
        return vehicles == 0 ? 0 : (double) zeroEmission / vehicles;
    }

    /** The share of the group's vehicle-km driven by clean vehicles, zero-emission ones included. */
    public double cleanKmShare() {
        return vehicleKm <= 0 ? 0 : cleanKm / vehicleKm;
    }

    public double zeroEmissionKmShare() {
        return vehicleKm <= 0 ? 0 : zeroEmissionKm / vehicleKm;
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
