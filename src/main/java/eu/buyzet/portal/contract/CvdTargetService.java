package eu.buyzet.portal.contract;

import eu.buyzet.portal.contract.internal.CvdRepository;
import eu.buyzet.portal.footprint.calculator.CvdClass;
import eu.buyzet.portal.footprint.calculator.CvdScope;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FlowResult;
import eu.buyzet.portal.footprint.calculator.FootprintResult;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.organisation.OrganisationService;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contract's Clean Vehicles Directive shares against the directive's minimum targets for a
 * country (decision 040). Who reads it is who reads the contract: the comparison travels with it.
 */
@Service
public class CvdTargetService {

    /** Where a target is looked up when neither the reader nor the agency names a country. */
    public static final String DEFAULT_COUNTRY = "NO";

    /** Contracts whose flows are read at once for the exports' directive columns. */
    private static final int FACTS_SLICE = 1_000;

    /** The directive's reference periods (art. 5; Annex, Tables 3 and 4, column headings). */
    static final List<Period> PERIODS = List.of(new Period(LocalDate.of(2021, 8, 2), LocalDate.of(2025, 12, 31)),
            new Period(CvdClass.SECOND_PERIOD, LocalDate.of(2030, 12, 31)));

    record Period(LocalDate from, LocalDate to) {
        boolean covers(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    private final ContractService contracts;
    private final CvdRepository repository;
    private final OrganisationService organisations;

    CvdTargetService(ContractService contracts, CvdRepository repository, OrganisationService organisations) {
        this.contracts = contracts;
        this.repository = repository;
        this.organisations = organisations;
    }

    /**
     * The contract's shares and its agency's over its mapped contracts in scope awarded in the same
     * reference period, against the targets of {@code country} (two letters); null or unknown means
     * the agency's own country, as its organisation is registered.
     */
    @PreAuthorize("@contractDisclosure.seesContracts()")
    @Transactional(readOnly = true)
    @DisclosureChannel("contract.page")
    public CvdComparison compare(ContractId id, @Nullable String country) {
        MappedContract contract = contracts.get(id);
        List<CvdTarget> targets = repository.targets();
        String agencyCountry = organisations.get(contract.organisationId()).country();
        String chosen = country != null && country.strip().matches("[A-Za-z]{2}")
                ? country.strip().toUpperCase(Locale.ROOT)
                : agencyCountry.matches("[A-Z]{2}") ? agencyCountry : DEFAULT_COUNTRY;
        TreeSet<String> countries = new TreeSet<>();
        targets.forEach(t -> countries.add(t.country()));
        countries.add(chosen);
        LocalDate on = referenceDate(contract.awardDate());
        @Nullable Period period = PERIODS.stream().filter(p -> p.covers(on)).findFirst().orElse(null);
        List<CvdTarget> applying = new ArrayList<>();
        if (period != null) {
            for (CvdTarget t : targets) {
                if (t.country().equals(chosen) && t.covers(period.from())) {
                    applying.add(t);
                }
            }
        }

        Map<CvdGroup, Sums> own = new EnumMap<>(CvdGroup.class);
        if (contract.result() != null) {
            count(contract.flows(), contract.result(), own);
        }
        Map<CvdGroup, Sums> agency = new EnumMap<>(CvdGroup.class);
        int summed = 0;
        if (period != null) {
            for (CvdRepository.Computed c : repository.computed(contract.organisationId())) {
                if (CvdScope.inScope(c.cpvCodes()) && period.covers(referenceDate(c.awardDate()))
                        && count(c.flows(), c.result(), agency)) {
                    summed++;
                }
            }
        }
        return new CvdComparison(chosen, contract.awardDate(), period == null ? null : period.from(),
                period == null ? null : period.to(), List.copyOf(countries), lines(own, applying),
                lines(agency, applying), summed);
    }

    /**
     * The directive's facts of each contract of a ranking, for its CSV and XLSX: who reads the
     * ranking reads them, as they travel with the contract (decision 040).
     */
    @PreAuthorize("@contractDisclosure.seesContracts()")
    @Transactional(readOnly = true)
    public Map<ContractId, CvdFacts> factsOf(List<RankedContract> ranking) {
        Map<ContractId, CvdFacts> facts = new HashMap<>();
        List<ContractId> ids = ranking.stream().map(RankedContract::id).toList();
        // in slices, so that a ranking of a hundred thousand contracts never sits in memory as JSON at once
        for (int from = 0; from < ids.size(); from += FACTS_SLICE) {
            for (CvdRepository.Computed c : repository.computed(ids.subList(from, Math.min(ids.size(), from + FACTS_SLICE)))) {
                boolean inScope = CvdScope.inScope(c.cpvCodes());
                Map<CvdGroup, Sums> sums = new EnumMap<>(CvdGroup.class);
                boolean counted = inScope && count(c.flows(), c.result(), sums);
                facts.put(c.id(), new CvdFacts(c.awardDate(), inScope, counted ? lines(sums, List.of()) : null));
            }
        }
        return facts;
    }

    /** Without an award date, the second period's rules, as for the directive class of the flows. */
    private static LocalDate referenceDate(@Nullable LocalDate awardDate) {
        return awardDate == null ? CvdClass.SECOND_PERIOD : awardDate;
    }

    /** A group's vehicles and the km they drive, as they are added up. */
    static final class Sums {
        int vehicles;
        int clean;
        int zeroEmission;
        double km;
        double cleanKm;
        double zeroEmissionKm;
    }

    /**
     * Adds the vehicles of flows the directive covers, and their vehicle-km, to their group. False
     * when the stored result no longer matches the flows one for one, so nothing is counted.
     */
    static boolean count(List<Flow> flows, FootprintResult result, Map<CvdGroup, Sums> into) {
        List<FlowResult> results = result.flows();
        if (results.size() != flows.size()) {
            return false;
        }
        for (int i = 0; i < flows.size(); i++) {
            CvdClass c = results.get(i).cvdClass();
            VehicleCategory category = flows.get(i).vehicleCategory();
            CvdGroup group = category == null || c == CvdClass.NOT_COVERED ? null : CvdGroup.of(category);
            if (group == null) {
                continue;
            }
            Integer declared = flows.get(i).vehicles();
            int n = declared == null ? 1 : declared;
            double km = results.get(i).vehicleKm();
            boolean clean = c == CvdClass.CLEAN || c == CvdClass.ZERO_EMISSION;
            boolean zero = c == CvdClass.ZERO_EMISSION;
            Sums sums = into.computeIfAbsent(group, g -> new Sums());
            sums.vehicles += n;
            sums.clean += clean ? n : 0;
            sums.zeroEmission += zero ? n : 0;
            sums.km += km;
            sums.cleanKm += clean ? km : 0;
            sums.zeroEmissionKm += zero ? km : 0;
        }
        return true;
    }

    private static List<CvdLine> lines(Map<CvdGroup, Sums> sums, List<CvdTarget> targets) {
        List<CvdLine> lines = new ArrayList<>();
        sums.forEach((group, s) -> lines.add(new CvdLine(group, s.vehicles, s.clean, s.zeroEmission, s.km, s.cleanKm,
                s.zeroEmissionKm, targets.stream().filter(t -> t.group() == group).findFirst().orElse(null))));
        return lines;
    }
}
