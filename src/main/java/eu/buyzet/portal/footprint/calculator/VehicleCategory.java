package eu.buyzet.portal.footprint.calculator;

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
    /** Bus or coach. */
    M2_M3(true),
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
}
