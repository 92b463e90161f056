package eu.buyzet.portal.shared.ui;

import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.database.DatabaseUnavailable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionSystemException;

/** Maps an unexpected exception to the message key a user should read instead of a stack trace. */
public final class UserFacingErrors {

    /**
     * PostgreSQL's "character not in repertoire" and "untranslatable character" (a NUL escaped in jsonb);
     * the driver refuses a NUL in a text parameter itself, as an invalid parameter value of "zero bytes".
     */
    private static final java.util.Set<String> UNSTORABLE_TEXT = java.util.Set.of("22021", "22P05");

    private UserFacingErrors() {
    }

    public static String messageKey(Throwable error) {
        if (DatabaseUnavailable.isCauseOf(error)) {
            return "error.database-unavailable";
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return "error.access-denied";
            }
            if (t instanceof NotFoundException) {
                // hidden, withdrawn or left by someone else while the page was open
                return "error.gone";
            }
            if (t instanceof ConcurrentEditException) {
                return "error.concurrent-edit";
            }
            if (t instanceof java.sql.SQLException sql && (UNSTORABLE_TEXT.contains(sql.getSQLState())
                    || "22023".equals(sql.getSQLState()) && String.valueOf(sql.getMessage()).startsWith("Zero bytes"))) {
                // a NUL or another character PostgreSQL cannot keep in text, pasted or sent by hand
                return "error.unstorable-character";
            }
            if (t instanceof TransactionSystemException tse && tse.getApplicationException() != null
                    && !"error.unexpected".equals(messageKey(tse.getApplicationException()))) {
                // the rollback failed too; what the user needs to know is why the work failed
                return messageKey(tse.getApplicationException());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return "error.unexpected";
    }
}
