package eu.buyzet.portal.organisation;

import org.jspecify.annotations.Nullable;

/** What an administrator enters for an organisation. */
public record OrganisationDetails(String name, OrganisationKind kind, String country, @Nullable String orgNumber,
                                  @Nullable String vatNumber) {
}
