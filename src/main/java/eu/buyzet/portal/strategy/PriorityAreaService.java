package eu.buyzet.portal.strategy;

import java.util.stream.Collectors;
import eu.buyzet.portal.contract.MappingAgency;
import eu.buyzet.portal.buyergroup.BuyerGroup;
import eu.buyzet.portal.buyergroup.BuyerGroupId;
import eu.buyzet.portal.buyergroup.BuyerGroupService;
import eu.buyzet.portal.contract.ContractId;
import eu.buyzet.portal.contract.ContractMetric;
import eu.buyzet.portal.contract.ContractService;
import eu.buyzet.portal.contract.MappedContract;
import eu.buyzet.portal.contract.RankedContract;
import eu.buyzet.portal.dialogue.DialogueId;
import eu.buyzet.portal.dialogue.DialogueService;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.organisation.OrganisationKind;
import eu.buyzet.portal.organisation.OrganisationService;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.strategy.StrategyDisclosure.Relation;
import eu.buyzet.portal.strategy.internal.PriorityAreaRepository;
import eu.buyzet.portal.strategy.internal.StrategyRepository;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Priority areas (BuyZET step 2): an agency, or a buyer group's lead, picks mapped contracts or a
 * CPV category of the ranking, names the agencies concerned and links the forums, dialogues, buyer
 * groups and solutions that concern the area. The baseline is summed from the contracts' stored
 * results when the area is saved. Only the owning agency changes it.
 */
@Service
public class PriorityAreaService {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 4000;
    /** Enough for any area; the list page shows this many. */
    static final int MAX_LIST = 500;

    private final PriorityAreaRepository areas;
    private final StrategyRepository strategies;
    private final ContractService contracts;
    private final ForumService forums;
    private final DialogueService dialogues;
    private final BuyerGroupService buyerGroups;
    private final SubmissionService submissions;
    private final OrganisationService organisations;
    private final StrategyDisclosure disclosure;
    private final CurrentUser currentUser;
    private final StrategySteps steps;

    PriorityAreaService(PriorityAreaRepository areas, StrategyRepository strategies, ContractService contracts,
                        ForumService forums, DialogueService dialogues, BuyerGroupService buyerGroups,
                        SubmissionService submissions, OrganisationService organisations,
                        StrategyDisclosure disclosure, CurrentUser currentUser, StrategySteps steps) {
        this.areas = areas;
        this.strategies = strategies;
        this.contracts = contracts;
        this.forums = forums;
        this.dialogues = dialogues;
        this.buyerGroups = buyerGroups;
        this.submissions = submissions;
        this.organisations = organisations;
        this.disclosure = disclosure;
        this.currentUser = currentUser;
        this.steps = steps;
    }

    /** Whether the current user may make a priority area: a member of a public agency. */
    public boolean mayCreate() {
        return contracts.canMap();
    }

    /** The area, if the reader may see it; otherwise it does not exist for them. */
    @Transactional(readOnly = true)
    public PriorityArea get(PriorityAreaId id) {
        return visible(id);
    }

    /** Areas the reader may see, newest first. */
    @DisclosureChannel("strategy.area-list")
    @Transactional(readOnly = true)
    public List<PriorityArea> list() {
        if (currentUser.get().isEmpty()) {
            return List.of();
        }
        return areas.list(MAX_LIST).stream().filter(a -> StrategyDisclosure.seesArea(disclosure.relation(a))).toList();
    }

    /** Everything the area's page shows the reader, and what it may do there. */
    @DisclosureChannel("strategy.area-page")
    @Transactional(readOnly = true)
    public PriorityAreaPage page(PriorityAreaId id) {
        PriorityArea area = visible(id);
        Relation relation = disclosure.relation(area);
        List<MappedContract> mapped = area.contracts().stream().map(this::contractOrNull)
                .filter(c -> c != null).map(c -> (MappedContract) c).toList();
        List<Strategy> visible = strategies.forArea(id).stream()
                .filter(s -> StrategyDisclosure.sees(relation, s.status()))
                .map(s -> disclosure.view(relation, area, s)).toList();
        Set<OrganisationId> consulted = disclosure.consulted(area);
        List<String> names = organisations.names(consulted).values().stream().sorted().toList();
        Set<AreaAction> actions = relation == Relation.OWNER ? EnumSet.allOf(AreaAction.class)
                : EnumSet.noneOf(AreaAction.class);
        return new PriorityAreaPage(area, relation, mapped, visible, names, actions);
    }

    /**
     * The current agency's contracts whose main CPV code falls in the category, largest CO2e first:
     * what an area made from a category of the ranking starts with.
     */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional(readOnly = true)
    public List<ContractId> contractsInCategory(String prefix) {
        OrganisationId own = currentUser.require().organisationId();
        return contracts.rankAll(own, ContractMetric.CO2E).stream()
                .filter(c -> c.mainCpv().digits().startsWith(prefix)).map(RankedContract::id).toList();
    }

    /**
     * The agencies an area of the current agency may name for consultation: those that mapped
     * contracts, and those the area names already, which stay chosen when it is edited even if
     * they have no contracts mapped (any public agency may be named).
     */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional(readOnly = true)
    public List<MappingAgency> agencyChoices(@Nullable PriorityArea area) {
        OrganisationId own = currentUser.require().organisationId();
        List<MappingAgency> choices = new java.util.ArrayList<>(contracts.agencies().stream()
                .filter(a -> !a.id().equals(own)).toList());
        if (area != null) {
            Set<OrganisationId> offered = choices.stream().map(MappingAgency::id).collect(Collectors.toSet());
            area.agencies().stream().filter(id -> !offered.contains(id))
                    .map(id -> new MappingAgency(id, organisations.get(id).name(), 0)).forEach(choices::add);
        }
        return List.copyOf(choices);
    }

    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public PriorityArea create(AreaDraft draft) {
        PortalUser user = currentUser.require();
        PriorityAreaRepository.Row row = check(draft, user.organisationId());
        PriorityAreaId id = areas.insert(user.organisationId(), row, user.memberId());
        PriorityArea area = visible(id);
        steps.areaSaved(area, "created");
        return area;
    }

