package eu.buyzet.portal.contract;

import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import org.jspecify.annotations.Nullable;

/**
 * The vehicle groups the Clean Vehicles Directive sets its targets for: light-duty (Annex,
 * Table 3), trucks and buses (Annex, Table 4).
 */
public enum CvdGroup {
    /** M1, M2 and N1 (art. 4(3)). */
    LIGHT_DUTY,
    /** N2 and N3 (art. 4(4)). */
    TRUCK,
    /** M3 (art. 4(4)), declared as {@link VehicleCategory#M2_M3}. */
    BUS;

    /** The group of a vehicle category; null for those the directive does not cover (L, cargo bikes). */
    public static @Nullable CvdGroup of(VehicleCategory category) {
        return switch (category) {
            case M1, M2, N1 -> LIGHT_DUTY;
            case N2, N3 -> TRUCK;
            case M2_M3 -> BUS;
            case L -> null;
        };
    }

    public String messageKey() {
        return "contracts.cvd.group." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
