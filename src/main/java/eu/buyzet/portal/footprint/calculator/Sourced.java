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

    /**
     * The citation up to its first comma, which names the publication: for a field's help, where
     * the whole citation (often several hundred characters) would fill a phone's screen. The whole
     * one goes with every result, under its factors and their sources.
     */
    public String publication() {
        int comma = source.indexOf(", ");
        return comma < 0 ? source : source.substring(0, comma);
    }
}
