package eu.buyzet.portal.shared;

/**
 * A window into a list, as a lazy grid asks for it. Services take this rather than Spring Data's
 * Pageable so that views and the open API share one shape and offsets stay bounded.
 */
public record PageRequest(int offset, int limit) {
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }
}
