package eu.buyzet.portal.organisation;

import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.organisation.internal.MemberRepository;
import eu.buyzet.portal.organisation.internal.MembershipRequestRepository;
import eu.buyzet.portal.organisation.internal.OrganisationRepository;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ValidationException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members: administrators manage them; a member sees the colleagues in their own organisation. */
@Service
public class MemberService {

    private final MemberRepository members;
    private final OrganisationRepository organisations;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final MembershipRequestRepository requests;

    MemberService(MemberRepository members, OrganisationRepository organisations, CurrentUser currentUser,
                  AuditTrail audit, org.springframework.context.ApplicationEventPublisher events,
                  MembershipRequestRepository requests) {
        this.requests = requests;
        this.audit = audit;
        this.events = events;
        this.members = members;
        this.organisations = organisations;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Member> list(MemberFilter filter, PageRequest page) {
        return members.find(filter, page);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int count(MemberFilter filter) {
        return members.count(filter);
    }

    /** The signed-in member's own organisation's members. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Member> colleagues(PageRequest page) {
        return members.find(new MemberFilter(null, currentUser.require().organisationId()), page);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int countColleagues() {
        return members.count(new MemberFilter(null, currentUser.require().organisationId()));
    }

    /**
     * Display names, for showing who runs or wrote something. Anyone may read them: they appear
     * on public pages. Unknown ids are left out.
     */
    @Transactional(readOnly = true)
    public Map<MemberId, String> displayNames(Collection<MemberId> ids) {
        return ids.isEmpty() ? Map.of() : members.displayNames(ids);
    }

    /** Active members who have a role, e.g. to pick a forum's moderators. */
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Member> withRole(Role role) {
        return members.findActiveWithRole(role);
    }

    /** Whether a member is active and has a role; for other features' rules. */
    @Transactional(readOnly = true)
    public boolean hasRole(MemberId id, Role role) {
        return members.findById(id).filter(m -> m.active() && m.roles().contains(role)).isPresent();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Member get(MemberId id) {
        return members.findById(id).orElseThrow(() -> new NotFoundException("Member " + id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Member create(MemberDetails details) {
        MemberDetails clean = validate(details);
        try {
            Member created = members.findById(MemberId.of(members.insert(clean))).orElseThrow();
            requests.closeFor(created.email());
            audit.record("registry.member-created", "member", created.id(), Map.of("organisation",
                    Objects.requireNonNull(clean.organisationId(), "validated").value(), "roles", clean.roles().stream().map(Role::name).sorted().toList(),
                    "active", clean.active()));
            return created;
        } catch (DuplicateKeyException e) {
            throw ValidationException.of("email", "validation.member.email-taken");
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Member update(MemberId id, int version, MemberDetails details) {
        MemberDetails clean = validate(details);
        Member before = get(id);
        try {
            if (!members.update(id, version, clean)) {
                members.findById(id).orElseThrow(() -> new NotFoundException("Member " + id));
                throw new ConcurrentEditException();
            }
        } catch (DuplicateKeyException e) {
            throw ValidationException.of("email", "validation.member.email-taken");
        }
        Member after = get(id);
        audit.record("registry.member-changed", "member", id, Map.of(
                "before", Map.of("organisation", before.organisationId().value(), "roles", names(before.roles()),
                        "active", before.active(), "email", before.email()),
                "after", Map.of("organisation", after.organisationId().value(), "roles", names(after.roles()),
                        "active", after.active(), "email", after.email())));
        return after;
    }

    private static List<String> names(java.util.Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }

    /**
     * A moderator keeps a member out until a date (Oslo time, the whole day included), with a
     * reason the member is mailed. Moderators and admins are suspended by admins only.
     */
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional
    public void suspend(MemberId id, java.time.LocalDate until, String reason) {
        Member member = get(id);
        Map<String, String> errors = new LinkedHashMap<>();
        java.time.ZoneId oslo = java.time.ZoneId.of("Europe/Oslo");
        if (until == null) {
            errors.put("until", "validation.required");
        } else if (!until.isAfter(java.time.LocalDate.now(oslo)) || until.isAfter(java.time.LocalDate.now(oslo).plusYears(5))) {
            errors.put("until", "validation.member.suspend-until");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            errors.put("reason", "validation.required");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        requireMayKeepOut(member);
        if (member.id().equals(currentUser.require().memberId())) {
            throw ValidationException.of("until", "validation.member.suspend-self");
        }
        java.time.Instant end = until.plusDays(1).atStartOfDay(oslo).toInstant();
        members.suspend(id, end, why);
        audit.record("registry.member-suspended", "member", id, Map.of("until", until.toString(), "reason", why));
        events.publishEvent(new MemberSuspended(id, member.email(), member.displayName(), members.localeOf(id), until, why));
    }

    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional
    public void liftSuspension(MemberId id) {
        // an admin's suspension of a moderator is not for another moderator to undo
        requireMayKeepOut(get(id));
        members.suspend(id, null, null);
        audit.record("registry.member-suspension-lifted", "member", id, Map.of());
    }

    /** Whether the member is suspended, and whether the current moderator may change that. */
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public MemberAccess access(MemberId id) {
        Member member = get(id);
        return new MemberAccess(members.suspendedUntil(id).orElse(null),
                mayKeepOut(member) && !member.id().equals(currentUser.require().memberId()));
    }

    /** Moderators and admins are suspended, and let back in, by admins only. */
    private boolean mayKeepOut(Member member) {
        boolean insider = member.roles().contains(Role.MODERATOR) || member.roles().contains(Role.ADMIN);
        return !insider || currentUser.require().has(Role.ADMIN);
    }

    private void requireMayKeepOut(Member member) {
        if (!mayKeepOut(member)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only admins suspend moderators and admins, and lift their suspensions");
        }
    }

    /** Until when the member is suspended, if they are now. */
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public java.util.Optional<java.time.Instant> suspendedUntil(MemberId id) {
        return members.suspendedUntil(id);
    }

    /**
     * Members found by name or email, for a moderator who must act on someone who
     * has not posted (at least two characters, so the list is never the whole register).
     */
    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Member> find(String text, PageRequest page) {
        String t = text == null ? "" : text.strip();
        if (t.length() < 2) {
            return List.of();
        }
        return members.find(new MemberFilter(t, null), page);
    }

    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public int countFound(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() < 2 ? 0 : members.count(new MemberFilter(t, null));
    }

    /** People who signed in through Keycloak and wait to be added, oldest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<MembershipRequest> membershipRequests(PageRequest page) {
        return requests.open(page);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int countMembershipRequests() {
        return requests.countOpen();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void declineMembershipRequest(MembershipRequestId id) {
        if (requests.close(id, "DECLINED")) {
            audit.record("registry.membership-declined", "membership-request", id, Map.of());
        }
    }

    /** Only agency staff act as buyers, only supplier staff as suppliers. */
    static boolean rolesFit(OrganisationKind kind, java.util.Set<Role> roles) {
        return switch (kind) {
            case PUBLIC_AGENCY -> !roles.contains(Role.SUPPLIER);
            case SUPPLIER -> !roles.contains(Role.AGENCY);
        };
    }

    private MemberDetails validate(MemberDetails d) {
        Map<String, String> errors = new LinkedHashMap<>();
        String email = d.email() == null ? "" : d.email().strip();
        if (email.isEmpty()) {
            errors.put("email", "validation.required");
        } else if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
            errors.put("email", "validation.email");
        }
        String name = d.displayName() == null ? "" : d.displayName().strip();
        if (name.isEmpty()) {
            errors.put("displayName", "validation.required");
        } else if (name.length() > 200) {
            errors.put("displayName", "validation.too-long");
        }
        if (d.organisationId() == null) {
            errors.put("organisationId", "validation.required");
        } else {
            var organisation = organisations.findById(d.organisationId());
            if (organisation.isEmpty()) {
                errors.put("organisationId", "validation.required");
            } else if (!rolesFit(organisation.get().kind(), d.roles())) {
                errors.put("roles", "validation.member.role-kind");
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new MemberDetails(email, name, d.organisationId(), d.roles(), d.active());
    }
}
