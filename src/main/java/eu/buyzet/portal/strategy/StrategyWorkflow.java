package eu.buyzet.portal.strategy;

import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.strategy.StrategyDisclosure.Relation;
import eu.buyzet.portal.strategy.internal.StrategyRepository;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A strategy's lifecycle: draft → consultation → adopted → superseded. The owner agency sends its
 * draft to consultation, where the named agencies and the linked buyer groups' members comment;
 * the owner adopts it, recorded with who and when, and the adopted version before it of the same
 * lineage is superseded. A new version starts as a draft copy of the adopted one. Every step is
 * audited and told to whom it concerns; each names the version its caller read.
 */
@Service
public class StrategyWorkflow {

    static final int MAX_COMMENT = 4000;

    private final StrategyService reads;
    private final StrategyRepository strategies;
    private final StrategyDisclosure disclosure;
    private final CurrentUser currentUser;
    private final StrategySteps steps;

    StrategyWorkflow(StrategyService reads, StrategyRepository strategies, StrategyDisclosure disclosure,
                     CurrentUser currentUser, StrategySteps steps) {
        this.reads = reads;
        this.strategies = strategies;
        this.disclosure = disclosure;
        this.currentUser = currentUser;
        this.steps = steps;
    }

    /** The owner opens the draft to the named agencies and the linked buyer groups' members. */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public Strategy sendToConsultation(StrategyId id, int version) {
        Strategy s = take(id, StrategyAction.SEND_TO_CONSULTATION);
        if (s.instruments().isEmpty()) {
            throw ValidationException.of("instruments", "validation.strategy.no-instruments");
        }
        move(s, version, StrategyStatus.DRAFT, StrategyStatus.CONSULTATION, false);
        Strategy moved = reads.raw(id);
        steps.strategy(moved, "consultation", everyoneConcerned(moved), Map.of());
        return moved;
    }

    /**
     * The owner adopts the version in consultation, when its instruments meet FOA §7-9. Its figures
     * stay as computed from now on (computed now if it has none); the version adopted before it is
     * superseded.
     */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public Strategy adopt(StrategyId id, int version) {
        Strategy s = take(id, StrategyAction.ADOPT);
        if (StrategyScenarios.weighting(s.instruments()) == ClimateWeighting.NOT_MET) {
            throw ValidationException.of("instruments", "validation.strategy.climate-weighting");
        }
        if (s.result() == null) {
            // a plan never saved has no figures yet: computed now, with today's default set, and frozen
            strategies.fillMissingResult(id, reads.scenarioOf(s));
        }
        move(s, version, StrategyStatus.CONSULTATION, StrategyStatus.ADOPTED, true);
        int superseded = strategies.supersedeOthers(s.lineage(), id);
        Strategy adopted = reads.raw(id);
        steps.strategy(adopted, "adopted", everyoneConcerned(adopted), Map.of("superseded", superseded));
        return adopted;
    }

    /** A draft copy of the adopted version, as the next version of its lineage. */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public Strategy newVersion(StrategyId id) {
        // the second of two owners asking at once finds the first's draft open, and is told it is not now
        strategies.lockLineage(reads.raw(id).lineage());
        Strategy s = take(id, StrategyAction.NEW_VERSION);
        StrategyId copy = strategies.insertNextVersion(s, currentUser.require().memberId());
        Strategy draft = reads.raw(copy);
        steps.strategy(draft, "new-version", List.of(), Map.of("from", s.id().value()));
        return draft;
    }

    /** A comment in consultation, by the owner or one of those consulted; the owner's agency is told. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public StrategyComment comment(StrategyId id, String text) {
        Strategy s = take(id, StrategyAction.COMMENT);
        String body = PriorityAreaService.strip(text);
        if (body.isEmpty()) {
            throw ValidationException.of("comment", "validation.required");
        }
        if (body.length() > MAX_COMMENT) {
            throw ValidationException.of("comment", "validation.too-long");
        }
        PortalUser user = currentUser.require();
        strategies.addComment(id, user.memberId(), user.organisationId(), body);
        steps.strategy(s, "commented", List.of(s.owner()), Map.of());
        List<StrategyComment> all = strategies.comments(id);
        return all.getLast();
    }

    /** The strategy as it is now, if the reader may take the step on it by the page's own rule. */
    private Strategy take(StrategyId id, StrategyAction action) {
        Strategy s = reads.raw(id);
        PriorityArea area = reads.area(s);
        Relation r = disclosure.relation(area);
        if (!StrategyDisclosure.sees(r, s.status())) {
            throw new NotFoundException("Strategy " + id);
        }
        if (!reads.actions(r, s).contains(action)) {
            if (r == Relation.OWNER || r.insider() && action == StrategyAction.COMMENT) {
                throw ValidationException.of("status", "validation.strategy.step-not-now");
            }
            throw new AccessDeniedException(action + " is not the current user's to take on strategy " + id);
        }
        return s;
    }

    private void move(Strategy s, int version, StrategyStatus from, StrategyStatus to, boolean adopting) {
        if (!strategies.move(s.id(), version, from, to, adopting ? currentUser.require().memberId() : null)) {
            throw new ConcurrentEditException();
        }
    }

    /** The owner agency and everyone consulted: who may see the strategy once it is in consultation. */
    private Set<OrganisationId> everyoneConcerned(Strategy s) {
        Set<OrganisationId> all = new LinkedHashSet<>();
        all.add(s.owner());
        all.addAll(disclosure.consulted(reads.area(s)));
        return all;
    }
}
