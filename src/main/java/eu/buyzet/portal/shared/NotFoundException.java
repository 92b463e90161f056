package eu.buyzet.portal.shared;

/** Something does not exist, or does not exist for the current user: both answer the same (404, not 403). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
