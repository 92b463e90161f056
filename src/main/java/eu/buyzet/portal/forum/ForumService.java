package eu.buyzet.portal.forum;

import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.forum.internal.ForumRepository;
import eu.buyzet.portal.organisation.MemberService;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forums. Anyone reads public forums; members also read members-only ones, which for anyone else
 * do not exist. Moderators create forums; a forum's own moderators (or an administrator) edit,
 * archive and reopen it.
 */
@Service
public class ForumService {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;

    private final ForumRepository forums;
    private final MemberService members;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    ForumService(ForumRepository forums, MemberService members, CurrentUser currentUser, AuditTrail audit) {
        this.forums = forums;
        this.members = members;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @DisclosureChannel("forum.page-list")
    public List<Forum> list(ForumFilter filter, PageRequest page) {
        return withNames(forums.find(filter, !ForumDisclosure.seesMembersOnlyForums(currentUser.get()), page));
    }

    /**
     * The forums the current user may see whose titles hold the typed words, a page at a time, for a
     * choice list: the same forums as {@link #list}, without the moderators' names that a choice shows
     * nowhere (one query a page fewer). Its {@link Forum#moderatorNames()} are empty.
     */
    @Transactional(readOnly = true)
    @DisclosureChannel("forum.page-choices")
    public List<Forum> choices(@Nullable String typed, PageRequest page) {
        return forums.find(new ForumFilter(typed, null), !ForumDisclosure.seesMembersOnlyForums(currentUser.get()), page);
    }

    @Transactional(readOnly = true)
    public int count(ForumFilter filter) {
        return forums.count(filter, !ForumDisclosure.seesMembersOnlyForums(currentUser.get()));
    }

    /** Public forums only, whoever asks: what the open API publishes. */
    @Transactional(readOnly = true)
    public List<Forum> listPublic(ForumFilter filter, PageRequest page) {
        return withNames(forums.find(filter, !ForumDisclosure.seesMembersOnlyForums(Optional.empty()), page));
    }

    @Transactional(readOnly = true)
    public int countPublic(ForumFilter filter) {
        return forums.count(filter, !ForumDisclosure.seesMembersOnlyForums(Optional.empty()));
    }

    @Transactional(readOnly = true)
    public Optional<Forum> findPublic(ForumId id) {
        return forums.findById(id).filter(ForumService::isPublic).map(f -> withNames(List.of(f)).getFirst());
    }

    /**
     * Whether the forum is one the open API publishes, so that what is in it may be published too.
     * Unlike {@link #findPublic} it reads no moderator's name, which a disclosure decision does not need.
     */
    @Transactional(readOnly = true)
    public boolean isPublic(ForumId id) {
        return forums.findById(id).filter(ForumService::isPublic).isPresent();
    }

    /** The current user's relation to the forum, for deciding what in it they may see; no names read. */
    @Transactional(readOnly = true)
    public ForumAccess access(ForumId id) {
        return forums.findById(id).filter(this::visible).map(f -> new ForumAccess(true, canManage(f)))
                .orElse(ForumAccess.NONE);
    }

    private static boolean isPublic(Forum forum) {
        return ForumDisclosure.maySee(forum, Optional.empty());
    }

    /** The forum, if the current user may see it; otherwise it does not exist. */
    @Transactional(readOnly = true)
    public Forum get(ForumId id) {
        return find(id).orElseThrow(() -> new NotFoundException("Forum " + id));
    }

    @Transactional(readOnly = true)
    @DisclosureChannel("forum.page-get")
    public Optional<Forum> find(ForumId id) {
        return forums.findById(id).filter(this::visible).map(f -> withNames(List.of(f)).getFirst());
    }

    /** Whether the current user may edit, archive or reopen this forum. */
    @Transactional(readOnly = true)
    public boolean canManage(Forum forum) {
        return currentUser.get().map(user -> user.has(Role.ADMIN)
                || user.has(Role.MODERATOR) && forum.moderators().contains(user.memberId())).orElse(false);
    }

    /** What the current user may do to this forum, by the rules {@link #update}, {@link #archive} and {@link #reopen} enforce. */
    @Transactional(readOnly = true)
    public Set<ForumAction> actions(Forum forum) {
        if (!canManage(forum)) {
            return Set.of();
        }
        return forum.isArchived() ? EnumSet.of(ForumAction.REOPEN) : EnumSet.of(ForumAction.EDIT, ForumAction.ARCHIVE);
    }

    /** Whether the current user may start a forum: the roles {@link #create} admits. */
    public boolean mayCreate() {
        return currentUser.get().filter(user -> user.has(Role.MODERATOR) || user.has(Role.ADMIN)).isPresent();
    }

    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional
    public Forum create(ForumDetails details) {
        PortalUser user = currentUser.require();
        Set<MemberId> moderators = new LinkedHashSet<>(details.moderators());
        if (user.has(Role.MODERATOR)) {
            moderators.add(user.memberId());
        }
        List<CpvCode> cpv = validate(details, moderators);
        ForumDetails clean = clean(details, moderators);
        ForumId id = forums.insert(clean, cpv, user.memberId());
        // who opened a forum, for whom and under which codes: a procurement record a complaint may ask for
        audit.record("procurement-forum.created", "forum", id.value(), facts(clean, cpv));
        return get(id);
    }

    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional
    public Forum update(ForumId id, int version, ForumDetails details) {
        Forum forum = manageable(id);
        if (forum.isArchived()) {
            throw ValidationException.of("status", "validation.forum.archived");
        }
        List<CpvCode> cpv = validate(details, details.moderators());
        ForumDetails clean = clean(details, details.moderators());
        if (!forums.update(id, version, clean, cpv)) {
            throw new ConcurrentEditException();
        }
        audit.record("procurement-forum.changed", "forum", id.value(), facts(clean, cpv));
        return get(id);
    }

    /** What the audit trail keeps of a forum's settings: titles, visibility, codes and moderators. */
    private static Map<String, Object> facts(ForumDetails d, List<CpvCode> cpv) {
        Map<String, Object> facts = new java.util.LinkedHashMap<>();
        facts.put("titleNb", String.valueOf(d.titleNb()));
        facts.put("titleEn", String.valueOf(d.titleEn()));
        facts.put("visibility", String.valueOf(d.visibility()));
        facts.put("cpv", cpv.stream().map(CpvCode::value).toList());
        facts.put("moderators", d.moderators().stream().map(MemberId::value).sorted().toList());
        return facts;
    }

    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional
    public Forum archive(ForumId id, int version) {
        return setStatus(id, version, ForumStatus.ARCHIVED);
    }

    @PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
    @Transactional
    public Forum reopen(ForumId id, int version) {
        return setStatus(id, version, ForumStatus.OPEN);
    }

    private Forum setStatus(ForumId id, int version, ForumStatus status) {
        manageable(id);
        if (!forums.setStatus(id, version, status)) {
            throw new ConcurrentEditException();
        }
        audit.record(status == ForumStatus.ARCHIVED ? "procurement-forum.archived" : "procurement-forum.reopened",
                "forum", id.value(), Map.of());
        return get(id);
    }

    private Forum manageable(ForumId id) {
        Forum forum = get(id);
        if (!canManage(forum)) {
            throw new AccessDeniedException("Not a moderator of forum " + id);
        }
        return forum;
    }

    private boolean visible(Forum forum) {
        return ForumDisclosure.maySee(forum, currentUser.get());
    }

    private List<Forum> withNames(List<Forum> page) {
        Set<MemberId> ids = new HashSet<>();
        page.forEach(f -> ids.addAll(f.moderators()));
        Map<MemberId, String> names = members.displayNames(ids);
        return page.stream().map(f -> new Forum(f.id(), f.titleNb(), f.titleEn(), f.descriptionNb(), f.descriptionEn(),
                f.region(), f.cpvCodes(), f.status(), f.visibility(), f.moderators(),
                f.moderators().stream().map(names::get).filter(java.util.Objects::nonNull).sorted().toList(),
                f.latestActivity(), f.version())).toList();
    }

    private static ForumDetails clean(ForumDetails d, Collection<MemberId> moderators) {
        return new ForumDetails(strip(d.titleNb()), strip(d.titleEn()), strip(d.descriptionNb()), strip(d.descriptionEn()),
                strip(d.region()), d.cpvCodes(), d.visibility(), Set.copyOf(moderators));
    }

    private List<CpvCode> validate(ForumDetails d, Collection<MemberId> moderators) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (strip(d.titleNb()).isEmpty() && strip(d.titleEn()).isEmpty()) {
            errors.put("titleNb", "validation.forum.title-required");
        }
        checkLength(errors, "titleNb", d.titleNb(), MAX_TITLE);
        checkLength(errors, "titleEn", d.titleEn(), MAX_TITLE);
        checkLength(errors, "descriptionNb", d.descriptionNb(), MAX_DESCRIPTION);
        checkLength(errors, "descriptionEn", d.descriptionEn(), MAX_DESCRIPTION);
        checkLength(errors, "region", d.region(), MAX_TITLE);
        if (d.visibility() == null) {
            errors.put("visibility", "validation.required");
        }
        List<CpvCode> cpv = CpvCode.parseAll(d.cpvCodes(), errors, "cpvCodes");
        if (cpv.isEmpty() && !errors.containsKey("cpvCodes")) {
            errors.put("cpvCodes", "validation.cpv.required");
        }
        if (moderators.isEmpty() || moderators.stream().anyMatch(m -> !members.hasRole(m, Role.MODERATOR))) {
            errors.put("moderators", "validation.forum.moderators");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return cpv;
    }

    private static void checkLength(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.putIfAbsent(field, "validation.too-long");
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
