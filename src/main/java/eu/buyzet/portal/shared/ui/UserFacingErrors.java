package eu.buyzet.portal.shared.ui;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Maps an unexpected exception to the message key a user should read instead of a stack trace. */
public final class UserFacingErrors {

    private UserFacingErrors() {
    }

    /** SQLSTATE class 08 (connection exception) or 57P (the server shutting down or restarting). */
    private static boolean isConnectionLoss(Throwable t) {
        return t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"));
    }

    public static String messageKey(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof java.sql.SQLTransientConnectionException || isConnectionLoss(t)) {
                return "error.database-unavailable";
            }
            if (t instanceof AccessDeniedException) {
                return "error.access-denied";
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
