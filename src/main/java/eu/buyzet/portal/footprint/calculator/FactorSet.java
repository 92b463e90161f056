package eu.buyzet.portal.footprint.calculator;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The figures a footprint is computed with, versioned as a whole. The boundary is well-to-wheel:
 * well-to-tank (producing and delivering the energy) plus tank-to-wheel (using it in the
 * vehicle). A figure the set does not have is absent, never zero: the calculator then asks for
 * it or reports the result as not covered.
 *
 * @param carriers per energy carrier, kg CO2e per unit (litre, kg or kWh)
 * @param vehicles per vehicle category and carrier: default energy use and pollutants per km
 */
public record FactorSet(String id, String name, String version, LocalDate validFrom, String boundary,
                        String gwpBasis, String electricityBasis, Map<EnergyCarrier, CarrierFactors> carriers,
                        Map<VehicleKey, VehicleFactors> vehicles) {

    public FactorSet {
        carriers = Map.copyOf(carriers);
        vehicles = Map.copyOf(vehicles);
    }

    /** Emissions per unit of an energy carrier, split into well-to-tank and tank-to-wheel. */
    public record CarrierFactors(EnergyCarrier carrier, Sourced wttKgPerUnit, Sourced ttwKgPerUnit) {
        public EnergyUnit unit() {
            return carrier.unit();
        }
    }

    public record VehicleKey(VehicleCategory category, EnergyCarrier carrier) {
    }

    /**
     * Defaults for one vehicle category on one carrier; any of them may be absent (null).
     * PM is exhaust plus, where known, non-exhaust (brakes, tyres, road), which battery vehicles emit too.
     */
    public record VehicleFactors(VehicleKey key, @Nullable Sourced energyPerKm, @Nullable Sourced noxGPerKm,
                                 @Nullable Sourced pmExhaustGPerKm, @Nullable Sourced pmNonExhaustGPerKm) {
    }

    public Optional<CarrierFactors> carrier(EnergyCarrier carrier) {
        return Optional.ofNullable(carriers.get(carrier));
    }

    public Optional<VehicleFactors> vehicle(VehicleCategory category, EnergyCarrier carrier) {
        return Optional.ofNullable(vehicles.get(new VehicleKey(category, carrier)));
    }
}
