package eu.buyzet.portal.footprint.calculator;

import org.jspecify.annotations.Nullable;

/**
 * The estimated emissions from indirect land-use change (ILUC) of HVO declared made from
 * high-ILUC-risk feedstock, reported beside the footprint and never in it (decision 063).
 *
 * <p>Why beside: ISO 14083 and the GLEC Framework count a fuel's own life cycle, which leaves the
 * market-wide effect of displaced food crops out, and the directive calls its figures provisional
 * estimates. Why at all: without it palm-oil HVO and waste-based HVO show the same CO2e, although
 * the directive caps the former for exactly this effect. Why only HVO: the one feedstock Delegated
 * Regulation (EU) 2019/807 names high-ILUC-risk is palm oil, an oil crop; biomethane from it is not
 * made, and biogas declared so is already refused the directive's "clean". The figures belong to the
 * method, like the energy-use ranges, and a stored result keeps the figure it was computed with.
 */
public final class IndirectLandUse {

    /** The directive's estimate for biofuels from oil crops, g CO2e per MJ of fuel. */
    public static final Sourced OIL_CROPS_G_PER_MJ = new Sourced(55, "Directive (EU) 2018/2001, Annex VIII, Part A "
            + "(provisional estimated indirect land-use change emissions from biofuel feedstock), feedstock group "
            + "'Oil crops': mean 55 g CO2eq/MJ, interpercentile range 33 to 66; the same table as Directive 98/70/EC, "
            + "Annex V, Part A, inserted by Directive (EU) 2015/1513");
    /** HVO's energy content, MJ per litre, as the method's HVO factors already take it. */
    public static final Sourced HVO_MJ_PER_LITRE = new Sourced(34, "Directive (EU) 2018/2001, Annex III (energy "
            + "content of fuels), hydrotreated oil from biomass to replace diesel: 34 MJ/l");

    private IndirectLandUse() {
    }

    /** kg CO2e from indirect land-use change of {@code energy} in the carrier's unit; null where none is estimated. */
    static @Nullable Double kg(EnergyCarrier carrier, @Nullable CvdDeclaration declared, double energy) {
        if (carrier != EnergyCarrier.HVO100 || declared == null
                || !Boolean.TRUE.equals(declared.highIlucRiskFeedstock())) {
            return null;
        }
        return energy * HVO_MJ_PER_LITRE.value() * OIL_CROPS_G_PER_MJ.value() / 1_000;
    }
}
