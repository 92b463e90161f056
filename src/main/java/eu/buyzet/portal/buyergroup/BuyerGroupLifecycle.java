package eu.buyzet.portal.buyergroup;

import eu.buyzet.portal.shared.YearSpan;
import static eu.buyzet.portal.buyergroup.GroupSteps.strip;

import eu.buyzet.portal.buyergroup.internal.BuyerGroupRepository;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import eu.buyzet.portal.submission.SubmissionStatus;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A group's lifecycle, forming → committed → tendering → awarded, or cancelled: the proposal's
 * agency forms the group and leads it, a member from the start when its own need in the proposal
 * gives its share ({@link BuyerGroupShares#startingShare}); the lead buyer commits it, starts the tender and records
 * the award; the lead or the forum's moderators cancel it with a reason. Who may take a step and
 * when is {@link GroupRules}' one rule, checked here whatever a screen shows. A step names the
 * group as its caller read it: the version it read is the one it moves on from.
 */
@Service
public class BuyerGroupLifecycle {

    private static final Pattern DOFFIN_ID = Pattern.compile("^\\d{4}-\\d{5,7}$");
    private static final Pattern TED_ID = Pattern.compile("^\\d{1,8}-\\d{4}$");

    private final BuyerGroupRepository groups;
    private final BuyerGroupService reads;
    private final SubmissionService submissions;
    private final CurrentUser currentUser;
    private final GroupRules rules;
    private final GroupSteps steps;
    private final ApplicationEventPublisher events;
    private final BuyerGroupShares shares;

    BuyerGroupLifecycle(BuyerGroupRepository groups, BuyerGroupService reads, SubmissionService submissions,
                        CurrentUser currentUser, GroupRules rules, GroupSteps steps, ApplicationEventPublisher events,
                        BuyerGroupShares shares) {
        this.shares = shares;
        this.groups = groups;
        this.reads = reads;
        this.submissions = submissions;
        this.currentUser = currentUser;
        this.rules = rules;
        this.steps = steps;
        this.events = events;
    }

    /**
     * The proposal's agency forms a group from its published joint-purchase proposal, and leads it.
     * It takes the proposal's id, not a copy: whether it is still published and the agency's own
     * is read now.
     */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public BuyerGroup form(SubmissionId proposal, @Nullable String centralPurchasingBody,
                           @Nullable LocalDate plannedTenderDate) {
        PortalUser user = currentUser.require();
        Submission p = submissions.get(proposal);
        Map<String, String> errors = new LinkedHashMap<>();
        RuntimeException refused = formRefusal(p);
        if (refused instanceof ValidationException invalid) {
            errors.putAll(invalid.fieldErrors());
        } else if (refused != null) {
            throw refused;
        }
        String body = strip(centralPurchasingBody);
        if (body.length() > 200) {
            errors.put("centralPurchasingBody", "validation.too-long");
        }
        Map<String, List<Object>> arguments = new LinkedHashMap<>();
        if (plannedTenderDate != null && plannedTenderDate.isBefore(LocalDate.now())) {
            errors.put("plannedTenderDate", "validation.buyer-group.date-in-past");
        } else {
            // a group forms for a tender it is preparing, not for one a generation away
            YearSpan.ahead(10).check(plannedTenderDate, "plannedTenderDate", errors, arguments);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors, arguments);
        }
        BuyerGroupId id = groups.insert(proposal, user.organisationId(), body.isEmpty() ? null : body,
                plannedTenderDate, user.memberId());
        steps.record(reads.get(id), "formed", null, BuyerGroupStatus.FORMING, null, Map.of("proposal", proposal.value()));
        // the lead starts as a member where its own need in the proposal says how much it buys
        shares.startingShare(proposal).ifPresent(start -> shares.join(reads.get(id), start.share()));
        return reads.get(id);
    }

    /** Whether the current user may form a group from the proposal: what its page offers. */
    @Transactional(readOnly = true)
    public boolean mayForm(Submission proposal) {
        return formRefusal(proposal) == null;
    }

    /**
     * Why the current user may not form a group from the proposal, or null: the proposal's agency
     * forms one from its published joint-purchase proposal, once.
     */
    private @Nullable RuntimeException formRefusal(Submission p) {
        if (currentUser.get().filter(u -> u.has(Role.AGENCY)).isEmpty() || !submissions.canEdit(p)) {
            return new AccessDeniedException("Only the proposal's agency forms a buyer group from " + p.id());
        }
        if (p.kind() != SubmissionKind.PROPOSAL || p.status() != SubmissionStatus.PUBLISHED) {
            return ValidationException.of("proposal", "validation.buyer-group.published-proposal");
        }
        if (groups.findByProposal(p.id()).isPresent()) {
            return ValidationException.of("proposal", "validation.buyer-group.exists");
        }
        return null;
    }

    /**
     * The lead buyer closes membership. It needs the lead's own letter of intent and at least one
     * other member's; members without a letter stay listed but are not counted from now on.
     */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public BuyerGroup commit(BuyerGroup group) {
        // the letters it needs are part of the rule, so that the page offers the step only once they are there
        BuyerGroup g = take(group, GroupAction.COMMIT);
        List<GroupMember> members = groups.members(g.id());
        steps.move(g, group.version(), BuyerGroupStatus.COMMITTED, null, null);
        steps.record(g, "committed", BuyerGroupStatus.FORMING, BuyerGroupStatus.COMMITTED, null,
                Map.of("committedMembers", members.stream().filter(GroupMember::hasSignedLetter).count()));
        return reads.get(g.id());
    }

    /** The lead buyer publishes the tender: the notice's Doffin or TED id and address are kept. */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public BuyerGroup startTendering(BuyerGroup group, @Nullable NoticeReference notice) {
        BuyerGroup g = take(group, GroupAction.START_TENDERING);
        NoticeReference checked = check(notice);
        steps.move(g, group.version(), BuyerGroupStatus.TENDERING, checked, null);
        steps.record(g, "tendering", BuyerGroupStatus.COMMITTED, BuyerGroupStatus.TENDERING,
                checked.displayName(), Map.of("system", checked.system().name(), "noticeId", checked.id(),
                        "url", checked.url()));
        events.publishEvent(new BuyerGroupTendering(g.id(), g.proposalId(), checked));
        return reads.get(g.id());
    }

    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public BuyerGroup award(BuyerGroup group) {
        BuyerGroup g = take(group, GroupAction.AWARD);
        steps.move(g, group.version(), BuyerGroupStatus.AWARDED, null, null);
        steps.record(g, "awarded", BuyerGroupStatus.TENDERING, BuyerGroupStatus.AWARDED, null, Map.of());
        return reads.get(g.id());
    }

    /** The lead buyer or the forum's moderators cancel an open group, with a reason members see. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public BuyerGroup cancel(BuyerGroup group, @Nullable String reason) {
        BuyerGroup g = reads.get(group.id());
        BuyerGroupStatus status = groups.lockForStep(g.id());
        GroupRules.require(GroupAction.CANCEL, rules.situation(g, status));
        String why = strip(reason);
        if (why.isEmpty()) {
            throw ValidationException.of("reason", "validation.required");
        }
        if (why.length() > 1000) {
            throw ValidationException.of("reason", "validation.too-long");
        }
        steps.move(g, group.version(), BuyerGroupStatus.CANCELLED, null, why);
        steps.record(g, "cancelled", status, BuyerGroupStatus.CANCELLED, why, Map.of("reason", why));
        return reads.get(g.id());
    }

    /**
     * The group as it is now (the caller's copy only says which group and which version), locked
     * for the step, which the rule must allow in its locked state.
     */
    private BuyerGroup take(BuyerGroup group, GroupAction step) {
        BuyerGroup g = reads.get(group.id());
        GroupRules.require(step, rules.situation(g, groups.lockForStep(g.id())));
        return g;
    }

    private static NoticeReference check(@Nullable NoticeReference notice) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (notice == null || notice.system() == null) {
            throw ValidationException.of("noticeSystem", "validation.required");
        }
        String id = strip(notice.id());
        String url = strip(notice.url());
        Pattern format = notice.system() == NoticeReference.System.DOFFIN ? DOFFIN_ID : TED_ID;
        if (!format.matcher(id).matches()) {
            errors.put("noticeId", notice.system() == NoticeReference.System.DOFFIN
                    ? "validation.buyer-group.doffin-id" : "validation.buyer-group.ted-id");
        }
        if (!isNoticeUrl(url, notice.system())) {
            errors.put("noticeUrl", "validation.buyer-group.notice-url");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new NoticeReference(notice.system(), id, url);
    }

    private static boolean isNoticeUrl(String url, NoticeReference.System system) {
        try {
            URI uri = URI.create(url);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            String expected = system == NoticeReference.System.DOFFIN ? "doffin.no" : "ted.europa.eu";
            return "https".equals(uri.getScheme()) && (host.equals(expected) || host.endsWith("." + expected));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
