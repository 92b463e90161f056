package eu.buyzet.portal.organisation;

import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.organisation.internal.OrganisationRepository;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.organisation.internal.MemberRepository;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ValidationException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations: administrators manage them; every signed-in member can read them. */
@Service
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final MemberRepository members;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    OrganisationService(OrganisationRepository organisations, MemberRepository members, CurrentUser currentUser,
                        AuditTrail audit,
                        ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.members = members;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
    }

    /** Whether the organisation is verified, waiting, or blocked; other features decide by it. */
    @Transactional(readOnly = true)
    public OrganisationStatus status(OrganisationId id) {
        return organisations.findById(id).map(Organisation::status)
                .orElseThrow(() -> new NotFoundException("Organisation " + id));
    }

    /**
     * Organisations' names, for showing whose something is (a mapped contract's agency), so that
     * other features need not read the organisation table. Unknown ids are left out.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<OrganisationId, String> names(Collection<OrganisationId> ids) {
        return ids.isEmpty() ? Map.of() : organisations.names(ids);
    }

    /** Supplier organisations that signed themselves up and wait for a moderator, oldest first. */
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Organisation> pending(PageRequest page) {
        return organisations.findPending(page);
    }

    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public int countPending() {
        return organisations.countPending();
    }

    /**
     * A moderator verifies a pending organisation (its posts are published at once from then on),
     * blocks an organisation with a reason (its members can no longer sign in), or lifts a block.
     * Nobody decides on their own organisation.
     */
    /** Whether the current moderator may block the organisation: not their own, nor one already blocked. */
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public boolean mayBlock(OrganisationId id) {
        return get(id).status() != OrganisationStatus.BLOCKED && !id.equals(currentUser.require().organisationId())
                && mayDecideOn(id);
    }

    /**
     * An organisation with moderators or admins among its members is blocked, or let back in, by admins
     * only: a block keeps all its members out, as only an admin may keep a moderator out.
     */
    private boolean mayDecideOn(OrganisationId id) {
        return currentUser.require().has(Role.ADMIN) || !members.hasInsiders(id);
    }

    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional
    public Organisation decide(OrganisationId id, int version, OrganisationStatus to, @Nullable String reason) {
        Organisation before = get(id);
        String why = reason == null ? "" : reason.strip();
        if (to == null || to == OrganisationStatus.PENDING) {
            throw ValidationException.of("status", "validation.required");
        }
        if (to == OrganisationStatus.BLOCKED && why.isEmpty()) {
            throw ValidationException.of("reason", "validation.required");
        }
        if (before.id().equals(currentUser.require().organisationId())) {
            throw ValidationException.of("status", "validation.organisation.own");
        }
        if (!mayDecideOn(id)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only admins block organisations with moderators or admins, and lift their blocks");
        }
        if (!organisations.setStatus(id, version, to, why.isEmpty() ? null : why, currentUser.require().memberId())) {
            throw new ConcurrentEditException();
        }
        audit.record("registry.organisation-status-changed", "organisation", id, Map.of("before", before.status().name(),
                "after", to.name(), "reason", why));
        events.publishEvent(new OrganisationStatusChanged(id, before.name(), before.status(), to, why));
        return get(id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Organisation> list(OrganisationFilter filter, PageRequest page) {
        return organisations.find(filter, page);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int count(OrganisationFilter filter) {
        return organisations.count(filter);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Organisation get(OrganisationId id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("Organisation " + id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Organisation create(OrganisationDetails details) {
        OrganisationDetails clean = validate(details);
        try {
            Organisation created = organisations.insert(clean);
            audit.record("registry.organisation-created", "organisation", created.id(), Map.of("name", created.name(),
                    "kind", created.kind().name()));
            return created;
        } catch (DuplicateKeyException e) {
            throw duplicate(clean);
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Organisation update(OrganisationId id, int version, OrganisationDetails details) {
        OrganisationDetails clean = validate(details);
        try {
            if (!organisations.update(id, version, clean)) {
                organisations.findById(id).orElseThrow(() -> new NotFoundException("Organisation " + id));
                throw new ConcurrentEditException();
            }
        } catch (DuplicateKeyException e) {
            throw duplicate(clean);
        }
        return get(id);
    }

    private static ValidationException duplicate(OrganisationDetails details) {
        return details.orgNumber() != null
                ? ValidationException.of("orgNumber", "validation.organisation.number-taken")
                : ValidationException.of("vatNumber", "validation.organisation.vat-taken");
    }

    /** Normalises what people type and checks every field; all problems are reported at once. */
    static OrganisationDetails validate(OrganisationDetails d) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = d.name() == null ? "" : d.name().strip();
        if (name.isEmpty()) {
            errors.put("name", "validation.required");
        } else if (name.length() > 200) {
            errors.put("name", "validation.too-long");
        }
        if (d.kind() == null) {
            errors.put("kind", "validation.required");
        }
        String country = d.country() == null ? "" : d.country().strip().toUpperCase(Locale.ROOT);
        String orgNumber = null;
        String vatNumber = null;
        if (country.isEmpty()) {
            errors.put("country", "validation.required");
        } else if (country.equals("NO")) {
            orgNumber = NorwegianOrganisationNumber.normalise(d.orgNumber());
            if (orgNumber == null || orgNumber.isEmpty()) {
                errors.put("orgNumber", "validation.required");
            } else if (!NorwegianOrganisationNumber.isValid(orgNumber)) {
                errors.put("orgNumber", "validation.organisation.number-invalid");
            }
        } else if (VatNumber.countries().contains(country)) {
            vatNumber = VatNumber.normalise(d.vatNumber());
            if (vatNumber == null || vatNumber.isEmpty()) {
                errors.put("vatNumber", "validation.required");
            } else if (!VatNumber.isValid(country, vatNumber)) {
                errors.put("vatNumber", "validation.organisation.vat-invalid");
            }
        } else {
            errors.put("country", "validation.organisation.country-unsupported");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new OrganisationDetails(name, d.kind(), country, orgNumber, vatNumber);
    }
}
