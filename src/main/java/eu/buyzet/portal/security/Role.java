package eu.buyzet.portal.security;

/**
 * The portal's roles. In Keycloak mode they are realm roles of the same name; locally they are
 * stored with the member. Spring Security sees them as authorities {@code ROLE_<name>}.
 */
public enum Role {
    AGENCY, SUPPLIER, MODERATOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** The i18n key of the role's human name. */
    public String messageKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
