package eu.buyzet.portal.shared.api;

/** A query parameter of the open API that cannot be used; answered with a 400 problem document. */
public class InvalidParameterException extends RuntimeException {
    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** Checks the usual paging parameters. */
    public static void checkPaging(int page, int size) {
        if (page < 0) {
            throw new InvalidParameterException("page", "must be 0 or more");
        }
        if (size < 1 || size > ApiPage.MAX_SIZE) {
            throw new InvalidParameterException("size", "must be between 1 and " + ApiPage.MAX_SIZE);
        }
    }
}
