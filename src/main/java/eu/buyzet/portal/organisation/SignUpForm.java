package eu.buyzet.portal.organisation;

/** What a supplier fills in to sign up itself and its organisation. */
public record SignUpForm(String organisationName, String country, String orgNumber, String vatNumber,
                         String displayName, String email, String password, String localeTag,
                         boolean acceptsPrivacyNotice) {
}
