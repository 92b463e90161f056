package eu.buyzet.portal.footprint.calculator;

import org.jspecify.annotations.Nullable;

/**
 * What one flow carries (ISO 14083 and GLEC v3, decision 039): tonne-km are the loaded vehicle-km
 * × the payload, so empty running adds distance, energy and emissions but no tonne-km. The payload
 * is declared, or follows from a load factor and the payload capacity; the load factor is declared,
 * or follows from the payload and the capacity. Two of the three say it all, so all three at once
 * are refused rather than checked against each other.
 *
 * @param tonneKm null without a payload
 * @param capacityTonneKm loaded vehicle-km × payload capacity (declared or implied), for the load
 *     factor of a total; null when the capacity is not known
 * @param loadFactor 0 to 1, null when not known
 * @param emptyRunningShare 0 to 1, null when not declared
 */
record Load(@Nullable Double tonneKm, @Nullable Double capacityTonneKm, @Nullable Double loadFactor,
            @Nullable Double emptyRunningShare) {

    static final double MAX_PERCENT = 100;

    /**
     * The least payload or capacity that is not 0: one gram. Below it an intensity per tonne-km is
     * no longer a number the API can write; a courier's letters (tens of grams) stay above it.
     */
    static final double MIN_TONNES = 0.000001;

    /**
     * The checks of the load figures against each other and against what a vehicle of the category
     * can carry, added to {@code errors} under {@code at + field}; each figure on its own is checked by then.
     */
    static void check(Flow f, VehicleCategory category, String at, Problems errors) {
        Double payload = f.payloadTonnes();
        Double capacity = f.payloadCapacityTonnes();
        double maxMass = category.maxMassTonnes();
        String aboveBound = aboveBound(category);
        if (capacity != null && capacity > FootprintCalculator.MAX_PAYLOAD_TONNES) {
            errors.put(at + "payloadCapacityTonnes", "validation.footprint.absurd-payload");
        } else if (capacity != null && capacity > maxMass) {
            errors.put(at + "payloadCapacityTonnes", aboveBound, category.name(), maxMass);
        } else if (payload != null && payload > maxMass) {
            errors.put(at + "payloadTonnes", aboveBound, category.name(), maxMass);
        } else if (payload != null && capacity != null && payload > capacity) {
            errors.put(at + "payloadTonnes", "validation.footprint.payload-above-capacity", capacity);
        }
        // a payload of 1e-300 t divides the CO2e by nothing: intensities of quadrillions of g per tonne-km
        if (payload != null && payload > 0 && payload < MIN_TONNES) {
            errors.put(at + "payloadTonnes", "validation.footprint.payload-too-small", MIN_TONNES);
        }
        if (capacity != null && capacity > 0 && capacity < MIN_TONNES) {
            errors.put(at + "payloadCapacityTonnes", "validation.footprint.payload-too-small", MIN_TONNES);
        } else if (capacity != null && capacity > 0 && payload == null && f.loadFactorPercent() != null
                && f.loadFactorPercent() > 0 && capacity * f.loadFactorPercent() / MAX_PERCENT < MIN_TONNES) {
            errors.put(at + "loadFactorPercent", "validation.footprint.load-factor-implies-too-little",
                    capacity * f.loadFactorPercent() / MAX_PERCENT, MIN_TONNES);
        }
        // a payload and a load factor imply a capacity: a tiny load factor must not make 3 t a 100,000 t truck's
        if (payload != null && capacity == null && f.loadFactorPercent() != null && f.loadFactorPercent() > 0) {
            double implied = payload / (f.loadFactorPercent() / MAX_PERCENT);
            if (implied > maxMass) {
                errors.put(at + "loadFactorPercent", "validation.footprint.load-factor-implies-capacity", implied,
                        maxMass);
            }
        }
        if (f.loadFactorPercent() != null && payload != null && capacity != null) {
            errors.put(at + "loadFactorPercent", "validation.footprint.load-factor-twice");
        } else if (f.loadFactorPercent() != null && payload == null && capacity == null) {
            errors.put(at + "loadFactorPercent", "validation.footprint.load-factor-needs-tonnes");
        } else if (f.loadFactorPercent() != null && f.loadFactorPercent() == 0 && payload != null && payload > 0) {
            errors.put(at + "loadFactorPercent", "validation.footprint.load-factor-carries-nothing");
        }
    }

    /** The message for a tonnage above the category's bound, naming where the bound comes from. */
    private static String aboveBound(VehicleCategory category) {
        return switch (category) {
            case N1, N2, M2 -> "validation.footprint.payload-above-category";
            case N3, M2_M3 -> "validation.footprint.payload-above-road-limit";
            case M1 -> "validation.footprint.payload-above-car";
            case L -> "validation.footprint.payload-above-light-vehicle";
        };
    }

    /** A share in percent: a finite number from 0 to 100, and the message says so, negatives included. */
    static void checkPercent(@Nullable Double value, String field, Problems errors) {
        if (value != null && !Double.isFinite(value)) {
            errors.put(field, "validation.footprint.number");
        } else if (value != null && (value < 0 || value > MAX_PERCENT)) {
            errors.put(field, "validation.footprint.percent", 0, MAX_PERCENT);
        }
    }

    /** The load of a flow that passed {@link #check} over {@code km} vehicle-km. */
    static Load of(Flow f, double km) {
        Double share = f.loadFactorPercent() == null ? null : f.loadFactorPercent() / MAX_PERCENT;
        Double payload = f.payloadTonnes() != null ? f.payloadTonnes()
                : share != null && f.payloadCapacityTonnes() != null ? share * f.payloadCapacityTonnes() : null;
        Double capacity = f.payloadCapacityTonnes() != null ? f.payloadCapacityTonnes()
                : share != null && share > 0 && payload != null ? payload / share : null;
        Double loadFactor = share != null ? share
                : payload != null && capacity != null && capacity > 0 ? payload / capacity : null;
        Double empty = f.emptyRunningPercent() == null ? null : f.emptyRunningPercent() / MAX_PERCENT;
        // undeclared empty running counts as none: the supplier's payload is then its average over every km
        double loadedKm = km * (1 - (empty == null ? 0 : empty));
        return new Load(payload == null ? null : loadedKm * payload, capacity == null ? null : loadedKm * capacity,
                loadFactor, empty);
    }

    /** g CO2e per tonne-km, or null where there are no tonne-km to divide by. */
    static @Nullable Double perTonneKm(double co2eKg, @Nullable Double tonneKm) {
        return tonneKm == null || tonneKm <= 0 ? null : co2eKg * 1000 / tonneKm;
    }
}
