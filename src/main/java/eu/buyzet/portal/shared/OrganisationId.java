package eu.buyzet.portal.shared;

/** Identifies an organisation (public agency or supplier) across all features. */
public record OrganisationId(long value) {
    public static OrganisationId of(long value) {
        return new OrganisationId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
