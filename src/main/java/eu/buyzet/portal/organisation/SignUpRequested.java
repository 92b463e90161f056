package eu.buyzet.portal.organisation;

/**
 * Someone signed up and must confirm their address: the mail carries {@code confirmPath}, which
 * holds the only copy of the secret token outside the recipient's mailbox.
 */
public record SignUpRequested(long signUpId, String email, String displayName, String localeTag, String confirmPath) {
}
