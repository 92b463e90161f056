package eu.buyzet.portal.strategy;

/** A priority area: contracts an agency picked for a strategy. */
public record PriorityAreaId(long value) {
    public static PriorityAreaId of(long value) {
        return new PriorityAreaId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
