package eu.buyzet.portal.organisation;

public enum OrganisationStatus {
    ACTIVE,
    /** A supplier that signed up and is not yet verified by a moderator. */
    PENDING,
    BLOCKED;

    public String messageKey() {
        return "organisation.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
