package eu.buyzet.portal.buyergroup;

import eu.buyzet.portal.buyergroup.BuyerGroupDisclosure.Reader;
import eu.buyzet.portal.buyergroup.internal.BuyerGroupRepository;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.ValidationException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may take which step of a group, and when: one rule ({@link #refusal}) that each step
 * enforces when taken and the page's read model tells the user, so the two cannot disagree.
 * What a reader may see is {@link BuyerGroupDisclosure}'s business; this is about doing.
 */
@Component
class GroupRules {

    private final BuyerGroupRepository groups;
    private final ForumService forums;
    private final CurrentUser currentUser;

    GroupRules(BuyerGroupRepository groups, ForumService forums, CurrentUser currentUser) {
        this.groups = groups;
        this.forums = forums;
        this.currentUser = currentUser;
    }

    /**
     * What the rule looks at: the user (null when anonymous), the group in a status (the locked
     * one when a step is taken), and the user's own membership and interest.
     */
    record Situation(BuyerGroup group, BuyerGroupStatus status, @Nullable PortalUser user, boolean moderates,
                     Optional<GroupMember> mine, boolean interested, long signedLetters) {

        boolean agency() {
            return user != null && user.has(Role.AGENCY);
        }

        boolean supplier() {
            return user != null && user.has(Role.SUPPLIER);
        }

        /** The lead buyer: people of the proposal's agency. */
        boolean lead() {
            return user != null && user.has(Role.AGENCY) && user.organisationId().equals(group.leadOrganisationId());
        }
    }

    /** How the current user stands to the group, for what it may see. */
    Reader reader(BuyerGroup g, List<GroupMember> all) {
        PortalUser user = currentUser.get().orElse(null);
        return BuyerGroupDisclosure.reader(user, g, user != null && moderates(g),
                organisation -> all.stream().anyMatch(m -> m.organisationId().equals(organisation)));
    }

    /** The current user's situation in the group when taking a step, with the group in the locked {@code status}. */
    Situation situation(BuyerGroup g, BuyerGroupStatus status) {
        return situation(g, status, groups.members(g.id()), groups.interests(g.id()));
    }

    /** The current user's situation in the group, with the group in {@code status}. */
    Situation situation(BuyerGroup g, BuyerGroupStatus status, List<GroupMember> all, List<SupplierInterest> interests) {
        PortalUser user = currentUser.get().orElse(null);
        Optional<GroupMember> mine = user == null || !user.has(Role.AGENCY) ? Optional.empty()
                : all.stream().filter(m -> m.organisationId().equals(user.organisationId())).findFirst();
        boolean interested = user != null && user.has(Role.SUPPLIER)
                && interests.stream().anyMatch(i -> i.organisationId().equals(user.organisationId()));
        return new Situation(g, status, user, user != null && moderates(g), mine, interested,
                all.stream().filter(GroupMember::hasSignedLetter).count());
    }

    /** Takes the step only if the rule allows it; otherwise says why, as an exception. */
    static void require(GroupAction action, Situation s) {
        RuntimeException refused = refusal(action, s);
        if (refused != null) {
            throw refused;
        }
    }

    /** Every step the rule allows now: what the page offers. Each is checked again when taken. */
    static Set<GroupAction> allowed(Situation s) {
        Set<GroupAction> allowed = EnumSet.noneOf(GroupAction.class);
        for (GroupAction action : GroupAction.values()) {
            if (refusal(action, s) == null) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /**
     * Why the user may not take the step now, or null when it may. The order of the checks is the
     * order of the answers: first whose step it is, then the group's state, then the user's own part.
     */
    private static @Nullable RuntimeException refusal(GroupAction action, Situation s) {
        BuyerGroupId id = s.group().id();
        boolean forming = s.status() == BuyerGroupStatus.FORMING;
        return switch (action) {
            case JOIN -> !s.agency() ? denied("Only agencies join group " + id)
                    : !forming ? wrongState()
                    : s.mine().isPresent() ? ValidationException.of("organisation", "validation.buyer-group.already-member")
                    : null;
            case CHANGE_SHARE -> member(s, forming);
            case SIGN_LETTER -> {
                RuntimeException notMember = member(s, forming);
                yield notMember != null ? notMember : s.mine().orElseThrow().hasSignedLetter()
                        ? ValidationException.of("signerName", "validation.buyer-group.letter-signed") : null;
            }
            case LEAVE -> !s.agency() ? denied("Only agencies leave group " + id)
                    : !forming ? wrongState()
                    : s.lead() ? ValidationException.of("organisation", "validation.buyer-group.lead-cannot-leave")
                    : s.mine().isEmpty() ? denied("Not a member of group " + id)
                    : null;
            case COMMIT -> {
                RuntimeException notLead = lead(s, BuyerGroupStatus.FORMING);
                yield notLead != null ? notLead : lettersFirst(s);
            }
            case START_TENDERING -> lead(s, BuyerGroupStatus.COMMITTED);
            case AWARD -> lead(s, BuyerGroupStatus.TENDERING);
            case CANCEL -> !s.lead() && !s.moderates() ? denied("Only the lead buyer or a moderator cancels group " + id)
                    : !s.status().isOpen() ? wrongState()
                    : null;
            case REGISTER_INTEREST, CHANGE_INTEREST, WITHDRAW_INTEREST -> interest(action, s);
        };
    }

    private static @Nullable RuntimeException member(Situation s, boolean forming) {
        return !s.agency() ? denied("Only agencies are members of group " + s.group().id())
                : !forming ? wrongState()
                : s.mine().isEmpty() ? denied("Not a member of group " + s.group().id())
                : null;
    }

    /**
     * Committing closes membership: it needs the lead's own letter of intent and at least one
     * other member's. Null when they are there; otherwise what comes first, in the order it is done.
     */
    private static @Nullable RuntimeException lettersFirst(Situation s) {
        return s.mine().isEmpty() ? ValidationException.of("letters", "validation.buyer-group.lead-share-required")
                : !s.mine().get().hasSignedLetter()
                ? ValidationException.of("letters", "validation.buyer-group.lead-letter-required")
                : s.signedLetters() < 2 ? ValidationException.of("letters", "validation.buyer-group.two-letters-required")
                : null;
    }

    /**
     * The steps that are the reader's to take but wait for something first, each with the message
     * that states what: the page shows the step unavailable with that sentence beside it.
     */
    static Map<GroupAction, String> nextSteps(Situation s) {
        Map<GroupAction, String> next = new EnumMap<>(GroupAction.class);
        if (refusal(GroupAction.COMMIT, s) instanceof ValidationException v && v.fieldErrors().containsKey("letters")) {
            next.put(GroupAction.COMMIT, v.fieldErrors().get("letters"));
        }
        return next;
    }

    /** The lead buyer moves the group on, from one state only. */
    private static @Nullable RuntimeException lead(Situation s, BuyerGroupStatus from) {
        return !s.lead() ? denied("Only the lead buyer moves group " + s.group().id())
                : s.status() != from ? wrongState()
                : null;
    }

    /** Suppliers register, change and withdraw interest while the group forms or is committed. */
    private static @Nullable RuntimeException interest(GroupAction action, Situation s) {
        if (!s.supplier()) {
            return denied("Only suppliers register interest in group " + s.group().id());
        }
        if (s.status() != BuyerGroupStatus.FORMING && s.status() != BuyerGroupStatus.COMMITTED) {
            return ValidationException.of("status", "validation.buyer-group.interest-closed");
        }
        // registering again is a change; changing or withdrawing needs an interest to change
        boolean needsInterest = action != GroupAction.REGISTER_INTEREST;
        return needsInterest == s.interested() ? null
                : needsInterest ? new NotFoundException("Interest in group " + s.group().id())
                : new IllegalStateException("Registered already: a change of interest in group " + s.group().id());
    }

    private static AccessDeniedException denied(String why) {
        return new AccessDeniedException(why);
    }

    private static ValidationException wrongState() {
        return ValidationException.of("status", "validation.buyer-group.wrong-state");
    }

    /** The forum's moderators (and administrators) oversee its groups. */
    boolean moderates(BuyerGroup g) {
        return currentUser.get().isPresent() && forums.find(g.forumId()).map(forums::canManage).orElse(false);
    }
}
