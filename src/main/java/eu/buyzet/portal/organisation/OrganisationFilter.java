package eu.buyzet.portal.organisation;

/** Filters for the organisation list; null means "any". */
public record OrganisationFilter(String text, OrganisationKind kind) {
    public static final OrganisationFilter ANY = new OrganisationFilter(null, null);
}
