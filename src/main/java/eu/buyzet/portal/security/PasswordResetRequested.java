package eu.buyzet.portal.security;

/**
 * A member of a local account asked for a new password: the mail carries {@code resetPath}, which
 * holds the only copy of the secret token outside the recipient's mailbox. Never logged or audited.
 */
public record PasswordResetRequested(long resetId, String email, String displayName, String localeTag,
                                     String resetPath, int validForMinutes) {

    @Override
    public String toString() {
        return "PasswordResetRequested[resetId=" + resetId + "]";
    }
}
