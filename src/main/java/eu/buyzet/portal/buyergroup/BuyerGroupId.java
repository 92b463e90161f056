package eu.buyzet.portal.buyergroup;

/** A buyer group. */
public record BuyerGroupId(long value) {
    public static BuyerGroupId of(long value) {
        return new BuyerGroupId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
