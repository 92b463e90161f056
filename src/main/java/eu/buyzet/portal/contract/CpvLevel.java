package eu.buyzet.portal.contract;

/** How finely the ranking groups contracts by their main CPV code. */
public enum CpvLevel {
    DIVISION(2),
    GROUP(3),
    CLASS(4);

    private final int digits;

    CpvLevel(int digits) {
        this.digits = digits;
    }

    public int digits() {
        return digits;
    }
}
