package eu.buyzet.portal.contract;

import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.footprint.DeclarationService;
import eu.buyzet.portal.footprint.FootprintService;
import eu.buyzet.portal.footprint.calculator.FactorSet;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FootprintResult;
import eu.buyzet.portal.contract.internal.ContractRepository;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.organisation.MemberService;
import eu.buyzet.portal.organisation.OrganisationService;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.CpvCatalogue;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.submission.SubmissionDraft;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * Contract mapping (BuyZET step 1): agencies register the goods and service contracts they have and
 * the transport each causes, and see which contracts and CPV categories cause the most. Public
 * agencies and moderators read every agency's mapping, since comparing across agencies is the
 * point of it; suppliers do not (decision 011). Only the agency itself changes its contracts.
 */
@Service
public class ContractService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ContractService.class);

    /** Enough for any export a person would open in a spreadsheet. */
    public static final int MAX_EXPORT = 100_000;

    private final ContractRepository contracts;
    private final FootprintService footprints;
    private final DeclarationService declarations;
    private final SubmissionService submissions;
    private final OrganisationService organisations;
    private final MemberService members;
    private final CurrentUser currentUser;
    private final ContractChecks checks;
    private final SpendEstimates estimates;
    private final AuditTrail audit;

    ContractService(ContractRepository contracts, FootprintService footprints, DeclarationService declarations,
                    SubmissionService submissions, OrganisationService organisations, MemberService members,
                    CurrentUser currentUser, ContractChecks checks, SpendEstimates estimates, AuditTrail audit) {
        this.checks = checks;
        this.estimates = estimates;
        this.audit = audit;
        this.contracts = contracts;
        this.footprints = footprints;
        this.declarations = declarations;
        this.submissions = submissions;
        this.organisations = organisations;
        this.members = members;
        this.currentUser = currentUser;
    }

    /** Whether the current user registers contracts: a member of a public agency. */
    public boolean canMap() {
        return ownAgency().isPresent();
    }

    /** The organisation whose contracts the current user maps (the ranking opens on it), if any. */
    public Optional<OrganisationId> ownAgency() {
        return currentUser.get().filter(u -> u.has(Role.AGENCY)).map(PortalUser::organisationId);
    }

    public boolean canEdit(MappedContract c) {
        return currentUser.get().filter(u -> u.has(Role.AGENCY) && u.organisationId().equals(c.organisationId()))
                .isPresent();
    }

    @PreAuthorize("@contractDisclosure.seesContracts()")
    @Transactional(readOnly = true)
    @DisclosureChannel("contract.page")
    public MappedContract get(ContractId id) {
        return contracts.find(id, agency -> organisations.names(Set.of(agency)).getOrDefault(agency, ""),
                        member -> members.displayNames(Set.of(member)).getOrDefault(member, ""))
                .orElseThrow(() -> new NotFoundException("Contract " + id));
    }

    /**
     * Contracts by the measure, largest first, for one agency or (null) across all agencies.
     * Rank 1 is the contract causing the most.
     */
    @PreAuthorize("@contractDisclosure.seesContracts()")
    @Transactional(readOnly = true)
    @DisclosureChannel("contract.ranking-page")
    public List<RankedContract> rank(@Nullable OrganisationId agency, ContractMetric metric, PageRequest page) {
        return rank(agency, null, metric, page);
    }

    /** The ranking within one BuyZET transport category, or (null) all of them. */
    @PreAuthorize("@contractDisclosure.seesContracts()")
    @Transactional(readOnly = true)
    @DisclosureChannel("contract.ranking-page")
    public List<RankedContract> rank(@Nullable OrganisationId agency, @Nullable TransportCategory category,
                                     ContractMetric metric, PageRequest page) {
        return contracts.rank(agency, category, metric, page.offset(), page.limit(), agencyNames());
    }

    @PreAuthorize("@contractDisclosure.seesContracts()")
    @Transactional(readOnly = true)
    public int count(@Nullable OrganisationId agency) {
        return count(agency, null);
    }

    @PreAuthorize("@contractDisclosure.seesContracts()")
    @Transactional(readOnly = true)
    public int count(@Nullable OrganisationId agency, @Nullable TransportCategory category) {
        return contracts.count(agency, category);
    }

    /** The whole ranking, for export, up to {@link #MAX_EXPORT} lines. */
    @PreAuthorize("@contractDisclosure.seesContracts()")
    @Transactional(readOnly = true)
    public List<RankedContract> rankAll(@Nullable OrganisationId agency, ContractMetric metric) {
        return rankAll(agency, null, metric);
    }

    @PreAuthorize("@contractDisclosure.seesContracts()")
    @Transactional(readOnly = true)
    public List<RankedContract> rankAll(@Nullable OrganisationId agency, @Nullable TransportCategory category,
                                        ContractMetric metric) {
        return contracts.rank(agency, category, metric, 0, MAX_EXPORT, agencyNames());
    }

    /**
     * The current agency's contracts in one line, for its start page: how many, their CO2e a year
     * and the largest. Empty for anyone who maps no contracts.
     */
    @PreAuthorize("@contractDisclosure.seesContracts()")
    @Transactional(readOnly = true)
    @DisclosureChannel("contract.ranking-page")
    public Optional<ContractHeadline> headline() {
        Optional<OrganisationId> agency = ownAgency();
        if (agency.isEmpty()) {
            return Optional.empty();
        }
        List<RankedContract> all = contracts.rank(agency.get(), ContractMetric.CO2E, 0, MAX_EXPORT, agencyNames());
        double total = all.stream().mapToDouble(c -> c.figures().co2eWtwKg()).sum();
        List<RankedContract> estimated = all.stream().filter(RankedContract::estimated).toList();
        boolean tailpipeKnown = all.stream().allMatch(c -> c.figures().co2eTailpipeKg() != null);
        return Optional.of(new ContractHeadline(all.size(), total, all.isEmpty() ? null : all.getFirst(),
                estimated.size(), estimated.stream().mapToDouble(c -> c.figures().co2eWtwKg()).sum(),
                tailpipeKnown ? all.stream().mapToDouble(c -> Objects.requireNonNull(c.figures().co2eTailpipeKg(),
                        "known")).sum() : null));
    }

    /** CPV categories (by the contracts' main code) by the measure, largest first. */
    @PreAuthorize("@contractDisclosure.seesContracts()")
    @Transactional(readOnly = true)
    @DisclosureChannel("contract.categories-page")
    public List<CpvCategoryTotal> byCpvCategory(@Nullable OrganisationId agency, ContractMetric metric, CpvLevel level) {
        return byCpvCategory(agency, null, metric, level);
    }

    @PreAuthorize("@contractDisclosure.seesContracts()")
    @Transactional(readOnly = true)
    @DisclosureChannel("contract.categories-page")
    public List<CpvCategoryTotal> byCpvCategory(@Nullable OrganisationId agency, @Nullable TransportCategory transport,
                                                ContractMetric metric, CpvLevel level) {
        CpvCatalogue catalogue = CpvCatalogue.official();
        List<ContractRepository.CategoryRow> rows = contracts.categories(agency, transport, level.digits(), metric);
        return java.util.stream.IntStream.range(0, rows.size()).mapToObj(i -> {
            ContractRepository.CategoryRow row = rows.get(i);
            CpvCatalogue.Entry category = catalogue.category(row.prefix())
                    .or(() -> catalogue.category(row.prefix().substring(0, row.prefix().length() - 1)))
                    .orElseThrow(() -> new IllegalStateException("No CPV category above " + row.prefix()));
            return new CpvCategoryTotal(i + 1, row.prefix(), category.code(), category.label(), row.contracts(),
                    row.figures(), row.estimated());
        }).toList();
    }

    /** Agencies that have mapped contracts, by name, for choosing whose ranking to see. */
    @PreAuthorize("@contractDisclosure.seesContracts()")
    @Transactional(readOnly = true)
    public List<MappingAgency> agencies() {
        List<ContractRepository.Agency> agencies = contracts.agencies();
        Map<OrganisationId, String> names = organisations.names(agencies.stream().map(ContractRepository.Agency::id)
                .collect(Collectors.toSet()));
        return agencies.stream().map(a -> new MappingAgency(a.id(), names.getOrDefault(a.id(), ""), a.contracts()))
                .sorted(Comparator.comparing((MappingAgency a) -> a.name().toLowerCase(Locale.ROOT))
                        .thenComparing(a -> a.id().value()))
                .toList();
    }

    /** Agencies' names for a ranking: each agency's read once, however many lines it has. */
    private Function<OrganisationId, String> agencyNames() {
        Map<OrganisationId, String> names = new HashMap<>();
        return id -> names.computeIfAbsent(id, agency -> organisations.names(Set.of(agency)).getOrDefault(agency, ""));
    }

    /**
     * Saves a new contract. Without flows and with {@link ContractDetails#estimateFromSpend()} its
     * transport is estimated from its yearly spend and marked so (decision 033).
     */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public MappedContract create(ContractDetails details) {
        PortalUser user = currentUser.require();
        ContractChecks.Checked checked = checks.check(details);
        ContractId id = contracts.insert(user.organisationId(), checked.details(), checked.cpv(), checked.result(),
                ContractChecks.trips(checked.details().flows()), user.memberId(), checked.estimate());
        MappedContract saved = get(id);
        audited(null, saved);
        return saved;
    }

    /** Changes a contract; real flows replace an estimate from spend. */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public MappedContract update(ContractId id, int version, ContractDetails details) {
        MappedContract before = editable(id);
        ContractChecks.Checked checked = checks.check(details);
        if (!contracts.update(id, version, checked.details(), checked.cpv(), checked.result(),
                ContractChecks.trips(checked.details().flows()), currentUser.require().memberId(), checked.estimate())) {
            throw new ConcurrentEditException();
        }
        MappedContract saved = get(id);
        audited(before, saved);
        return saved;
    }

    /** The category and the estimate are the mapping's judgement calls: the trail keeps who made them. */
    private void audited(@Nullable MappedContract before, MappedContract after) {
        if (before == null || before.transportCategory() != after.transportCategory()) {
            audit.record("contract.category-set", "contract", after.id(), Map.of("category",
                    after.transportCategory().name(), "proposed", TransportCategory.proposeFor(
                            after.cpvCodes().stream().map(CpvCode::value).toList()).name()));
        }
        SpendEstimate e = after.estimate();
        if (e != null && (before == null || !e.equals(before.estimate()))) {
            audit.record("contract.estimated-from-spend", "contract", after.id(), Map.of("cpvPrefix", e.cpvPrefix(),
                    "annualValue", e.annualValue(), "currency", e.currency(), "tripsPerMillion", e.tripsPerMillion(),
                    "kmPerTrip", e.kmPerTrip(), "vehicle", e.vehicleCategory().name(), "carrier",
                    e.energyCarrier().name()));
        } else if (e == null && before != null && before.estimate() != null) {
            audit.record("contract.estimate-replaced", "contract", after.id(), Map.of("flows", after.flows().size()));
        }
    }

    /** The BuyZET category the editor proposes for these CPV codes (the first is the main one). */
    public TransportCategory proposedCategory(List<String> cpvCodes) {
        return TransportCategory.proposeFor(cpvCodes);
    }

    /**
     * What saving without flows would estimate from the spend, for the editor to show before it
     * is saved; refused, with the field to change, when there is no spend or no ratio.
     */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional(readOnly = true)
    public SpendEstimate estimateFromSpend(List<String> cpvCodes, @Nullable BigDecimal annualValue,
                                           @Nullable String currency) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<CpvCode> cpv = CpvCode.parseAll(cpvCodes, errors, "cpvCodes");
        if (cpv.isEmpty()) {
            errors.putIfAbsent("cpvCodes", "validation.required");
            throw new ValidationException(errors);
        }
        Optional<SpendEstimate> estimate = estimates.estimate(cpv.getFirst(), annualValue,
                ContractChecks.currencyOrNok(currency), errors);
        if (estimate.isEmpty() || !errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return estimate.get();
    }

    /** The trips-per-spend table, with each row's source. */
    @PreAuthorize("@contractDisclosure.seesContracts()")
    @Transactional(readOnly = true)
    public List<SpendRatio> spendRatios() {
        return estimates.ratios();
    }

    /** Whether the current user edits the trips-per-spend table: administrators. */
    public boolean canEditSpendRatios() {
        return currentUser.get().filter(u -> u.has(Role.ADMIN)).isPresent();
    }

    /**
     * Adds (null id) or changes a row of the trips-per-spend table. Contracts already estimated
     * keep the ratio they were estimated with until they are saved again.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public SpendRatio saveSpendRatio(@Nullable SpendRatioId id, int version, SpendRatioDetails details) {
        return estimates.save(id, version, details, currentUser.require().memberId());
    }

    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public void delete(ContractId id, int version) {
        editable(id);
        if (!contracts.delete(id, version)) {
            throw new ConcurrentEditException();
        }
    }

    /**
     * Starts a need from the contract: a draft in the forum, with the contract's CPV codes, whose
     * declared footprint is the contract's flows, so that what it causes today is the baseline
     * that solutions are compared against.
     */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public SubmissionId createNeed(ContractId id, @Nullable ForumId forum, String title, String summary) {
        MappedContract c = editable(id);
        SubmissionId need = submissions.create(new SubmissionDraft(forum, SubmissionKind.NEED, title, summary, "",
                c.cpvCodes().stream().map(CpvCode::value).toList())).id();
        declarations.declare(need, -1, c.flows(), List.of());
        contracts.linkNeed(id, need);
        return need;
    }

    /**
     * Recomputes the agency's contracts with today's default factor set, so that its ranking
     * compares like with like. A contract whose flows the calculator now refuses keeps its figures
     * and is named, rather than undoing the others.
     */
    @PreAuthorize("hasRole('AGENCY')")
    @Transactional
    public Recomputed recomputeMine() {
        return recompute(currentUser.require().organisationId());
    }

    /** Contracts written without figures (demo data) get them; called once at start. */
    @Transactional
    int computeMissing() {
        FactorSet set = footprints.defaultFactorSet();
        int n = 0;
        for (ContractId id : contracts.notComputedWith(set.id(), null)) {
            ContractRepository.Flows c = contracts.flows(id).orElseThrow();
            if (!c.computed()) {
                try {
                    contracts.setResult(id, ContractChecks.calculate(set, c.flows(), c.awardDate()),
                            ContractChecks.trips(c.flows()));
                    n++;
                } catch (ValidationException refused) {
                    // an imported contract the plausibility checks refuse stays without figures rather than stopping
                    // the start; its page asks for the corrections when it is next saved
                    LOG.warn("Contract {} keeps no footprint figures: its flows are refused ({})", id.value(),
                            refused.fieldErrors());
                }
            }
        }
        return n;
    }

    private Recomputed recompute(OrganisationId agency) {
        FactorSet set = footprints.defaultFactorSet();
        int changed = 0;
        List<String> refused = new ArrayList<>();
        for (ContractId id : contracts.notComputedWith(set.id(), agency)) {
            ContractRepository.Flows c = contracts.flows(id).orElseThrow();
            try {
                contracts.setResult(id, ContractChecks.calculate(set, c.flows(), c.awardDate()),
                        ContractChecks.trips(c.flows()));
                changed++;
            } catch (ValidationException e) {
                refused.add(get(id).title());
            }
        }
        return new Recomputed(changed, refused);
    }

    private MappedContract editable(ContractId id) {
        MappedContract c = get(id);
        if (!canEdit(c)) {
            throw new AccessDeniedException("Only the agency that mapped contract " + id + " changes it");
        }
        return c;
    }
}
