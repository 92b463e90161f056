package eu.buyzet.portal.footprint.calculator;

/** A figure with the source it comes from; the source names the publication, table and year. */
public record Sourced(double value, String source) {
    public Sourced {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("A factor is a finite, non-negative number: " + value);
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("Every figure carries its source");
        }
    }
}
