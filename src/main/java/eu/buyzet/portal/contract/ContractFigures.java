package eu.buyzet.portal.contract;

import org.jspecify.annotations.Nullable;

/**
 * A year of transport under one contract or a group of them. NOx and PM are null when no
 * contract in the group is covered by the factor set; {@code noxMissing} and {@code pmMissing}
 * count the contracts a sum leaves out, since not covered is not zero.
 *
 * @param co2eTailpipeKg the territorial tailpipe (tank-to-wheel) CO2e that Oslo's climate budget
 *     counts, as stored with the result; null only where no stored figure was read (never 0 for unknown)
 */
public record ContractFigures(@Nullable Double trips, double vehicleKm, double co2eWtwKg, @Nullable Double noxG,
                              @Nullable Double pmG, int noxMissing, int pmMissing, @Nullable Double co2eTailpipeKg) {

    public ContractFigures(@Nullable Double trips, double vehicleKm, double co2eWtwKg, @Nullable Double noxG,
                           @Nullable Double pmG, int noxMissing, int pmMissing) {
        this(trips, vehicleKm, co2eWtwKg, noxG, pmG, noxMissing, pmMissing, null);
    }

    /** The figure the ranking orders by; null when not known. */
    public @Nullable Double value(ContractMetric metric) {
        return switch (metric) {
            case TRIPS -> trips;
            case VEHICLE_KM -> vehicleKm;
            case CO2E -> co2eWtwKg;
            case NOX -> noxG;
            case PM -> pmG;
        };
    }
}
