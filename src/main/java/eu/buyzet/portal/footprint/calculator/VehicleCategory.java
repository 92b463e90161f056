package eu.buyzet.portal.footprint.calculator;

import org.jspecify.annotations.Nullable;

/** EU vehicle categories (Regulation (EU) 2018/858 and 168/2013) as a transport flow declares them. */
public enum VehicleCategory {
    /** Passenger car. */
    M1(false),
    /** Van up to 3.5 t. */
    N1(false),
    /** Truck 3.5 to 12 t. */
    N2(true),
    /** Truck over 12 t. */
    N3(true),
    /**
     * Bus or coach. Counted as M3, heavy-duty, under the Clean Vehicles Directive: minibuses are
     * declared as {@link #M2}, which the directive treats as light-duty.
     */
    M2_M3(true),
    /**
     * Minibus: more than 8 passenger seats besides the driver's and up to 5 t. Light-duty under the
     * Clean Vehicles Directive (Directive 2009/33/EC art. 4(3), as amended by (EU) 2019/1161, and
     * its Annex, Table 2); takes the bus rows of a factor set, and has energy use ranges of its own.
     */
    M2(false),
    /** Two- and three-wheelers, light quadricycles and cargo bikes. */
    L(false);

    private final boolean heavyDuty;

    VehicleCategory(boolean heavyDuty) {
        this.heavyDuty = heavyDuty;
    }

    /** Heavy-duty in the Clean Vehicles Directive's sense (trucks N2, N3 and buses M3). */
    public boolean heavyDuty() {
        return heavyDuty;
    }

    /**
     * The most a vehicle of this category weighs laden. Where the category's definition bounds it,
     * that bound (Regulation (EU) 2018/858, Article 4(1): N1 a maximum mass not exceeding 3.5 t, N2
     * not exceeding 12 t, M2 not exceeding 5 t); for N3, the 60 t of the longest road trains Norway
     * admits (modular vehicle combinations; the EU's Directive 96/53/EC, Annex I, allows 40-44 t);
     * for a bus or coach, the 28 t of an articulated bus of Directive 96/53/EC, Annex I. M1's and L's
     * definitions bound no laden mass: a car takes the 3.5 t of a vehicle driven on an ordinary
     * licence (Directive 2006/126/EC, Article 4(4)(b)), and an L vehicle one and a half times the
     * 1,000 kg in running order of the heaviest L vehicles (Regulation (EU) No 168/2013, Annex I,
     * L5e), the method's tolerance for a figure no source bounds (as {@link EnergyUseRanges}). What a
     * vehicle carries, or could carry, is less: a payload above it is not this category's, and its
     * tonne-km would make a van look like a lorry, or a car like one.
     */
    public double maxMassTonnes() {
        return switch (this) {
            case N1, M1 -> 3.5;
            case N2 -> 12.0;
            case M2 -> 5.0;
            case N3 -> 60.0;
            case M2_M3 -> 28.0;
            case L -> 1.5;
        };
    }

    /** The category whose rows a factor set gives for this one (the energy use ranges have M2's own). */
    public VehicleCategory factorRow() {
        return this == M2 ? M2_M3 : this;
    }
}
