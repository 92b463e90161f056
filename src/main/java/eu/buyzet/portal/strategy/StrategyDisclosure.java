package eu.buyzet.portal.strategy;

import eu.buyzet.portal.buyergroup.BuyerGroupId;
import eu.buyzet.portal.buyergroup.BuyerGroupService;
import eu.buyzet.portal.contract.ContractDisclosure;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.OrganisationId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Who may see what of priority areas and strategies (decision 016, decision 030). Every channel
 * (the pages here, the exports and the open API of the outputs) asks this one policy.
 *
 * <table>
 *   <caption>Strategy facts and who sees them</caption>
 *   <tr><th>fact</th><th>who sees it</th></tr>
 *   <tr><td>a priority area: its contracts, baseline and links</td><td>the owner agency, the agencies named in
 *       it, the members of its buyer groups, and whoever may see the contract mapping it is made of
 *       (agencies, moderators, administrators)</td></tr>
 *   <tr><td>a draft strategy</td><td>the owner agency's members only</td></tr>
 *   <tr><td>a strategy in consultation, and its comments</td><td>also the named agencies and the members of the
 *       linked buyer groups, who comment</td></tr>
 *   <tr><td>an adopted or superseded strategy's summary: title, summary, instruments, rationale, when it
 *       was adopted, and the scenario as change against the baseline (the public page, the open API, the
 *       OCDS rationale: {@link PublicStrategy})</td><td>everyone, signed in or not</td></tr>
 *   <tr><td>an adopted strategy's absolute figures (baseline and scenario in kg, km, trips), its risks and
 *       who adopted it by name</td><td>insiders and whoever may see the contract mapping (agencies,
 *       moderators, administrators): the figures are sums of contracts' figures, which are the buyers'
 *       planning material (see {@code ContractDisclosure}); never suppliers or anonymous readers</td></tr>
 *   <tr><td>an evidence citation</td><td>the owner and those consulted see every citation; everyone else
 *       only those whose source is still public now (a published answer of a public dialogue, a published
 *       solution, a public buyer group's count of interested suppliers); a contract is never cited publicly</td></tr>
 *   <tr><td>consultation comments</td><td>the owner and those consulted</td></tr>
 * </table>
 *
 * Evidence is only ever captured from public items (see {@link StrategyEvidence}): confidential
 * dialogue input and a hidden share never enter a strategy to begin with.
 */
@Component
public class StrategyDisclosure {

    /** How a reader stands to an area and its strategies, strongest first. */
    public enum Relation {
        /** A member of the owning agency with the agency role: writes and adopts. */
        OWNER,
        /** A member of a named agency or of a linked buyer group's agencies: comments in consultation. */
        CONSULTED,
        /** Signed in, and may see the contract mapping (agencies, moderators, administrators). */
        MAPPING_READER,
        /** Signed in otherwise (suppliers). */
        OTHER,
        ANONYMOUS;

        public boolean insider() {
            return this == OWNER || this == CONSULTED;
        }
    }

    private final CurrentUser currentUser;
    private final ContractDisclosure contracts;
    private final BuyerGroupService buyerGroups;
    private final StrategyEvidence evidence;

    StrategyDisclosure(CurrentUser currentUser, ContractDisclosure contracts, BuyerGroupService buyerGroups,
                       StrategyEvidence evidence) {
        this.currentUser = currentUser;
        this.contracts = contracts;
        this.buyerGroups = buyerGroups;
        this.evidence = evidence;
    }

    /** The current reader's relation to the area. */
    public Relation relation(PriorityArea area) {
        Optional<PortalUser> user = currentUser.get();
        if (user.isEmpty()) {
            return Relation.ANONYMOUS;
        }
        OrganisationId org = user.get().organisationId();
        if (org.equals(area.owner()) && user.get().has(Role.AGENCY)) {
            return Relation.OWNER;
        }
        // consulted are the named agencies' procurement staff, as the owner is its agency's: not any member
        if (user.get().has(Role.AGENCY) && consulted(area).contains(org)) {
            return Relation.CONSULTED;
        }
        return contracts.seesContracts() ? Relation.MAPPING_READER : Relation.OTHER;
    }

    /**
     * The organisations consulted on the area's strategies: the named agencies and the agencies of
     * its buyer groups (lead and members), the owner left out.
     */
    public Set<OrganisationId> consulted(PriorityArea area) {
        Set<OrganisationId> all = new LinkedHashSet<>(area.agencies());
        for (long group : area.buyerGroups()) {
            try {
                all.addAll(buyerGroups.memberOrganisations(BuyerGroupId.of(group)));
            } catch (NotFoundException e) {
                // a group the reader may not see consults no one on the reader's behalf
            }
        }
        all.remove(area.owner());
        return all;
    }

    public static boolean seesArea(Relation r) {
        return r != Relation.OTHER && r != Relation.ANONYMOUS;
    }

    /** Whether the reader may see a strategy in this state at all. */
    public static boolean sees(Relation r, StrategyStatus status) {
        return switch (status) {
            case DRAFT -> r == Relation.OWNER;
            case CONSULTATION -> r.insider();
            case ADOPTED, SUPERSEDED -> true;
        };
    }

    /** Consultation comments: the owner and those consulted, once there can be any. */
    public static boolean seesComments(Relation r, StrategyStatus status) {
        return r.insider() && status != StrategyStatus.DRAFT;
    }

    /** Whether the reader sees every citation, or only those whose source is public now. */
    public static boolean seesEveryCitation(Relation r) {
        return r.insider();
    }

    /**
     * The strategy as the reader may see it: insiders get it whole; everyone else gets the public
     * summary, whose citations are only those whose source is public now.
     */
    public Strategy view(Relation r, PriorityArea area, Strategy s) {
        if (!sees(r, s.status())) {
            throw new NotFoundException("Strategy " + s.id());
        }
        if (seesEveryCitation(r)) {
            return s;
        }
        return r == Relation.MAPPING_READER ? withPublicCitations(area, s) : publicSummary(area, s);
    }

    /**
     * What everyone may read of an adopted or superseded strategy, as a whole strategy: no absolute
     * figures, no risks, no adopter's name, and only citations whose source is public now.
     */
    public Strategy publicSummary(PriorityArea area, Strategy s) {
        Strategy cited = withPublicCitations(area, s);
        List<ChosenInstrument> instruments = cited.instruments().stream().map(i -> new ChosenInstrument(i.instrument(),
                i.fromDate(), i.weightPercent(), i.rationale(), "", i.evidence())).toList();
        return new Strategy(s.id(), s.lineage(), s.number(), s.area(), s.areaName(), s.owner(), s.ownerName(), s.status(),
                s.title(), s.summary(), instruments, s.scenario(), null, null, s.adoptedAt(), s.updatedAt(), s.version());
    }

    /**
     * An adopted or superseded strategy with only the citations whose source is public now, for
     * {@link PublishedStrategies}: the public page, the open API and the OCDS rationale print it
     * through {@link PublicStrategy#of}, which keeps of the figures only the change against the
     * baseline and leaves out risks and the adopter's name, as {@link #publicSummary} does.
     */
    Strategy forPublicReading(PriorityArea area, Strategy s) {
        return withPublicCitations(area, s);
    }

    private Strategy withPublicCitations(PriorityArea area, Strategy s) {
        if (!sees(Relation.ANONYMOUS, s.status())) {
            throw new NotFoundException("Strategy " + s.id());
        }
        Predicate<Evidence> stillPublic = e -> evidence.stillPublic(area, e);
        List<ChosenInstrument> instruments = s.instruments().stream().map(i -> new ChosenInstrument(i.instrument(),
                i.fromDate(), i.weightPercent(), i.rationale(), i.risks(),
                i.evidence().stream().filter(stillPublic).toList())).toList();
        return new Strategy(s.id(), s.lineage(), s.number(), s.area(), s.areaName(), s.owner(), s.ownerName(), s.status(),
                s.title(), s.summary(), instruments, s.scenario(), s.result(), s.adoptedByName(), s.adoptedAt(),
                s.updatedAt(), s.version());
    }
}
