package eu.buyzet.portal.organisation;

import eu.buyzet.portal.shared.OrganisationId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A public agency or a supplier. Norwegian organisations are identified by their organisation
 * number, others by their EU VAT number.
 */
public record Organisation(OrganisationId id, String name, OrganisationKind kind, String country,
                           @Nullable String orgNumber, @Nullable String vatNumber, OrganisationStatus status, int version) {

    /** The identifier shown to people: the organisation number or the VAT number. */
    public String registrationNumber() {
        return orgNumber != null ? orgNumber : Objects.requireNonNull(vatNumber, "an organisation has one of the two");
    }
}
