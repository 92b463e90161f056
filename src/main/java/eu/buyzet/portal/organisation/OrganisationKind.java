package eu.buyzet.portal.organisation;

public enum OrganisationKind {
    /** A municipal agency or other contracting authority. */
    PUBLIC_AGENCY,
    SUPPLIER;

    public String messageKey() {
        return "organisation.kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
