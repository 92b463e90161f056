package eu.buyzet.portal.contract;

import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.contract.internal.SpendRatioRepository;
import eu.buyzet.portal.footprint.FootprintService;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FootprintCalculator;
import java.util.Objects;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.ValidationException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The invoice-based estimate (decision 033): the trips-per-spend table and what it proposes for a
 * contract. {@link ContractService} is the way in and checks who may; this does the sums and the
 * table's validation.
 */
@Component
class SpendEstimates {

    static final double MAX_TRIPS_PER_MILLION = 100_000;
    static final double MAX_KM_PER_TRIP = 2_000;
    static final int MAX_SOURCE = 1_000;
    static final double MAX_ENERGY_PER_KM = 10;

    private final SpendRatioRepository ratios;
    private final FootprintService footprints;
    private final AuditTrail audit;

    SpendEstimates(SpendRatioRepository ratios, FootprintService footprints, AuditTrail audit) {
        this.ratios = ratios;
        this.footprints = footprints;
        this.audit = audit;
    }

    List<SpendRatio> ratios() {
        return ratios.all();
    }

    /**
     * The estimate for a contract with this main code and spend, or empty with the reason put in
     * {@code errors} under the field to change: no spend, a currency the table has no ratio in, or
     * no ratio for the category.
     */
    Optional<SpendEstimate> estimate(CpvCode main, @Nullable BigDecimal annualValue, String currency,
                                     Map<String, String> errors) {
        if (annualValue == null || annualValue.signum() <= 0) {
            errors.putIfAbsent("annualValue", "validation.contract.estimate-needs-value");
            return Optional.empty();
        }
        Optional<SpendRatio> ratio = ratios.matching(main.digits());
        if (ratio.isEmpty()) {
            errors.put("cpvCodes", "validation.contract.no-spend-ratio");
            return Optional.empty();
        }
        SpendRatio r = ratio.get();
        if (!r.currency().equals(currency)) {
            errors.put("currency", "validation.contract.estimate-currency");
            return Optional.empty();
        }
        return Optional.of(new SpendEstimate(r.cpvPrefix(), r.tripsPerMillion(), r.kmPerTrip(), r.vehicleCategory(),
                r.energyCarrier(), r.energyPerKm(), annualValue, currency, r.source()));
    }

    SpendRatio save(@Nullable SpendRatioId id, int version, SpendRatioDetails typed, MemberId by) {
        SpendRatioDetails d = check(id, typed);
        SpendRatioId saved;
        if (id == null) {
            saved = ratios.insert(d, by);
        } else {
            ratios.find(id).orElseThrow(() -> new NotFoundException("Spend ratio " + id));
            if (!ratios.update(id, version, d, by)) {
                throw new ConcurrentEditException();
            }
            saved = id;
        }
        audit.record(id == null ? "contract.spend-ratio-added" : "contract.spend-ratio-changed", "spend-ratio", saved,
                Map.of("cpvPrefix", d.cpvPrefix(), "tripsPerMillion", d.tripsPerMillion(), "kmPerTrip",
                        d.kmPerTrip(), "vehicle", d.vehicleCategory(), "carrier", d.energyCarrier(),
                        "energyPerKm", d.energyPerKm() == null ? "default" : d.energyPerKm(), "source", d.source()));
        return ratios.find(saved).orElseThrow();
    }

    private SpendRatioDetails check(@Nullable SpendRatioId id, SpendRatioDetails d) {
        Map<String, String> errors = new LinkedHashMap<>();
        String prefix = d.cpvPrefix() == null ? "" : d.cpvPrefix().strip();
        String source = d.source() == null ? "" : d.source().strip();
        if (prefix.isEmpty()) {
            errors.put("cpvPrefix", "validation.required");
        } else if (!prefix.matches("[0-9]{2,5}")) {
            errors.put("cpvPrefix", "validation.contract.spend-ratio.prefix");
        } else if (ratios.prefixTaken(prefix, id == null ? SpendRatioId.of(-1) : id)) {
            errors.put("cpvPrefix", "validation.contract.spend-ratio.prefix-taken");
        }
        range(d.tripsPerMillion(), MAX_TRIPS_PER_MILLION, "tripsPerMillion", errors);
        range(d.kmPerTrip(), MAX_KM_PER_TRIP, "kmPerTrip", errors);
        if (d.vehicleCategory() == null) {
            errors.put("vehicleCategory", "validation.required");
        }
        if (d.energyCarrier() == null) {
            errors.put("energyCarrier", "validation.required");
        }
        if (d.energyPerKm() != null && (!(d.energyPerKm() > 0) || d.energyPerKm() > MAX_ENERGY_PER_KM)) {
            errors.put("energyPerKm", "validation.contract.spend-ratio.energyPerKm");
        } else if (d.vehicleCategory() != null && d.energyCarrier() != null && !errors.containsKey("kmPerTrip")) {
            // a row must always give a computable estimate: no energy use where the factor set has no default
            try {
                FootprintCalculator.calculate(footprints.defaultFactorSet(), List.of(Flow.distance(d.vehicleCategory(),
                        d.energyCarrier(), 1, Objects.requireNonNull(d.kmPerTrip(), "checked above"))
                        .withEnergyPerKm(d.energyPerKm())));
            } catch (ValidationException e) {
                e.fieldErrors().forEach((field, message) -> errors.putIfAbsent(
                        field.substring(field.lastIndexOf('.') + 1), message));
            }
        }
        if (source.isEmpty()) {
            errors.put("source", "validation.required");
        } else if (source.length() > MAX_SOURCE) {
            errors.put("source", "validation.too-long");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new SpendRatioDetails(prefix, d.tripsPerMillion(), d.kmPerTrip(), d.vehicleCategory(),
                d.energyCarrier(), d.energyPerKm(), source);
    }

    private static void range(@Nullable Double value, double max, String field, Map<String, String> errors) {
        if (value == null) {
            errors.put(field, "validation.required");
        } else if (!(value > 0) || value > max) {
            errors.put(field, "validation.contract.spend-ratio." + field);
        }
    }
}
