package eu.buyzet.portal.footprint.calculator;

import eu.buyzet.portal.shared.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Computes the transport footprint of declared flows under one factor set: vehicle-km, energy,
 * CO2e well-to-wheel split into well-to-tank and tank-to-wheel, NOx, PM, the zero-emission share
 * of vehicle-km and the Clean Vehicles Directive class. Pure: the same flows and factor set give
 * the same result, always. Invalid input is refused with every problem named by its field path
 * ({@code flows[0].kmPerTrip}) and an i18n message key; nothing is ever silently counted as zero.
 */
public final class FootprintCalculator {

    /** More than this per vehicle and year is not a delivery round (about 550 km every day). */
    public static final double MAX_KM_PER_VEHICLE_YEAR = 200_000;
    public static final double MAX_PAYLOAD_TONNES = 100;
    /** More than this in one flow is not one contract's fleet (Oslo's whole bus fleet is about 1,200). */
    public static final int MAX_VEHICLES = 10_000;
    /** More than this per vehicle and year is not rounds (eleven an hour, day and night). */
    public static final double MAX_TRIPS_PER_VEHICLE_YEAR = 100_000;
    /** Above the heaviest passenger cars' WLTP figures (about 400 g/km) with a wide margin. */
    static final double MAX_TYPE_APPROVAL_CO2_G_PER_KM = 1_000;
    /** Ten times the limits; a vehicle at this level has no type approval to declare. */
    static final double MAX_RDE_PERCENT_OF_LIMITS = 1_000;

    private static final Set<EnergyCarrier> LIGHT_VEHICLE_CARRIERS =
            Set.of(EnergyCarrier.BATTERY_ELECTRIC, EnergyCarrier.HUMAN_POWERED, EnergyCarrier.PETROL);

    private FootprintCalculator() {
    }

    /**
     * The footprint, with each flow's Clean Vehicles Directive class under the rules from 1 January
     * 2026: every result the portal computes now falls in the directive's second reference period,
     * and a constant keeps the calculator pure (decision 036).
     */
    public static FootprintResult calculate(FactorSet factors, @Nullable List<? extends @Nullable Flow> flows) {
        return calculate(factors, flows, CvdClass.SECOND_PERIOD);
    }

    /**
     * The footprint, with each flow's Clean Vehicles Directive class under the rules in force on
     * {@code cvdOn}, the date the contract was or will be awarded (art. 5; Annex, Table 2).
     */
    public static FootprintResult calculate(FactorSet factors, @Nullable List<? extends @Nullable Flow> flows,
                                            LocalDate cvdOn) {
        Problems errors = new Problems();
        if (flows == null || flows.isEmpty()) {
            throw ValidationException.of("flows", "validation.footprint.no-flows");
        }
        List<FlowResult> results = new ArrayList<>();
        List<@Nullable Double> capacityTonneKm = new ArrayList<>();
        List<DataQuality.Part> quality = new ArrayList<>();
        for (int i = 0; i < flows.size(); i++) {
            Computed r = flow(factors, flows.get(i), "flows[" + i + "].", cvdOn, errors);
            if (r != null) {
                results.add(r.result());
                capacityTonneKm.add(r.capacityTonneKm());
                quality.addAll(r.quality());
            }
        }
        if (!errors.isEmpty()) {
            throw errors.exception();
        }
        FlowResult total = total(results, capacityTonneKm);
        if (!Plausibility.finite(total)) {
            throw ValidationException.of("flows", "validation.footprint.overflow");
        }
        return new FootprintResult(factors.id(), factors.name(), factors.version(), results, total,
                DataQuality.of(quality));
    }

    /** A flow's result, what its load factor weighs in a total, and what its CO2e rests on. */
    private record Computed(FlowResult result, @Nullable Double capacityTonneKm, List<DataQuality.Part> quality) {
    }

