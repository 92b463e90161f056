package eu.buyzet.portal.footprint.calculator;

import org.jspecify.annotations.Nullable;

/**
 * NOx and particles of one flow under one factor set (decision 034). Exhaust figures are taken for
 * the flow's Euro stage, or the set's conservative default stage when the flow names none; a
 * vehicle without a tailpipe emits none. Non-exhaust PM (tyre, brake and road surface wear) counts
 * for every vehicle on wheels, battery ones included; on the share of the km declared on studded
 * tyres, their road wear stands in for the ordinary one (decision 049). A figure the set lacks makes
 * its part not covered (null), never zero.
 */
record AirPollutants(@Nullable Double noxG, @Nullable Double pmG, @Nullable Double pmExhaustG,
                     @Nullable Double pmNonExhaustG, @Nullable Double pm10NonExhaustG,
                     @Nullable EuroClass euroClass, boolean euroClassAssumed) {

    static AirPollutants of(FactorSet factors, VehicleCategory category, EnergyCarrier carrier,
                            @Nullable String declaredEuroClass, @Nullable Double studdedTyresPercent, double km) {
        if (carrier == EnergyCarrier.HUMAN_POWERED) {
            // a cargo bike's wear is not in the guidebook's vehicle classes; counted as none, as before
            return new AirPollutants(0.0, 0.0, 0.0, 0.0, 0.0, null, false);
        }
        FactorSet.VehicleFactors vehicle = factors.vehicle(category, carrier).orElse(null);
        Double nox;
        Double pmExhaust;
        EuroClass stage = null;
        boolean assumed = false;
        if (carrier.zeroEmission()) {
            nox = 0.0;
            pmExhaust = 0.0;
        } else {
            EuroClass declared = EuroClass.parse(declaredEuroClass).orElse(null);
            stage = declared != null ? declared : factors.defaultEuroClass();
            assumed = declared == null && stage != null;
            FactorSet.ExhaustFactors byStage = stage == null ? null
                    : factors.exhaust(category, carrier, stage).orElse(null);
            if (declared == null && factors.undeclaredStageHighest()) {
                // not declaring never looks cleaner: the highest figure of any stage, per pollutant (decision 054)
                byStage = highest(factors, category, carrier);
                stage = null;
                assumed = true;
            }
            // a set without figures by stage may still have one figure for the vehicle whatever its stage
            nox = perKm(km, byStage != null ? byStage.noxGPerKm() : vehicle == null ? null : vehicle.noxGPerKm());
            pmExhaust = perKm(km, byStage != null ? byStage.pm25GPerKm()
                    : vehicle == null ? null : vehicle.pmExhaustGPerKm());
            if (byStage == null && factors.exhaust().isEmpty()) {
                stage = null;
                assumed = false;
            }
        }
        double studded = studdedTyresPercent == null ? 0 : studdedTyresPercent / 100;
        Double nonExhaust = wear(factors, category, true, studded, km);
        if (nonExhaust == null && vehicle != null && studded == 0) {
            // a set of one non-exhaust figure per vehicle has none for studded tyres
            nonExhaust = perKm(km, vehicle.pmNonExhaustGPerKm());
        }
        Double pm10NonExhaust = wear(factors, category, false, studded, km);
        Double pm = pmExhaust == null || nonExhaust == null ? null : pmExhaust + nonExhaust;
        return new AirPollutants(nox, pm, pmExhaust, nonExhaust, pm10NonExhaust, stage, assumed);
    }

    /**
     * The sum over tyre, brake and road wear, with studded tyres' road wear on the {@code studded}
     * share of the km; null unless the set has every figure that takes.
     */
    private static @Nullable Double wear(FactorSet factors, VehicleCategory category, boolean pm25, double studded,
                                         double km) {
        double perKm = 0;
        for (WearSource source : WearSource.EVERY_VEHICLE) {
            Double figure = figure(factors, category, source, pm25);
            if (figure == null) {
                return null;
            }
            perKm += source == WearSource.ROAD ? (1 - studded) * figure : figure;
        }
        if (studded > 0) {
            Double figure = figure(factors, category, WearSource.ROAD_STUDDED, pm25);
            if (figure == null) {
                return null;
            }
            perKm += studded * figure;
        }
        return km * perKm;
    }

    private static @Nullable Double figure(FactorSet factors, VehicleCategory category, WearSource source,
                                           boolean pm25) {
        Sourced figure = factors.wear(category, source).map(w -> pm25 ? w.pm25GPerKm() : w.pm10GPerKm()).orElse(null);
        return figure == null ? null : figure.value();
    }

    /**
     * The highest NOx and, on its own, the highest exhaust PM2.5 of every stage the set has for the pair, each with
     * its own source; null when the set has no stage for it.
     */
    static FactorSet.@Nullable ExhaustFactors highest(FactorSet factors, VehicleCategory category,
                                                      EnergyCarrier carrier) {
        Sourced nox = null;
        Sourced pm = null;
        FactorSet.ExhaustFactors any = null;
        for (EuroClass stage : EuroClass.values()) {
            FactorSet.ExhaustFactors e = factors.exhaust(category, carrier, stage).orElse(null);
            if (e == null) {
                continue;
            }
            any = e;
            if (e.noxGPerKm() != null && (nox == null || e.noxGPerKm().value() > nox.value())) {
                nox = e.noxGPerKm();
            }
            if (e.pm25GPerKm() != null && (pm == null || e.pm25GPerKm().value() > pm.value())) {
                pm = e.pm25GPerKm();
            }
        }
        return any == null ? null : new FactorSet.ExhaustFactors(any.key(), nox, pm);
    }

    private static @Nullable Double perKm(double km, @Nullable Sourced factor) {
        return factor == null ? null : km * factor.value();
    }
}