    /** Saves the area as the author changed it and sums its baseline again from the contracts as mapped now. */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public PriorityArea update(PriorityAreaId id, int version, AreaDraft draft) {
        PriorityArea area = owned(id);
        PriorityAreaRepository.Row row = check(draft, area.owner());
        if (!areas.update(id, version, row, currentUser.require().memberId())) {
            throw new ConcurrentEditException();
        }
        PriorityArea saved = visible(id);
        steps.areaSaved(saved, "updated");
        return saved;
    }

    /** The area, if the current user's agency owns it. */
    PriorityArea owned(PriorityAreaId id) {
        PriorityArea area = visible(id);
        if (disclosure.relation(area) != Relation.OWNER) {
            throw new AccessDeniedException("Only the agency that owns priority area " + id + " changes it");
        }
        return area;
    }

    private PriorityArea visible(PriorityAreaId id) {
        return areas.find(id).filter(a -> StrategyDisclosure.seesArea(disclosure.relation(a)))
                .orElseThrow(() -> new NotFoundException("Priority area " + id));
    }

    private @Nullable MappedContract contractOrNull(ContractId id) {
        try {
            return contracts.get(id);
        } catch (NotFoundException e) {
            return null;
        }
    }

    private PriorityAreaRepository.Row check(AreaDraft d, OrganisationId owner) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = strip(d.name());
        String description = strip(d.description());
        if (name.isEmpty()) {
            errors.put("name", "validation.required");
        } else if (name.length() > MAX_NAME) {
            errors.put("name", "validation.too-long");
        }
        if (description.length() > MAX_DESCRIPTION) {
            errors.put("description", "validation.too-long");
        }
        String category = strip(d.cpvCategory());
        if (!category.isEmpty() && !category.matches("[0-9]{2,8}")) {
            errors.put("cpvCategory", "validation.strategy.cpv-category");
        }
        List<ContractId> picked = d.contracts().isEmpty() && !category.isEmpty() && !errors.containsKey("cpvCategory")
                ? contractsInCategory(category) : List.copyOf(new LinkedHashSet<>(d.contracts()));
        List<MappedContract> mapped = checkContracts(picked, d.buyerGroups(), owner, errors);
        checkLinks("forums", d.forums(), id -> forums.find(ForumId.of(id)).isPresent(), errors);
        checkLinks("dialogues", d.dialogues(), id -> exists(() -> dialogues.get(DialogueId.of(id))), errors);
        checkLinks("buyerGroups", d.buyerGroups(), id -> exists(() -> buyerGroups.get(BuyerGroupId.of(id))), errors);
        checkLinks("solutions", d.solutions(), id -> submissions.find(SubmissionId.of(id))
                .filter(s -> s.kind() == SubmissionKind.SOLUTION).isPresent(), errors);
        checkLinks("agencies", d.agencies().stream().map(OrganisationId::value).toList(),
                id -> !OrganisationId.of(id).equals(owner) && exists(() -> organisations.get(OrganisationId.of(id)))
                        && organisations.get(OrganisationId.of(id)).kind() == OrganisationKind.PUBLIC_AGENCY, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new PriorityAreaRepository.Row(name, description, category.isEmpty() ? null : category, picked,
                distinct(d.agencies()), distinct(d.forums()), distinct(d.dialogues()), distinct(d.buyerGroups()),
                distinct(d.solutions()), Baselines.of(mapped, LocalDate.now()));
    }

    /**
     * The contracts must be the owner's own, or, for an area of a buyer group the owner leads, its
     * member agencies' contracts.
     */
    private List<MappedContract> checkContracts(List<ContractId> picked, List<Long> groups, OrganisationId owner,
                                                Map<String, String> errors) {
        if (picked.isEmpty()) {
            errors.putIfAbsent("contracts", "validation.strategy.no-contracts");
            return List.of();
        }
        Set<OrganisationId> allowed = new LinkedHashSet<>(List.of(owner));
        for (long g : groups) {
            try {
                BuyerGroup group = buyerGroups.get(BuyerGroupId.of(g));
                if (group.leadOrganisationId().equals(owner)) {
                    allowed.addAll(buyerGroups.memberOrganisations(group.id()));
                }
            } catch (NotFoundException e) {
                // reported with the links below
            }
        }
        List<MappedContract> mapped = picked.stream().map(this::contractOrNull).filter(c -> c != null)
                .map(c -> (MappedContract) c).toList();
        if (mapped.size() != picked.size() || mapped.stream().anyMatch(c -> !allowed.contains(c.organisationId()))) {
            errors.put("contracts", "validation.strategy.contracts-not-yours");
        }
        return mapped;
    }

    private static void checkLinks(String field, List<Long> ids, LongPredicate exists, Map<String, String> errors) {
        if (ids.stream().anyMatch(id -> !exists.test(id))) {
            errors.put(field, "validation.strategy.unknown-link");
        }
    }

    private static boolean exists(Runnable read) {
        try {
            read.run();
            return true;
        } catch (NotFoundException | AccessDeniedException e) {
            return false;
        }
    }

    private static <T> List<T> distinct(List<T> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    static String strip(@Nullable String s) {
        return s == null ? "" : s.strip();
    }
}