    private static @Nullable Computed flow(FactorSet factors, @Nullable Flow f, String at, LocalDate cvdOn,
                                           Problems errors) {
        int before = errors.size();
        if (f == null) {
            errors.put(at.substring(0, at.length() - 1), "validation.required");
            return null;
        }
        VehicleCategory category = f.vehicleCategory();
        EnergyCarrier carrier = f.energyCarrier();
        if (category == null) {
            errors.put(at + "vehicleCategory", "validation.required");
        }
        if (carrier == null) {
            errors.put(at + "energyCarrier", "validation.required");
        }
        checkNumber(f.tripsPerYear(), at + "tripsPerYear", errors);
        checkNumber(f.kmPerTrip(), at + "kmPerTrip", errors);
        checkNumber(f.vehicleKmPerYear(), at + "vehicleKmPerYear", errors);
        checkNumber(f.energyPerKm(), at + "energyPerKm", errors);
        checkNumber(f.fuelPerYear(), at + "fuelPerYear", errors);
        checkNumber(f.payloadTonnes(), at + "payloadTonnes", errors);
        checkNumber(f.payloadCapacityTonnes(), at + "payloadCapacityTonnes", errors);
        Load.checkPercent(f.loadFactorPercent(), at + "loadFactorPercent", errors);
        Load.checkPercent(f.emptyRunningPercent(), at + "emptyRunningPercent", errors);
        Load.checkPercent(f.studdedTyresPercent(), at + "studdedTyresPercent", errors);
        checkNumber(f.electricityPerYearKwh(), at + "electricityPerYearKwh", errors);
        CvdDeclaration declared = f.cvd();
        boolean plugIn = declared != null && declared.isPlugInHybrid();
        if (declared != null) {
            checkNumber(declared.typeApprovalCo2GPerKm(), at + "cvd.typeApprovalCo2GPerKm", errors);
            checkNumber(declared.rdePercentOfLimits(), at + "cvd.rdePercentOfLimits", errors);
            checkCvd(declared, carrier, at, errors);
        }
        if (f.vehicles() != null && f.vehicles() < 1) {
            errors.put(at + "vehicles", "validation.footprint.at-least-one");
        } else if (f.vehicles() != null && f.vehicles() > MAX_VEHICLES) {
            errors.put(at + "vehicles", "validation.footprint.absurd-vehicles", MAX_VEHICLES);
        }
        if (errors.size() > before || category == null || carrier == null) {
            return null;
        }
        if (category == VehicleCategory.L ? !LIGHT_VEHICLE_CARRIERS.contains(carrier)
                : carrier == EnergyCarrier.HUMAN_POWERED) {
            errors.put(at + "energyCarrier", "validation.footprint.carrier-not-for-vehicle");
        }

        boolean byTrips = f.tripsPerYear() != null || f.kmPerTrip() != null;
        if (byTrips && f.tripsPerYear() == null) {
            errors.put(at + "tripsPerYear", "validation.required");
        }
        if (byTrips && f.kmPerTrip() == null) {
            errors.put(at + "kmPerTrip", "validation.required");
        }
        if (byTrips && f.vehicleKmPerYear() != null) {
            errors.put(at + "vehicleKmPerYear", "validation.footprint.distance-twice");
        }
        String distanceField = at + (byTrips ? "kmPerTrip" : "vehicleKmPerYear");
        Double distance = byTrips ? (f.tripsPerYear() == null || f.kmPerTrip() == null ? null
                : f.tripsPerYear() * f.kmPerTrip()) : f.vehicleKmPerYear();
        boolean human = carrier == EnergyCarrier.HUMAN_POWERED;
        if (f.fuelPerYear() != null) {
            if (human) {
                errors.put(at + "fuelPerYear", "validation.footprint.no-fuel-for-human");
            } else if (f.fuelUnit() == null) {
                errors.put(at + "fuelUnit", "validation.required");
            } else if (f.fuelUnit() != carrier.unit()) {
                errors.put(at + "fuelUnit", "validation.footprint.fuel-unit");
            }
            if (distance != null && distance == 0 && f.fuelPerYear() > 0) {
                errors.put(at + "fuelPerYear", "validation.footprint.fuel-without-distance");
            } else if (distance != null && distance > 0 && !human && f.fuelUnit() == carrier.unit()) {
                Plausibility.checkFuel(category, carrier, f.fuelPerYear(), distance, plugIn, at + "fuelPerYear", errors);
            }
        } else if (distance == null && !byTrips) {
            errors.put(at + "tripsPerYear", "validation.footprint.distance-or-fuel");
        }
        int vehicles = f.vehicles() == null ? 1 : f.vehicles();
        if (distance != null && distance / vehicles > MAX_KM_PER_VEHICLE_YEAR) {
            errors.put(distanceField, "validation.footprint.absurd-distance");
        } else if (f.tripsPerYear() != null && f.tripsPerYear() / vehicles > MAX_TRIPS_PER_VEHICLE_YEAR) {
            // checked on its own too: with 0 km per trip the distance would not catch 1e200 trips
            errors.put(at + "tripsPerYear", "validation.footprint.absurd-trips", MAX_TRIPS_PER_VEHICLE_YEAR);
        }
        if (f.energyPerKm() != null && !human) {
            // without a distance the km are read from the fuel, every one of them driven on it: the whole range holds
            Plausibility.checkPerKm(category, carrier, f.energyPerKm(), plugIn && distance != null,
                    at + "energyPerKm", errors);
            if (f.fuelPerYear() != null && distance != null && distance > 0 && f.fuelUnit() == carrier.unit()) {
                // both say how much energy the vehicles use: the fuel is counted, so a lower fuel figure
                // could quietly undercut a plausible energy use
                Plausibility.checkAgree(f.fuelPerYear() / distance, f.energyPerKm(), carrier, at + "fuelPerYear", errors);
            }
        }
        checkGridElectricity(f, category, carrier, plugIn, distance, at, errors);
        if (f.vehicles() != null && distance != null && distance < f.vehicles()) {
            // the directive's shares count vehicles: ten thousand trucks over 0 km would make any fleet clean
            errors.put(at + "vehicles", "validation.footprint.vehicles-without-distance");
        }
        if (f.payloadTonnes() != null && f.payloadTonnes() > MAX_PAYLOAD_TONNES) {
            errors.put(at + "payloadTonnes", "validation.footprint.absurd-payload");
        } else {
            Load.check(f, category, at, errors);
        }
        if (errors.size() > before) {
            return null;
        }

        if (f.hydrogenRoute() != null && carrier == EnergyCarrier.HYDROGEN && factors.hydrogenRoutes().isEmpty()) {
            // a set without figures by route has one hydrogen row, which is not grey: a declared route would
            // silently get it, grey included (sets before those of 2026, decision 037)
            errors.put(at + "hydrogenRoute", "validation.footprint.hydrogen-route-not-in-set", factors.id());
            return null;
        }
        FactorSet.CarrierFactors perUnit = human ? null : factors.carrier(carrier, f.hydrogenRoute()).orElse(null);
        if (!human && perUnit == null) {
            errors.put(at + "energyCarrier", "validation.footprint.no-carrier-factor");
            return null;
        }
        Double defaultPerKm = defaultEnergyPerKm(factors, category, carrier).map(Sourced::value).orElse(null);
        Double perKm = f.energyPerKm() != null ? f.energyPerKm() : defaultPerKm;
        boolean fromDefault = f.energyPerKm() == null;

        double energy;
        double km;
        if (human) {
            energy = 0;
            km = distance == null ? 0 : distance;
        } else if (f.fuelPerYear() != null) {
            energy = f.fuelPerYear();
            fromDefault = false;
            if (distance != null) {
                km = distance;
            } else if (perKm != null && perKm > 0) {
                km = energy / perKm;
                fromDefault = f.energyPerKm() == null;
                if (km / vehicles > MAX_KM_PER_VEHICLE_YEAR) {
                    errors.put(at + "fuelPerYear", "validation.footprint.absurd-fuel", MAX_KM_PER_VEHICLE_YEAR);
                    return null;
                }
            } else {
                errors.put(at + "vehicleKmPerYear", "validation.footprint.distance-needed");
                return null;
            }
        } else {
            if (perKm == null) {
                errors.put(at + "energyPerKm", "validation.footprint.energy-per-km-needed");
                return null;
            }
            km = Objects.requireNonNull(distance);
            energy = km * perKm;
        }

        // no factors only for human power (refused above otherwise), which uses no energy
        double wtt = perUnit == null ? 0 : energy * perUnit.wttKgPerUnit().value();
        double ttw = perUnit == null ? 0 : energy * perUnit.ttwKgPerUnit().value();
        Double gridKwh = plugIn ? f.electricityPerYearKwh() : null;
        double gridCo2e = 0;
        if (gridKwh != null && gridKwh > 0) {
            // the grid's figure as the set has it for battery vehicles: the same kWh from the same grid
            FactorSet.CarrierFactors grid = factors.carrier(EnergyCarrier.BATTERY_ELECTRIC, null).orElse(null);
            if (grid == null) {
                errors.put(at + "electricityPerYearKwh", "validation.footprint.no-carrier-factor");
                return null;
            }
            gridCo2e = gridKwh * (grid.wttKgPerUnit().value() + grid.ttwKgPerUnit().value());
            wtt += gridKwh * grid.wttKgPerUnit().value();
            ttw += gridKwh * grid.ttwKgPerUnit().value();
        }
        AirPollutants air = AirPollutants.of(factors, category, carrier, f.euroClass(), f.studdedTyresPercent(), km);
        CvdClass.Classified cvd = CvdClass.classify(category, carrier, f.cvd(), cvdOn);
        Load load = Load.of(f, km);
        FlowResult result = new FlowResult(km, load.tonneKm(), energy,
                carrier.unit(), wtt + ttw, wtt, ttw, air.noxG(), air.pmG(), carrier.zeroEmission() ? 1 : 0,
                cvd.cvdClass(), fromDefault,
                // CO2e follows the energy: declared fuel is the supplier's figure even when the km are derived
                // from the default energy use; human power uses none, so only its distance is the supplier's
                EnergyData.of(!human && f.fuelPerYear() == null && f.energyPerKm() == null, f.measured()),
                air.pmExhaustG(), air.pmNonExhaustG(), air.pm10NonExhaustG(), air.euroClass(), air.euroClassAssumed(),
                cvd.reason(), load.loadFactor(), load.emptyRunningShare(), Load.perTonneKm(wtt + ttw, load.tonneKm()),
                Load.perTonneKm(ttw, load.tonneKm()), f.quiet() ? 1.0 : 0.0, gridKwh,
                IndirectLandUse.kg(carrier, f.cvd(), energy));
        if (!Plausibility.finite(result)) {
            // bounded inputs keep every figure finite; should a factor set ever allow otherwise, refuse, never clamp
            errors.put(at.substring(0, at.length() - 1), "validation.footprint.overflow");
            return null;
        }
        List<DataQuality.Part> quality = gridCo2e > 0
                ? List.of(new DataQuality.Part(result.energyData(), result.co2eWtwKg() - gridCo2e, km),
                        new DataQuality.Part(f.measured() ? EnergyData.MEASURED : EnergyData.DECLARED, gridCo2e, 0))
                : List.of(new DataQuality.Part(result.energyData(), result.co2eWtwKg(), km));
        return new Computed(result, load.capacityTonneKm(), quality);
    }

