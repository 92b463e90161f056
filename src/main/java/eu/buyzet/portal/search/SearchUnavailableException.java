package eu.buyzet.portal.search;

import org.jspecify.annotations.Nullable;

/**
 * A search the portal did not finish, and why: the reader is told in words, the open API answers
 * 503 with Retry-After. Neither takes connections from the rest of the portal.
 */
public class SearchUnavailableException extends RuntimeException {

    /** Why the search was not finished. */
    public enum Reason {
        /** It ran into its statement timeout: too many matches to rank in time. Add a word or a filter. */
        TOO_BROAD("search.too-broad"),
        /** Every search slot was taken for longer than a search may wait. Try again in a moment. */
        BUSY("search.busy");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;

    public SearchUnavailableException(Reason reason, @Nullable Throwable cause) {
        super(reason == Reason.TOO_BROAD ? "Too many matches: add a word or a filter"
                : "Search is busy: try again in a moment", cause);
        this.reason = reason;
    }

    public SearchUnavailableException(Reason reason) {
        this(reason, null);
    }

    public Reason reason() {
        return reason;
    }

    /** Seconds a client should wait before asking again. */
    public int retryAfterSeconds() {
        return reason == Reason.BUSY ? 1 : 5;
    }
}
