package eu.buyzet.portal.organisation;

import eu.buyzet.portal.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** Filters for the member list; null means "any". */
public record MemberFilter(@Nullable String text, @Nullable OrganisationId organisationId) {
    public static final MemberFilter ANY = new MemberFilter(null, null);
}
