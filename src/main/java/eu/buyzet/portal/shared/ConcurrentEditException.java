package eu.buyzet.portal.shared;

/** Someone else saved the same record since it was loaded (optimistic locking). */
public class ConcurrentEditException extends RuntimeException {
    public ConcurrentEditException() {
        super("Changed by someone else since it was loaded");
    }
}
