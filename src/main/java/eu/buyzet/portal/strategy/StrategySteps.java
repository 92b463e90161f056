package eu.buyzet.portal.strategy;

import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.shared.OrganisationId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Every step of an area or a strategy goes to the audit trail, and a strategy's steps are told to whom they concern. */
@Component
class StrategySteps {

    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;

    StrategySteps(AuditTrail audit, ApplicationEventPublisher events, CurrentUser currentUser) {
        this.audit = audit;
        this.events = events;
        this.currentUser = currentUser;
    }

    void areaSaved(PriorityArea area, String step) {
        audit.record("priority-area." + step, "priority-area", area.id(), Map.of("organisation", area.owner().value(),
                "contracts", area.contracts().size()));
    }

    /** Audits the step and tells the organisations, the one taking it left out by the notifications. */
    void strategy(Strategy s, String step, Collection<OrganisationId> notify, Map<String, ?> auditDetails) {
        Map<String, Object> details = new LinkedHashMap<>(auditDetails);
        details.put("organisation", currentUser.require().organisationId().value());
        details.put("lineage", s.lineage());
        details.put("number", s.number());
        audit.record("strategy." + step, "strategy", s.id(), details);
        if (!notify.isEmpty()) {
            events.publishEvent(new StrategyStepTaken(s.id(), s.title(), step, List.copyOf(notify)));
        }
    }
}
