package eu.buyzet.portal.strategy;

import eu.buyzet.portal.ParityTable;
import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.contract.ContractDetails;
import eu.buyzet.portal.contract.ContractService;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every channel through which an area or a strategy leaves the portal, read by every reader. The
 * expectations are written from the policy table of {@link StrategyDisclosure}: a draft is the
 * owner's, consultation adds the named agency, an adopted strategy is everyone's, comments are for
 * those consulted, and an area follows the contract mapping. The named agency is the third demo
 * agency, whose organisation has no moderator or administrator: the demo's moderator and
 * administrator belong to the second agency, which is named nowhere here.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrategyDisclosureParityIT {

    static final String AREA = "area";
    static final String DRAFT = "draft";
    static final String CONSULTATION = "consultation";
    static final String ADOPTED = "adopted";
    static final String COMMENT = "comment";

    enum Reader { ANONYMOUS, SUPPLIER, OWNER, NAMED_AGENCY, OTHER_AGENCY, MODERATOR, ADMIN }

    @Autowired SecurityContextHolderStrategy security;
    @Autowired PriorityAreaService areas;
    @Autowired StrategyService strategies;
    @Autowired StrategyWorkflow workflow;
    @Autowired ContractService contracts;
    @Autowired JdbcClient jdbc;
    @Autowired PublicStrategies publicStrategies;
    @Autowired StrategyFiles files;
    @Autowired eu.buyzet.portal.buyergroup.PlanningRationale rationale;
    @Autowired WebApplicationContext web;

    private MockMvc mvc;
    /** A demo buyer group that a second area of the owner links: its OCDS release carries the plan. */
    private long group;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private PriorityArea area;
    private List<StrategyId> ids;

    @BeforeAll
    void build() {
        mvc = MockMvcBuilders.webAppContextSetup(web).build();
        var named = TestUsers.signIn(security, jdbc, "agency3@demo.buyzet.eu").organisationId();
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        var contract = contracts.create(new ContractDetails("Paritet " + tag, null, List.of("90511000-2"), "Renovasjon AS",
                new BigDecimal("1000"), "NOK", LocalDate.of(2031, 1, 1),
                List.of(Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 1000, 12.5).withEnergyPerKm(0.15))));
        area = areas.create(new AreaDraft("Område " + tag, "", null, List.of(contract.id()), List.of(named), List.of(),
                List.of(), List.of(), List.of()));
        InstrumentDraft instrument = new InstrumentDraft(Instrument.ZERO_EMISSION_SPECIFICATION, LocalDate.of(2028, 1, 1),
                null, "Markedet kan levere", "", List.of());
        Strategy draft = strategies.create(area.id(), DRAFT + " " + tag);
        Strategy consulted = strategies.create(area.id(), CONSULTATION + " " + tag);
        consulted = strategies.putInstrument(consulted.id(), consulted.version(), 0, instrument);
        consulted = workflow.sendToConsultation(consulted.id(), consulted.version());
        Strategy adopted = strategies.create(area.id(), ADOPTED + " " + tag);
        adopted = strategies.putInstrument(adopted.id(), adopted.version(), 0, instrument);
        adopted = workflow.sendToConsultation(adopted.id(), adopted.version());
        adopted = workflow.adopt(adopted.id(), adopted.version());
        // the same plan once more in a second area that links a buyer group the owner leads: only the
        // OCDS rationale reads it, and it adds no fact to any other channel (its title is the adopted one's)
        group = jdbc.sql("""
                        select g.id from buyer_group g join member m on m.organisation_id = g.lead_organisation_id
                        where m.email = 'agency@demo.buyzet.eu' order by g.id limit 1""").query(Long.class).single();
        PriorityArea grouped = areas.create(new AreaDraft("Gruppe " + tag, "", null, List.of(contract.id()),
                List.of(), List.of(), List.of(), List.of(group), List.of()));
        Strategy forGroup = strategies.create(grouped.id(), ADOPTED + " " + tag);
        forGroup = strategies.putInstrument(forGroup.id(), forGroup.version(), 0, instrument);
        forGroup = workflow.sendToConsultation(forGroup.id(), forGroup.version());
        workflow.adopt(forGroup.id(), forGroup.version());
        TestUsers.signIn(security, jdbc, "agency3@demo.buyzet.eu");
        workflow.comment(consulted.id(), COMMENT + " " + tag);
        TestUsers.signOut(security);
        ids = List.of(draft.id(), consulted.id(), adopted.id());
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private ParityTable<Reader> table() {
        Set<String> mapping = Set.of(AREA, ADOPTED);
        Map<Reader, Set<String>> areaFacts = Map.of(Reader.OWNER, Set.of(AREA, DRAFT, CONSULTATION, ADOPTED),
                Reader.NAMED_AGENCY, Set.of(AREA, CONSULTATION, ADOPTED), Reader.OTHER_AGENCY, mapping,
                Reader.MODERATOR, mapping, Reader.ADMIN, mapping);
        Map<Reader, Set<String>> areaOnly = Map.of(Reader.OWNER, Set.of(AREA), Reader.NAMED_AGENCY, Set.of(AREA),
                Reader.OTHER_AGENCY, Set.of(AREA), Reader.MODERATOR, Set.of(AREA), Reader.ADMIN, Set.of(AREA));
        Map<Reader, Set<String>> strategiesFor = Map.of(Reader.OWNER, Set.of(DRAFT, CONSULTATION, ADOPTED),
                Reader.NAMED_AGENCY, Set.of(CONSULTATION, ADOPTED), Reader.OTHER_AGENCY, Set.of(ADOPTED),
                Reader.MODERATOR, Set.of(ADOPTED), Reader.ADMIN, Set.of(ADOPTED), Reader.SUPPLIER, Set.of(ADOPTED),
                Reader.ANONYMOUS, Set.of(ADOPTED));
        Map<Reader, Set<String>> pageFor = Map.of(Reader.OWNER, Set.of(DRAFT, CONSULTATION, ADOPTED, COMMENT),
                Reader.NAMED_AGENCY, Set.of(CONSULTATION, ADOPTED, COMMENT), Reader.OTHER_AGENCY, Set.of(ADOPTED),
                Reader.MODERATOR, Set.of(ADOPTED), Reader.ADMIN, Set.of(ADOPTED), Reader.SUPPLIER, Set.of(ADOPTED),
                Reader.ANONYMOUS, Set.of(ADOPTED));
        Map<Reader, Set<String>> everyone = Stream.of(Reader.values())
                .collect(java.util.stream.Collectors.toMap(r -> r, r -> Set.of(ADOPTED)));
        return new ParityTable<>(List.of(Reader.values()), this::signInAs,
                Set.of(AREA, DRAFT, CONSULTATION, ADOPTED, COMMENT))
                .row("strategy.area-list", areaOnly, r -> facts(areas.list().stream().map(PriorityArea::name).toList()))
                .row("strategy.area-page", areaFacts, r -> {
                    try {
                        PriorityAreaPage page = areas.page(area.id());
                        Set<String> found = new TreeSet<>(facts(List.of(page.area().name())));
                        found.addAll(facts(page.strategies().stream().map(Strategy::title).toList()));
                        return found;
                    } catch (NotFoundException refused) {
                        return Set.of();
                    }
                })
                .row("strategy.details", strategiesFor, r -> each(id -> List.of(strategies.get(id).title())))
                .row("strategy.list", strategiesFor, r -> facts(strategies.list().stream().map(Strategy::title).toList()))
                .row("strategy.public-list", everyone,
                        r -> facts(strategies.listPublic().stream().map(Strategy::title).toList()))
                .row("strategy.public-details", everyone,
                        r -> each(id -> strategies.findPublic(id).map(Strategy::title).stream().toList()))
                .row("strategy.page", pageFor, r -> each(id -> {
                    StrategyPage page = strategies.page(id);
                    return Stream.concat(Stream.of(page.strategy().title()),
                            page.comments().stream().map(StrategyComment::body)).toList();
                }))
                .row("strategy.versions", strategiesFor,
                        r -> each(id -> strategies.versions(id).stream().map(Strategy::title).toList()))
                .row("strategy.public-page-list", everyone, r -> facts(publicStrategies
                        .list(new eu.buyzet.portal.shared.PageRequest(0, 100)).stream().map(PublicStrategy::title).toList()))
                .row("strategy.public-page", everyone, r -> each(id -> List.of(publicStrategies.get(id).title())))
                // the open API is read without signing in, as every client reads it
                .row("strategy.api-list", everyone, r -> facts(titlesIn(api("/api/v1/strategies?size=100"))))
                .row("strategy.api-get", everyone, r -> each(id -> titlesIn(api("/api/v1/strategies/" + id.value()))))
                .row("strategy.ocds-rationale", everyone, r -> rationale.of(eu.buyzet.portal.buyergroup.BuyerGroupId.of(group))
                        .map(plan -> mentioned(plan.title() + " " + plan.rationale())).orElse(Set.of()))
                .row("strategy.document-pdf", documentsFor(), r -> eachText(id -> StrategyDocumentsTest.pdfText(
                        files.pdf(id, java.util.Locale.ENGLISH)).replaceAll("\\s+", " ")))
                .row("strategy.document-docx", documentsFor(), r -> eachText(id -> StrategyDocumentsTest.docxText(
                        files.docx(id, java.util.Locale.ENGLISH))));
    }

    /** The procurement file's documents: for readers who see the area, each version they see, and the area's name. */
    private static Map<Reader, Set<String>> documentsFor() {
        return Map.of(Reader.OWNER, Set.of(AREA, DRAFT, CONSULTATION, ADOPTED),
                Reader.NAMED_AGENCY, Set.of(AREA, CONSULTATION, ADOPTED), Reader.OTHER_AGENCY, Set.of(AREA, ADOPTED),
                Reader.MODERATOR, Set.of(AREA, ADOPTED), Reader.ADMIN, Set.of(AREA, ADOPTED));
    }

    private interface TextReading {
        String read(StrategyId id) throws Exception;
    }

    private Set<String> eachText(TextReading read) {
        Set<String> found = new TreeSet<>();
        for (StrategyId id : ids) {
            try {
                found.addAll(mentioned(read.read(id)));
            } catch (NotFoundException refused) {
                // the reader may not have this one
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** The facts a longer text mentions: a title, a comment or the area's name anywhere in it. */
    private Set<String> mentioned(String text) {
        return ParityTable.factsIn(text, Map.of(DRAFT, DRAFT + " " + tag, CONSULTATION, CONSULTATION + " " + tag,
                ADOPTED, ADOPTED + " " + tag, COMMENT, COMMENT + " " + tag, AREA, "Område " + tag));
    }

    /** The body of an anonymous API request; a version the API does not publish is not found. */
    private String api(String path) {
        try {
            var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path))
                    .andReturn().getResponse();
            if (response.getStatus() == 404) {
                throw new NotFoundException(path);
            }
            org.assertj.core.api.Assertions.assertThat(response.getStatus()).as(path).isEqualTo(200);
            return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (NotFoundException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> titlesIn(String json) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"title\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        List<String> titles = new java.util.ArrayList<>();
        while (m.find()) {
            titles.add(m.group(1));
        }
        return titles;
    }

    private Set<String> each(java.util.function.Function<StrategyId, Collection<String>> read) {
        Set<String> found = new TreeSet<>();
        for (StrategyId id : ids) {
            try {
                found.addAll(facts(read.apply(id)));
            } catch (NotFoundException refused) {
                // the reader may not see this one
            }
        }
        return found;
    }

    private Set<String> facts(Collection<String> texts) {
        Set<String> found = new TreeSet<>();
        for (String text : texts) {
            for (String fact : List.of(DRAFT, CONSULTATION, ADOPTED, COMMENT)) {
                if (text.equals(fact + " " + tag)) {
                    found.add(fact);
                }
            }
            if (text.equals("Område " + tag)) {
                found.add(AREA);
            }
        }
        return found;
    }

    @TestFactory
    Stream<DynamicTest> each_strategy_channel_shows_each_reader_exactly_what_the_policy_allows() {
        return table().tests();
    }

    @Test
    void another_agencys_plan_that_links_the_group_does_not_speak_for_it_in_ocds() {
        TestUsers.signIn(security, jdbc, "agency2@demo.buyzet.eu");
        var own = contracts.create(new ContractDetails("Annen " + tag, null, List.of("90511000-2"), "Renovasjon AS",
                new BigDecimal("1000"), "NOK", LocalDate.of(2031, 1, 1),
                List.of(Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 1000, 12.5).withEnergyPerKm(0.15))));
        PriorityArea theirs = areas.create(new AreaDraft("Kapring " + tag, "", null, List.of(own.id()), List.of(),
                List.of(), List.of(), List.of(group), List.of()));
        Strategy s = strategies.create(theirs.id(), "kapret " + tag);
        s = strategies.putInstrument(s.id(), s.version(), 0, new InstrumentDraft(Instrument.ZERO_EMISSION_SPECIFICATION,
                LocalDate.of(2028, 1, 1), null, "Markedet kan levere", "", List.of()));
        s = workflow.sendToConsultation(s.id(), s.version());
        workflow.adopt(s.id(), s.version());
        TestUsers.signOut(security);
        String plan = rationale.of(eu.buyzet.portal.buyergroup.BuyerGroupId.of(group))
                .map(p -> p.title() + " " + p.rationale()).orElse("");
        org.assertj.core.api.Assertions.assertThat(plan).contains(ADOPTED + " " + tag).doesNotContain("kapret " + tag);
    }

    @Test
    void every_declared_strategy_channel_has_a_row() {
        table().assertCovers("strategy");
    }

    private void signInAs(Reader reader) {
        switch (reader) {
            case ANONYMOUS -> TestUsers.signOut(security);
            case SUPPLIER -> TestUsers.signIn(security, jdbc, "supplier@demo.buyzet.eu");
            case OWNER -> TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
            case NAMED_AGENCY -> TestUsers.signIn(security, jdbc, "agency3@demo.buyzet.eu");
            case OTHER_AGENCY -> TestUsers.signIn(security, jdbc, "agency2@demo.buyzet.eu");
            case MODERATOR -> TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
            case ADMIN -> TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
        }
    }
}
