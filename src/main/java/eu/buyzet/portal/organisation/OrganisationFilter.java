package eu.buyzet.portal.organisation;

import org.jspecify.annotations.Nullable;

/** Filters for the organisation list; null means "any". */
public record OrganisationFilter(@Nullable String text, @Nullable OrganisationKind kind) {
    public static final OrganisationFilter ANY = new OrganisationFilter(null, null);
}