    /**
     * The energy use per km this calculation takes for a flow that gives none: the factor set's
     * default for the vehicle on the carrier, with its source, or empty when the set has none (the
     * calculator then asks for it). Human power uses no energy and needs none. Forms ask this
     * before they say whether a field may stay empty, so that their help never contradicts the
     * calculator's message.
     */
    public static Optional<Sourced> defaultEnergyPerKm(FactorSet factors, VehicleCategory category,
                                                       EnergyCarrier carrier) {
        return factors.vehicle(category, carrier).flatMap(v -> Optional.ofNullable(v.energyPerKm()));
    }

    private static FlowResult total(List<FlowResult> flows, List<@Nullable Double> capacityTonneKm) {
        double km = 0;
        double zeroKm = 0;
        double quietKm = 0;
        double emptyKm = 0;
        boolean everyEmptyRunning = true;
        boolean everyTonneKm = true;
        double wtt = 0;
        double ttw = 0;
        Double tonneKm = null;
        Double nox = 0.0;
        Double pm = 0.0;
        Double pmExhaust = 0.0;
        Double pmNonExhaust = 0.0;
        Double pm10NonExhaust = 0.0;
        boolean fromDefault = false;
        Double gridKwh = null;
        Double iluc = null;
        for (FlowResult r : flows) {
            gridKwh = sumOfSome(gridKwh, r.gridElectricityKwh());
            iluc = sumOfSome(iluc, r.co2eIndirectLandUseKg());
            km += r.vehicleKm();
            zeroKm += r.vehicleKm() * r.zeroEmissionShare();
            quietKm += r.vehicleKm() * Objects.requireNonNull(r.quietShare(), "computed now");
            everyEmptyRunning &= r.emptyRunningShare() != null;
            emptyKm += r.emptyRunningShare() == null ? 0 : r.vehicleKm() * r.emptyRunningShare();
            everyTonneKm &= r.tonneKm() != null;
            wtt += r.co2eWttKg();
            ttw += r.co2eTtwKg();
            if (r.tonneKm() != null) {
                tonneKm = (tonneKm == null ? 0 : tonneKm) + r.tonneKm();
            }
            nox = nox == null || r.noxG() == null ? null : nox + r.noxG();
            pm = sum(pm, r.pmG());
            pmExhaust = sum(pmExhaust, r.pmExhaustG());
            pmNonExhaust = sum(pmNonExhaust, r.pmNonExhaustG());
            pm10NonExhaust = sum(pm10NonExhaust, r.pm10NonExhaustG());
            fromDefault |= r.energyFromDefault();
        }
        EnergyUnit unit = flows.stream().map(FlowResult::energyUnit).distinct().count() == 1
                ? flows.getFirst().energyUnit() : null;
        Double energy = unit == null ? null : flows.stream().mapToDouble(FlowResult::energy).sum();
        // an intensity over some flows' tonne-km would put the others' emissions on goods they did not carry
        Double carried = everyTonneKm ? tonneKm : null;
        Double capacity = capacityTonneKm.contains(null) ? null
                : capacityTonneKm.stream().mapToDouble(c -> Objects.requireNonNull(c, "checked")).sum();
        return new FlowResult(km, tonneKm, energy, unit, wtt + ttw, wtt, ttw, nox, pm, km == 0 ? 0 : zeroKm / km,
                CvdClass.combined(flows.stream().map(FlowResult::cvdClass).toList()), fromDefault, null,
                pmExhaust, pmNonExhaust, pm10NonExhaust, commonEuroClass(flows),
                flows.stream().anyMatch(FlowResult::euroClassAssumed), null,
                flows.size() == 1 ? flows.getFirst().loadFactor()
                        : capacity == null || capacity <= 0 || carried == null ? null : carried / capacity,
                everyEmptyRunning && km > 0 ? emptyKm / km : null, Load.perTonneKm(wtt + ttw, carried),
                Load.perTonneKm(ttw, carried), km == 0 ? 0 : quietKm / km, gridKwh, iluc);
    }

