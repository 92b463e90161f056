package eu.buyzet.portal.buyergroup;

/**
 * Where a member's current transport footprint comes from: one of its mapped contracts, or one
 * of its needs with a declared footprint. The figures are copied when the share is saved.
 */
public record FootprintSource(Kind kind, long id) {
    public enum Kind { CONTRACT, NEED }
}
