package eu.buyzet.portal.strategy;

import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import org.jspecify.annotations.Nullable;

/**
 * Where a computed year differs from what the strategy planned, and why, so that a reader of the
 * figures is not misled: the scenario reports what it could compute and never fills a gap with a
 * guess.
 *
 * @param category the vehicle category concerned; null for {@link Kind#NO_LIGHT_VEHICLES}
 * @param vehicleKm the vehicle-km a year concerned
 */
public record ScenarioNote(int year, Kind kind, @Nullable VehicleCategory category, double vehicleKm) {

    public enum Kind {
        /**
         * Vehicle-km of this category stayed on combustion: the factor set has no default energy use
         * for a battery-electric vehicle of the category (or no factor for electricity), so the
         * zero-emission share planned is reached only as far as the other categories carry it.
         */
        NO_BATTERY_DEFAULT,
        /** A cargo-bike share is planned but the area has no trips by cars or vans to move. */
        NO_LIGHT_VEHICLES
    }
}
