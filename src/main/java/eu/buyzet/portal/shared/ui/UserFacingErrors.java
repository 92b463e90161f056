package eu.buyzet.portal.shared.ui;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Maps an unexpected exception to the message key a user should read instead of a stack trace. */
public final class UserFacingErrors {

    private UserFacingErrors() {
    }

    public static String messageKey(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof java.sql.SQLTransientConnectionException) {
                return "error.database-unavailable";
            }
            if (t instanceof AccessDeniedException) {
                return "error.access-denied";
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return "error.unexpected";
    }
}
