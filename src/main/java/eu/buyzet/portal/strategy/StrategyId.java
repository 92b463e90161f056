package eu.buyzet.portal.strategy;

/** One version of a contract strategy. */
public record StrategyId(long value) {
    public static StrategyId of(long value) {
        return new StrategyId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
