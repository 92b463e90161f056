package eu.buyzet.portal.organisation;

import org.jspecify.annotations.Nullable;

/** What a supplier fills in to sign up itself and its organisation. */
public record SignUpForm(String organisationName, String country, @Nullable String orgNumber,
                         @Nullable String vatNumber, @Nullable String displayName, @Nullable String email, String password, String localeTag,
                         boolean acceptsPrivacyNotice) {
}
