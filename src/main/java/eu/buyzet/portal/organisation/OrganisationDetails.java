package eu.buyzet.portal.organisation;

/** What an administrator enters for an organisation. */
public record OrganisationDetails(String name, OrganisationKind kind, String country, String orgNumber,
                                  String vatNumber) {
}
