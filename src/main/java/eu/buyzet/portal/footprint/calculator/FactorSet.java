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
 * @param vehicles per vehicle category and carrier: default energy use and, for sets that do not
 *     split them by Euro stage, pollutants per km
 * @param exhaust per vehicle category, carrier and Euro stage: NOx and PM2.5 from the tailpipe
 * @param wear per vehicle category and wear source: non-exhaust PM2.5 and PM10
 * @param defaultEuroClass the stage taken when a flow names none: the set's conservative choice,
 *     and every result that rests on it says so; null when the set has no figures by stage
 * @param hydrogenRoutes per declared hydrogen route other than grey, kg CO2e per kg; a route the set
 *     has no row for, and a flow that declares none, take the HYDROGEN carrier row (decision 037)
 * @param undeclaredStageHighest a flow that names no stage takes, for its category and carrier, the highest NOx and
 *     the highest exhaust PM2.5 of every stage the set has for them, each on its own, instead of those of
 *     {@code defaultEuroClass} (version 5 of the sets of 2026, decision 054): not declaring never looks cleaner
 */
public record FactorSet(String id, String name, String version, LocalDate validFrom, String boundary,
                        String gwpBasis, String electricityBasis, Map<EnergyCarrier, CarrierFactors> carriers,
                        Map<VehicleKey, VehicleFactors> vehicles, Map<ExhaustKey, ExhaustFactors> exhaust,
                        Map<WearKey, WearFactors> wear, @Nullable EuroClass defaultEuroClass,
                        Map<HydrogenRoute, CarrierFactors> hydrogenRoutes, boolean undeclaredStageHighest) {

    /** A set whose undeclared stage is {@code defaultEuroClass}, as sets were before version 5 of 2026. */
    public FactorSet(String id, String name, String version, LocalDate validFrom, String boundary, String gwpBasis,
                     String electricityBasis, Map<EnergyCarrier, CarrierFactors> carriers,
                     Map<VehicleKey, VehicleFactors> vehicles, Map<ExhaustKey, ExhaustFactors> exhaust,
                     Map<WearKey, WearFactors> wear, @Nullable EuroClass defaultEuroClass,
                     Map<HydrogenRoute, CarrierFactors> hydrogenRoutes) {
        this(id, name, version, validFrom, boundary, gwpBasis, electricityBasis, carriers, vehicles, exhaust, wear,
                defaultEuroClass, hydrogenRoutes, false);
    }

    public FactorSet {
        hydrogenRoutes = Map.copyOf(hydrogenRoutes);
        carriers = Map.copyOf(carriers);
        vehicles = Map.copyOf(vehicles);
        exhaust = Map.copyOf(exhaust);
        wear = Map.copyOf(wear);
    }

    /** A set without hydrogen figures by route, as sets were before decision 037. */
    public FactorSet(String id, String name, String version, LocalDate validFrom, String boundary, String gwpBasis,
                     String electricityBasis, Map<EnergyCarrier, CarrierFactors> carriers,
                     Map<VehicleKey, VehicleFactors> vehicles, Map<ExhaustKey, ExhaustFactors> exhaust,
                     Map<WearKey, WearFactors> wear, @Nullable EuroClass defaultEuroClass) {
        this(id, name, version, validFrom, boundary, gwpBasis, electricityBasis, carriers, vehicles, exhaust, wear,
                defaultEuroClass, Map.of());
    }

    /** A set without exhaust figures by Euro class and without wear figures, as sets were before decision 034. */
    public FactorSet(String id, String name, String version, LocalDate validFrom, String boundary, String gwpBasis,
                     String electricityBasis, Map<EnergyCarrier, CarrierFactors> carriers,
                     Map<VehicleKey, VehicleFactors> vehicles) {
        this(id, name, version, validFrom, boundary, gwpBasis, electricityBasis, carriers, vehicles, Map.of(),
                Map.of(), null);
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

    public record ExhaustKey(VehicleCategory category, EnergyCarrier carrier, EuroClass euroClass) {
    }

    /**
     * Exhaust figures of one vehicle category on one carrier at one Euro stage, per vehicle-km;
     * PM is PM2.5, which is all exhaust PM (EMEP/EEA guidebook 1.A.3.b.i-iv). Either may be absent.
     */
    public record ExhaustFactors(ExhaustKey key, @Nullable Sourced noxGPerKm, @Nullable Sourced pm25GPerKm) {
    }

    public record WearKey(VehicleCategory category, WearSource source) {
    }

    /** Non-exhaust particles from one wear source of one vehicle category, g per vehicle-km. */
    public record WearFactors(WearKey key, @Nullable Sourced pm25GPerKm, @Nullable Sourced pm10GPerKm) {
    }

    public Optional<ExhaustFactors> exhaust(VehicleCategory category, EnergyCarrier carrier, EuroClass euroClass) {
        return Optional.ofNullable(exhaust.get(new ExhaustKey(category.factorRow(), carrier, euroClass)));
    }

    public Optional<WearFactors> wear(VehicleCategory category, WearSource source) {
        return Optional.ofNullable(wear.get(new WearKey(category.factorRow(), source)));
    }

    public Optional<CarrierFactors> carrier(EnergyCarrier carrier) {
        return Optional.ofNullable(carriers.get(carrier));
    }

    /**
     * The figures a flow on this carrier is computed with: for hydrogen, those of its declared
     * route when the set has them, else the carrier's own row, which is grey in the sets that have routes.
     */
    public Optional<CarrierFactors> carrier(EnergyCarrier carrier, @Nullable HydrogenRoute route) {
        CarrierFactors byRoute = carrier == EnergyCarrier.HYDROGEN && route != null ? hydrogenRoutes.get(route) : null;
        if (byRoute != null) {
            return Optional.of(byRoute);
        }
        return carrier(carrier);
    }

    public Optional<VehicleFactors> vehicle(VehicleCategory category, EnergyCarrier carrier) {
        return Optional.ofNullable(vehicles.get(new VehicleKey(category.factorRow(), carrier)));
    }
}