    /** The one Euro class the flows with a tailpipe share, so that a single-vehicle total can name it. */
    private static @Nullable EuroClass commonEuroClass(List<FlowResult> flows) {
        List<EuroClass> classes = flows.stream().map(FlowResult::euroClass).filter(Objects::nonNull).distinct().toList();
        return classes.size() == 1 ? classes.getFirst() : null;
    }

    /** A figure only some flows have: the sum of those that have it, null when none has. */
    private static @Nullable Double sumOfSome(@Nullable Double total, @Nullable Double part) {
        if (part == null) {
            return total;
        }
        return total == null ? part : total + part;
    }

    /** A total is not covered when any of its parts is not. */
    private static @Nullable Double sum(@Nullable Double total, @Nullable Double part) {
        return total == null || part == null ? null : total + part;
    }

    /**
     * A declaration for the directive that the vehicles can have. Below 50 g CO2/km by type
     * approval only a vehicle charged from the grid gets (Annex, Table 2 sets the threshold there for
     * that reason): a petrol or diesel vehicle declaring it without being a plug-in hybrid would be
     * classed clean on a figure it cannot have. HVO100 is unblended by its name.
     */
    private static void checkCvd(CvdDeclaration declared, @Nullable EnergyCarrier carrier, String at, Problems errors) {
        Double co2 = declared.typeApprovalCo2GPerKm();
        Double rde = declared.rdePercentOfLimits();
        if (co2 != null && co2 > MAX_TYPE_APPROVAL_CO2_G_PER_KM) {
            errors.put(at + "cvd.typeApprovalCo2GPerKm", "validation.footprint.cvd-co2-range",
                    MAX_TYPE_APPROVAL_CO2_G_PER_KM);
        } else if (co2 != null && co2 <= CvdClass.LIGHT_DUTY_CO2_G_PER_KM && !declared.isPlugInHybrid()
                && carrier != null && !carrier.zeroEmission() && carrier != EnergyCarrier.HUMAN_POWERED) {
            errors.put(at + "cvd.typeApprovalCo2GPerKm", "validation.footprint.cvd-co2-needs-plug-in",
                    CvdClass.LIGHT_DUTY_CO2_G_PER_KM);
        }
        if (rde != null && rde > MAX_RDE_PERCENT_OF_LIMITS) {
            errors.put(at + "cvd.rdePercentOfLimits", "validation.footprint.cvd-rde-range", MAX_RDE_PERCENT_OF_LIMITS);
        }
        if (declared.isPlugInHybrid() && carrier != null && (carrier.zeroEmission() || carrier == EnergyCarrier.HUMAN_POWERED)) {
            // a plug-in hybrid is declared on the fuel it burns; its grid electricity is electricityPerYearKwh
            errors.put(at + "cvd.plugInHybrid", "validation.footprint.plug-in-on-fuel");
        }
        if (carrier == EnergyCarrier.HVO100 && Boolean.FALSE.equals(declared.biofuelUnblended())) {
            // HVO100 is counted as pure HVO: a blend is declared as diesel, which counts it as fossil
            errors.put(at + "cvd.biofuelUnblended", "validation.footprint.hvo100-blended");
        }
    }

