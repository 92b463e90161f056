package eu.buyzet.portal.footprint.calculator;

import eu.buyzet.portal.shared.YearSpan;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The Clean Vehicles Directive's class (Directive 2009/33/EC as amended by Directive (EU) 2019/1161,
 * art. 4(4)-(5) and Annex, Table 2). Zero-emission counts as clean too. L-category vehicles and
 * cargo bikes are outside the directive.
 *
 * <p>Light-duty (M1, M2, N1): until 31 December 2025 clean means at most 50 g CO2/km and at most
 * 80 % of the applicable real-driving-emission limits for NOx and particle number; from 1 January
 * 2026 only zero-emission (0 g CO2/km) counts. Heavy-duty (M3, N2, N3): clean on an alternative
 * fuel (art. 4(4)(b), by reference to Directive 2014/94/EU art. 2(1)-(2)), but a liquid biofuel
 * only unblended and not from high-ILUC-risk feedstock (Directive (EU) 2018/2001 art. 26,
 * Delegated Regulation (EU) 2019/807).
 */
public enum CvdClass {
    ZERO_EMISSION, CLEAN, NEITHER, NOT_COVERED;

    /** The first day of the directive's second reference period, from which Table 2 asks for 0 g CO2/km. */
    public static final LocalDate SECOND_PERIOD = LocalDate.of(2026, 1, 1);
    /** Annex, Table 2, until 31 December 2025. */
    static final double LIGHT_DUTY_CO2_G_PER_KM = 50;
    static final double LIGHT_DUTY_RDE_PERCENT = 80;

    /**
     * The years an award date may be given in: a contract still mapped may have been awarded long
     * before the directive, and one being prepared is awarded within a few years.
     */
    public static YearSpan awardYears() {
        return YearSpan.until(1990, 10);
    }

    /** A class with the reason for it. */
    public record Classified(CvdClass cvdClass, CvdReason reason) {
    }

    /** The class under the rules from 1 January 2026, with nothing declared beyond category and carrier. */
    static CvdClass of(VehicleCategory category, EnergyCarrier carrier) {
        return classify(category, carrier, CvdDeclaration.NONE, SECOND_PERIOD).cvdClass();
    }

    /**
     * The class of a flow's vehicles under the rules in force on {@code on}: the date the contract
     * is awarded, which art. 5 and the Annex's Tables 3-5 tie the targets and thresholds to.
     */
    public static Classified classify(VehicleCategory category, EnergyCarrier carrier,
                                      @Nullable CvdDeclaration declared, LocalDate on) {
        CvdDeclaration d = declared == null ? CvdDeclaration.NONE : declared;
        if (category == VehicleCategory.L || carrier == EnergyCarrier.HUMAN_POWERED) {
            return new Classified(NOT_COVERED, CvdReason.OUTSIDE_DIRECTIVE);
        }
        if (carrier.zeroEmission()) {
            return new Classified(ZERO_EMISSION, CvdReason.NO_TAILPIPE);
        }
        if (!category.heavyDuty()) {
            return lightDuty(d, on);
        }
        return switch (carrier) {
            case FOSSIL_GAS -> new Classified(CLEAN, CvdReason.HEAVY_DUTY_GAS);
            // biomethane is natural gas to the directive, blended or not; only high-ILUC feedstock excludes it
            case BIOGAS -> Boolean.TRUE.equals(d.highIlucRiskFeedstock())
                    ? new Classified(NEITHER, CvdReason.HEAVY_DUTY_BIOFUEL_EXCLUDED)
                    : new Classified(CLEAN, CvdReason.HEAVY_DUTY_GAS);
            case HVO100 -> liquidBiofuel(d);
            default -> new Classified(NEITHER, CvdReason.HEAVY_DUTY_FOSSIL);
        };
    }

    private static Classified lightDuty(CvdDeclaration d, LocalDate on) {
        if (!on.isBefore(SECOND_PERIOD)) {
            return new Classified(NEITHER, CvdReason.LIGHT_DUTY_ZERO_EMISSION_ONLY);
        }
        Double co2 = d.typeApprovalCo2GPerKm();
        Double rde = d.rdePercentOfLimits();
        if (co2 == null || rde == null) {
            return new Classified(NEITHER, CvdReason.LIGHT_DUTY_THRESHOLDS_NOT_DECLARED);
        }
        return co2 <= LIGHT_DUTY_CO2_G_PER_KM && rde <= LIGHT_DUTY_RDE_PERCENT
                ? new Classified(CLEAN, CvdReason.LIGHT_DUTY_WITHIN_THRESHOLDS)
                : new Classified(NEITHER, CvdReason.LIGHT_DUTY_ABOVE_THRESHOLDS);
    }

    private static Classified liquidBiofuel(CvdDeclaration d) {
        if (d.biofuelUnblended() == null || d.highIlucRiskFeedstock() == null) {
            return new Classified(NEITHER, CvdReason.HEAVY_DUTY_BIOFUEL_NOT_DECLARED);
        }
        return d.biofuelUnblended() && !d.highIlucRiskFeedstock()
                ? new Classified(CLEAN, CvdReason.HEAVY_DUTY_BIOFUEL_DECLARED)
                : new Classified(NEITHER, CvdReason.HEAVY_DUTY_BIOFUEL_EXCLUDED);
    }

    /** The class of several flows together: the weakest of those the directive covers. */
    static CvdClass combined(Iterable<CvdClass> classes) {
        CvdClass weakest = NOT_COVERED;
        for (CvdClass c : classes) {
            if (c == NOT_COVERED) {
                continue;
            }
            if (weakest == NOT_COVERED || c.ordinal() > weakest.ordinal()) {
                weakest = c;
            }
        }
        return weakest;
    }
}
