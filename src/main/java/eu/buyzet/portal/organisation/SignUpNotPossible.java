package eu.buyzet.portal.organisation;

/**
 * Someone asked to sign up with details that cannot be used. The sign-up page answers exactly
 * as for a new sign-up, so it tells no one whether an address or an organisation is registered;
 * only the owner of the address is told why, by mail.
 */
public record SignUpNotPossible(long signUpId, String email, String displayName, String localeTag, Reason reason,
                                String organisationNumber) {

    public enum Reason {
        /** The address belongs to a member already: they should sign in instead. */
        ADDRESS_IS_A_MEMBER,
        /** The organisation (by organisation or VAT number) is registered already: a colleague adds them. */
        ORGANISATION_REGISTERED
    }
}