    /**
     * A plug-in hybrid's grid electricity: required of one (0 when never charged), refused of any
     * other vehicle, and with the fuel enough energy for the distance. Without the electricity a
     * plug-in hybrid's footprint would count only the fuel, and its fuel alone may be too little for
     * any vehicle over the distance, which is why the fuel's lower bound is not applied to it
     * (decision 062).
     */
    private static void checkGridElectricity(Flow f, VehicleCategory category, EnergyCarrier carrier, boolean plugIn,
                                             @Nullable Double distance, String at, Problems errors) {
        Double kwh = f.electricityPerYearKwh();
        String field = at + "electricityPerYearKwh";
        if (!plugIn) {
            if (kwh != null) {
                errors.put(field, "validation.footprint.electricity-only-for-plug-in");
            }
            return;
        }
        if (kwh == null) {
            errors.put(field, "validation.footprint.plug-in-electricity-required");
            return;
        }
        if (kwh > 0 && distance == null) {
            // km derived from the fuel would count only the km driven on it
            errors.put(at + "vehicleKmPerYear", "validation.footprint.plug-in-distance-needed");
            return;
        }
        if (kwh > 0 && distance != null && distance == 0) {
            errors.put(field, "validation.footprint.electricity-without-distance");
            return;
        }
        if (distance == null || distance <= 0) {
            return;
        }
        Double fuelPerKm = f.fuelPerYear() != null ? Double.valueOf(f.fuelPerYear() / distance) : f.energyPerKm();
        Plausibility.checkPlugIn(category, carrier, fuelPerKm, kwh / distance, distance, field, errors);
    }

    private static void checkNumber(@Nullable Double value, String field, Problems errors) {
        if (value != null && (value.isNaN() || value.isInfinite())) {
            errors.put(field, "validation.footprint.number");
        } else if (value != null && value < 0) {
            errors.put(field, "validation.footprint.negative");
        }
    }
}
