package eu.buyzet.portal.shared.api;

import org.jspecify.annotations.Nullable;

/** A query parameter of the open API that cannot be used; answered with a 400 problem document. */
public class InvalidParameterException extends RuntimeException {
    private final String parameter;

    private final String reason;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
        this.reason = message;
    }

    public String parameter() {
        return parameter;
    }

    /** The message as given, which {@link #getMessage()} cannot promise to be. */
    public String reason() {
        return reason;
    }

    /**
     * Reads an optional enum parameter, ignoring case: null when absent, a 400 naming the
     * parameter and its allowed values when it is none of them.
     */
    public static <E extends Enum<E>> @Nullable E enumValue(String parameter, @Nullable String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /**
     * Checks the usual paging parameters. Pages stop at {@link ApiPage#MAX_PAGE}, so that
     * {@code page * size} is an offset the database can use and never overflows.
     */
    public static void checkPaging(int page, int size) {
        if (page < 0 || page > ApiPage.MAX_PAGE) {
            throw new InvalidParameterException("page", "must be between 0 and " + ApiPage.MAX_PAGE);
        }
        if (size < 1 || size > ApiPage.MAX_SIZE) {
            throw new InvalidParameterException("size", "must be between 1 and " + ApiPage.MAX_SIZE);
        }
    }
}
