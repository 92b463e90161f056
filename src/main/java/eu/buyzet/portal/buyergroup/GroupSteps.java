package eu.buyzet.portal.buyergroup;

import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.buyergroup.internal.BuyerGroupRepository;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Every step of a group is recorded with who and when, goes to the audit trail, and is told to the members. */
@Component
class GroupSteps {

    private final BuyerGroupRepository groups;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    GroupSteps(BuyerGroupRepository groups, CurrentUser currentUser, AuditTrail audit, ApplicationEventPublisher events) {
        this.groups = groups;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
    }

    /** Moves the group to {@code to} if nobody moved it since {@code version}. */
    void move(BuyerGroup g, int version, BuyerGroupStatus to, @Nullable NoticeReference notice,
              @Nullable String reason) {
        if (!groups.setStatus(g.id(), version, to, notice, reason)) {
            throw new ConcurrentEditException();
        }
    }

    /** Records the step, audits it and tells the members. */
    void record(BuyerGroup g, String step, @Nullable BuyerGroupStatus from, @Nullable BuyerGroupStatus to,
                @Nullable String detail, Map<String, ?> auditDetails) {
        PortalUser user = currentUser.require();
        groups.addStep(g.id(), step, from, to, detail, user.memberId());
        Map<String, Object> details = new LinkedHashMap<>(auditDetails);
        details.put("organisation", user.organisationId().value());
        if (from != null) {
            details.put("from", from.name());
            details.put("to", Objects.requireNonNull(to, "a step from a status goes to one").name());
        }
        audit.record("buyer-group." + step, "buyer-group", g.id(), details);
        events.publishEvent(stepTaken(g, step));
    }

    /** What a step's notification carries, and to whom: the step's name and the group's title, never a figure. */
    @DisclosureChannel("buyergroup.step-notification")
    private BuyerGroupStepTaken stepTaken(BuyerGroup g, String step) {
        return new BuyerGroupStepTaken(g.id(), g.title(), step, BuyerGroupDisclosure.notified(g, groups.members(g.id())));
    }

    static String strip(@Nullable String s) {
        return s == null ? "" : s.strip();
    }
}
