package eu.buyzet.portal.contract;

/** A row of the trips-per-spend table. */
public record SpendRatioId(long value) {
    public static SpendRatioId of(long value) {
        return new SpendRatioId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
