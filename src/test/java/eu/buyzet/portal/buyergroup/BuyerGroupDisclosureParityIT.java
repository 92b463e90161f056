package eu.buyzet.portal.buyergroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import eu.buyzet.portal.DisclosureChannels;
import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.contract.ContractDetails;
import eu.buyzet.portal.contract.ContractService;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionDraft;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every channel through which a buyer group's facts leave the portal, read by every relation to
 * four groups: with one, two and three hidden shares (the second committed, leaving out a hidden
 * member without a letter), and one whose shares are shown to the other agencies but not to suppliers. The expectations here are written from the policy table of
 * {@link BuyerGroupDisclosure}, not computed by it: each reader sees exactly its row, and no reader
 * finds a share hidden from it, nor a total (per unit or of the footprint) from which one, or the
 * sum of several, could be worked out by subtracting what it does see.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuyerGroupDisclosureParityIT {

    static final String LEAD = "agency@demo.buyzet.eu";
    static final String SECOND = "agency2@demo.buyzet.eu";
    static final String THIRD = "agency3@demo.buyzet.eu";
    static final String PARITY_A = "parity-a@test.buyzet.eu";
    static final String PARITY_B = "parity-b@test.buyzet.eu";
    static final String OUTSIDER = "parity-out@test.buyzet.eu";
    static final String STRANGE_MODERATOR = "parity-mod@test.buyzet.eu";
    static final String SUPPLIER = "supplier@demo.buyzet.eu";
    static final String SUPPLIER2 = "supplier2@demo.buyzet.eu";
    static final Object REFUSED = "REFUSED";
    static final Set<String> STEPS = Set.of("formed", "joined", "share-changed", "left", "letter-signed", "committed",
            "tendering", "awarded", "cancelled", "interest-registered", "interest-withdrawn");

    /** Every relation a reader can have to the groups built here. */
    enum Who {
        ANONYMOUS(null),
        SUPPLIER(BuyerGroupDisclosureParityIT.SUPPLIER),
        HIDDEN_MEMBER(THIRD),
        VISIBLE_MEMBER(PARITY_A),
        LEAD_BUYER(LEAD),
        OTHER_AGENCY(OUTSIDER),
        MODERATOR_OF_ANOTHER_FORUM(STRANGE_MODERATOR),
        MODERATOR("moderator@demo.buyzet.eu"),
        ADMIN("admin@demo.buyzet.eu");

        final String email;

        Who(String email) {
            this.email = email;
        }

        /** The policy's "sees every share" column. */
        boolean seesEveryShare() {
            return this == LEAD_BUYER || this == MODERATOR || this == ADMIN;
        }

        /** The policy's "other agencies": fellow members and agencies outside the group, not the lead. */
        boolean agency() {
            return this == HIDDEN_MEMBER || this == VISIBLE_MEMBER || this == OTHER_AGENCY;
        }

        /** The policy's insiders: members, the lead buyer, the forum's moderators, admins. */
        boolean insider() {
            return seesEveryShare() || this == HIDDEN_MEMBER || this == VISIBLE_MEMBER;
        }
    }

    /** Whom a member shows its own figures: everyone (suppliers and the public), the other agencies, or no one. */
    enum Audience { EVERYONE, AGENCIES, NOBODY }

    record Spec(String email, int quantity, DemandUnit unit, Audience audience, boolean signs) {
        Spec(String email, int quantity, DemandUnit unit, boolean visible, boolean signs) {
            this(email, quantity, unit, visible ? Audience.EVERYONE : Audience.NOBODY, signs);
        }

        /** Shown to everyone: the public shares. */
        boolean visible() {
            return audience == Audience.EVERYONE;
        }
    }

    record Share(Spec spec, OrganisationId organisation, String organisationName, BigDecimal annualValue,
                 double wtw, double ttw, double vkm) {
        String local() {
            return spec.email().substring(0, spec.email().indexOf('@'));
        }

        String contactName() {
            return "Kontaktperson-" + local();
        }

        String contactEmail() {
            return "kontakt-" + local() + "@paritet.example";
        }

        String signer() {
            return "Signatar-" + local();
        }
    }

    record Built(String name, BuyerGroup group, List<Share> shares) {
        BuyerGroupId id() {
            return group.id();
        }

        boolean counted(Share s) {
            return group.status() == BuyerGroupStatus.FORMING || s.spec().signs();
        }

        List<Share> countedShares() {
            return shares.stream().filter(this::counted).toList();
        }
    }

    @FunctionalInterface
    interface Channel {
        Object read(Who who, Built g) throws Exception;
    }

    @Autowired SecurityContextHolderStrategy security;
    @Autowired BuyerGroupService groups;
    @Autowired BuyerGroupLifecycle lifecycle;
    @Autowired BuyerGroupShares shares;
    @Autowired BuyerGroupInterest interest;
    @Autowired BuyerGroupExports exports;
    @Autowired SubmissionService submissions;
    @Autowired ContractService contracts;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired WebApplicationContext web;

    private MockMvc mvc;
    private final Map<String, FootprintSource> sources = new LinkedHashMap<>();
    private final List<Built> built = new ArrayList<>();
    /** What an outsider saw after every step while the groups were built. */
    private final List<Demand> outsiderOverTime = new ArrayList<>();

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    // ---- the groups ------------------------------------------------------------------------------

    @BeforeAll
    void build() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        organisation("Paritet etat A", 80_123_000, PARITY_A, "AGENCY");
        organisation("Paritet etat B", 80_124_000, PARITY_B, "AGENCY");
        organisation("Paritet etat utenfor", 80_125_000, OUTSIDER, "AGENCY");
        organisation("Paritet moderatorer", 80_126_000, STRANGE_MODERATOR, "MODERATOR");
        int trips = 1000;
        for (String email : List.of(LEAD, PARITY_A, THIRD, SECOND, PARITY_B)) {
            sources.put(email, contract(email, trips));
            trips += email.equals(SECOND) ? 1000 : 350;
        }
        DemandUnit del = DemandUnit.DELIVERIES_PER_YEAR;
        built.add(group("Paritet: en skjult andel", false, List.of(
                new Spec(LEAD, 41113, del, true, true),
                new Spec(PARITY_A, 32213, del, true, false),
                new Spec(THIRD, 27317, del, false, false))));
        built.add(group("Paritet: to skjulte andeler", true, List.of(
                new Spec(LEAD, 41117, del, true, true),
                new Spec(PARITY_A, 32219, del, true, true),
                new Spec(THIRD, 27329, del, false, true),
                new Spec(SECOND, 17431, DemandUnit.SITES, false, true),
                new Spec(PARITY_B, 13597, del, false, false))));
        built.add(group("Paritet: tre skjulte andeler", false, List.of(
                new Spec(LEAD, 41131, del, true, true),
                new Spec(PARITY_A, 32231, DemandUnit.TRIPS_PER_YEAR, true, false),
                new Spec(THIRD, 27337, del, false, true),
                new Spec(SECOND, 17443, del, false, false),
                new Spec(PARITY_B, 13591, DemandUnit.TRIPS_PER_YEAR, false, false))));
        built.add(group("Paritet: andeler for virksomhetene", false, List.of(
                new Spec(LEAD, 41143, del, Audience.EVERYONE, true),
                new Spec(PARITY_A, 32243, del, Audience.AGENCIES, true),
                new Spec(THIRD, 27343, del, Audience.NOBODY, false),
                new Spec(PARITY_B, 13603, del, Audience.AGENCIES, false))));
        TestUsers.signOut(security);
    }

    private void organisation(String name, int orgNumberFrom, String email, String role) {
        String number = BuyerGroupServiceIT.validOrganisationNumber(orgNumberFrom);
        jdbc.sql("insert into organisation (name, kind, country, org_number) values (?, 'PUBLIC_AGENCY', 'NO', ?)"
                + " on conflict do nothing").params(name, number).update();
        jdbc.sql("insert into member (organisation_id, email, display_name, roles, preferred_locale)"
                        + " select id, ?, ?, ?::text[], 'nb' from organisation where org_number = ? on conflict do nothing")
                .params(email, "Person " + name, "{" + role + "}", number).update();
    }

    private FootprintSource contract(String email, int trips) {
        as(email);
        return new FootprintSource(FootprintSource.Kind.CONTRACT, contracts.create(new ContractDetails(
                "Paritet levering " + email, null, List.of("60100000-9"), "Leverandør AS", null, "NOK", null,
                List.of(Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, trips, 12.5)))).id().value());
    }

    private MemberShare share(Spec s, int quantity, Audience audience) {
        String local = s.email().substring(0, s.email().indexOf('@'));
        return new MemberShare(BigDecimal.valueOf(quantity), s.unit(), annualValue(s), "NOK", sources.get(s.email()),
                "Kontaktperson-" + local, "kontakt-" + local + "@paritet.example",
                Set.of(ProcedurePart.CONTRACT_MANAGEMENT, ProcedurePart.MARKET_DIALOGUE), audience != Audience.NOBODY,
                audience == Audience.EVERYONE);
    }

    private static BigDecimal annualValue(Spec s) {
        return BigDecimal.valueOf(7_770_000L + s.quantity());
    }

    /**
     * Forms the group with the lead buyer, has each member join (the last one first visible with
     * another quantity, then hidden), sign where it signs, suppliers register interest, and commits
     * when asked; what an outsider sees is kept after every step.
     */
    private Built group(String title, boolean commit, List<Spec> specs) {
        as(LEAD);
        ForumId forum = ForumId.of(jdbc.sql("select id from forum where title_en = 'Goods delivery to schools'")
                .query(Long.class).single());
        Submission p = submissions.create(new SubmissionDraft(forum, SubmissionKind.PROPOSAL, title, "", "",
                List.of("60100000-9")));
        submissions.publish(p.id(), p.version());
        BuyerGroup g = lifecycle.form(p.id(), null, LocalDate.now().plusMonths(6));
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            as(s.email());
            if (i == specs.size() - 1 && !s.visible()) {
                GroupMember joined = shares.join(g, share(s, 11113, Audience.EVERYONE));
                lookAsOutsider(g);
                as(s.email());
                shares.changeShare(g, joined.version(), share(s, s.quantity(), s.audience()));
            } else {
                shares.join(g, share(s, s.quantity(), s.audience()));
            }
            lookAsOutsider(g);
        }
        for (Spec s : specs) {
            if (s.signs()) {
                as(s.email());
                shares.signLetterOfIntent(g, "Signatar-" + s.email().substring(0, s.email().indexOf('@')));
                lookAsOutsider(g);
            }
        }
        as(SUPPLIER2);
        interest.registerInterest(g, null, "Paritet-tilbud fra Ren Retur", List.of());
        if (built.isEmpty()) {
            as(SUPPLIER);
            interest.registerInterest(g, null, "Paritet-tilbud fra Grønn Håndverk", List.of());
        }
        if (commit) {
            as(LEAD);
            lifecycle.commit(groups.get(g.id()));
            lookAsOutsider(g);
        }
        as(LEAD);
        BuyerGroup now = groups.get(g.id());
        Map<OrganisationId, GroupMember> records = shares.members(g.id()).stream()
                .collect(Collectors.toMap(GroupMember::organisationId, m -> m));
        List<Share> shares = new ArrayList<>();
        for (Spec s : specs) {
            GroupMember m = records.get(organisationOf(s.email()));
            shares.add(new Share(s, m.organisationId(), m.organisationName(), m.annualValue(), m.baselineCo2eKg(),
                    m.baselineTtwKg(), m.baselineVehicleKm()));
        }
        return new Built(title, now, shares);
    }

    private void lookAsOutsider(BuyerGroup g) {
        as(SUPPLIER);
        outsiderOverTime.add(shares.demand(g.id()));
        TestUsers.signOut(security);
        outsiderOverTime.add(groups.publicPage(g.id()).orElseThrow().demand());
    }

    private PortalUser as(String email) {
        return TestUsers.signIn(security, jdbc, email);
    }

    private OrganisationId organisationOf(String email) {
        return OrganisationId.of(jdbc.sql("select organisation_id from member where email = ?").param(email)
                .query(Long.class).single());
    }

    // ---- the channels ----------------------------------------------------------------------------

    /** One row per declared channel: how to read it as a reader. */
    private Map<String, Channel> channels() {
        Map<String, Channel> c = new TreeMap<>();
        c.put("buyergroup.list", (who, g) -> groups.list(null, new PageRequest(0, 200)).stream()
                .filter(x -> x.id().equals(g.id())).toList());
        // the search page's buyer groups: found by the words of their name, as the list shows them
        c.put("buyergroup.search", (who, g) -> groups.find(g.name(), 200).stream()
                .filter(x -> x.id().equals(g.id())).toList());
        c.put("buyergroup.proposal-section", (who, g) -> groups.forProposal(submissions.get(g.group().proposalId())));
        c.put("buyergroup.members", (who, g) -> shares.members(g.id()));
        c.put("buyergroup.my-membership", (who, g) -> shares.myMembership(g.id()));
        c.put("buyergroup.steps", (who, g) -> groups.steps(g.id()));
        c.put("buyergroup.demand", (who, g) -> shares.demand(g.id()));
        c.put("buyergroup.page", (who, g) -> groups.page(g.id()));
        c.put("buyergroup.public-page", (who, g) -> groups.publicPage(g.id()));
        c.put("buyergroup.ocds", (who, g) -> exports.ocdsRelease(g.id(), "ocds-parity", "https://portal.example"));
        c.put("buyergroup.public-ocds", (who, g) -> exports.publicOcdsRelease(g.id(), "ocds-parity",
                "https://portal.example"));
        c.put("buyergroup.members-csv", (who, g) -> new String(exports.membersCsv(g.id()), StandardCharsets.UTF_8));
        c.put("buyergroup.my-interest", (who, g) -> interest.myInterest(g.id()));
        c.put("buyergroup.interests", (who, g) -> interest.interests(g.id()));
        c.put("buyergroup.step-notification", (who, g) -> notifications(who, g));
        c.put("buyergroup.api-list", (who, g) -> api(who, "/api/v1/buyer-groups?size=100"));
        c.put("buyergroup.api-get", (who, g) -> api(who, "/api/v1/buyer-groups/" + g.id()));
        c.put("buyergroup.api-ocds", (who, g) -> api(who, "/api/v1/buyer-groups/" + g.id() + "/ocds"));
        return c;
    }

    /** Channels whose every reader gets what anyone gets: their bound is the anonymous reader's. */
    private static final Set<String> PUBLISHED = Set.of("buyergroup.public-page", "buyergroup.public-ocds",
            "buyergroup.ocds", "buyergroup.api-list", "buyergroup.api-get", "buyergroup.api-ocds",
            "buyergroup.step-notification");

    private Object read(String channel, Who who, Built g) {
        if (who.email == null) {
            TestUsers.signOut(security);
        } else {
            as(who.email);
        }
        try {
            return channels().get(channel).read(who, g);
        } catch (AccessDeniedException e) {
            return REFUSED;
        } catch (Exception e) {
            throw new AssertionError(channel + " as " + who, e);
        } finally {
            TestUsers.signOut(security);
        }
    }

    /** The open API over the real filter chain, with the reader's session where it has one. */
    private String api(Who who, String path) throws Exception {
        MockHttpServletRequestBuilder request = get(path).with(r -> {
            r.setRemoteAddr("10.77.0." + (who.ordinal() + 1));
            return r;
        });
        if (who.email != null) {
            PortalUser user = as(who.email);
            request = request.with(authentication(new TestingAuthenticationToken(new TestUsers.TestPrincipal(user),
                    null, user.roles().stream().map(Role::authority).toArray(String[]::new))));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + " as " + who).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** What the bell, the mail outbox (and so the digest, which lists the same texts) hold for the reader. */
    private List<Map<String, Object>> notifications(Who who, Built g) {
        if (who.email == null) {
            return List.of();
        }
        return jdbc.sql("""
                        select n.detail, n.subject_title, o.subject, o.body from notification n
                        join member m on m.id = n.member_id
                        left join mail_outbox o on o.dedup_key = 'notification:' || n.id
                        where m.email = ? and n.link = ? order by n.id""")
                .params(who.email, "buyer-groups/" + g.id()).query().listOfRows();
    }

    private String text(Object output) {
        return output instanceof String s ? s : json.writeValueAsString(output);
    }

    // ---- what a reader may not find -------------------------------------------------------------

    private static boolean sees(Who who, Share s) {
        return s.spec().visible() || who.seesEveryShare() || s.spec().email().equals(who.email)
                || s.spec().audience() == Audience.AGENCIES && who.agency();
    }

    /**
     * Every number from which a share hidden from the reader shows: each hidden figure; per unit,
     * every sum of hidden shares and that sum plus the seen ones (the total); of the footprint,
     * the same sums. A reader shown none of these cannot subtract its way to a hidden share.
     */
    private static Set<String> forbiddenNumbers(Who who, Built g) {
        Set<String> numbers = new LinkedHashSet<>();
        for (Share s : g.shares()) {
            if (!sees(who, s)) {
                numbers.add(Integer.toString(s.spec().quantity()));
                numbers.addAll(kg(s.wtw()));
                numbers.addAll(kg(s.ttw()));
                numbers.addAll(kg(s.vkm()));
            }
            if (!(who.insider() && sees(who, s))) {
                numbers.add(s.annualValue().toBigInteger().toString());
            }
        }
        List<Share> counted = g.countedShares();
        for (DemandUnit unit : DemandUnit.values()) {
            List<Share> hidden = counted.stream().filter(s -> s.spec().unit() == unit && !sees(who, s)).toList();
            int seen = counted.stream().filter(s -> s.spec().unit() == unit && sees(who, s))
                    .mapToInt(s -> s.spec().quantity()).sum();
            for (List<Share> subset : subsets(hidden)) {
                int sum = subset.stream().mapToInt(s -> s.spec().quantity()).sum();
                numbers.add(Integer.toString(sum));
                numbers.add(Integer.toString(sum + seen));
            }
        }
        List<Share> hidden = counted.stream().filter(s -> !sees(who, s)).toList();
        if (!hidden.isEmpty()) {
            for (List<Share> subset : subsets(hidden)) {
                numbers.addAll(kg(subset.stream().mapToDouble(Share::wtw).sum()));
                numbers.addAll(kg(subset.stream().mapToDouble(Share::ttw).sum()));
                numbers.addAll(kg(subset.stream().mapToDouble(Share::vkm).sum()));
            }
            numbers.addAll(kg(counted.stream().mapToDouble(Share::wtw).sum()));
            numbers.addAll(kg(counted.stream().mapToDouble(Share::ttw).sum()));
            numbers.addAll(kg(counted.stream().mapToDouble(Share::vkm).sum()));
        }
        return numbers;
    }

    /** Texts an outsider may not find: contacts, signers, who else is interested, joint parts. */
    private static Set<String> forbiddenTexts(Who who, Built g) {
        Set<String> texts = new LinkedHashSet<>();
        if (!who.insider()) {
            for (Share s : g.shares()) {
                texts.add(s.contactName());
                texts.add(s.contactEmail());
                texts.add(s.signer());
            }
            texts.add("CONTRACT_MANAGEMENT");
            texts.add("Paritet-tilbud fra Ren Retur");
            texts.add("Ren Retur Avfallsservice");
            if (who != Who.SUPPLIER) {
                texts.add("Paritet-tilbud fra Grønn Håndverk");
            }
        }
        return texts;
    }

    /** A figure as the channels print it: exact, rounded, or cut to whole kilograms. */
    private static List<String> kg(double value) {
        return List.of(Long.toString(Math.round(value)), Long.toString((long) Math.floor(value)));
    }

    private static <T> List<List<T>> subsets(List<T> items) {
        List<List<T>> all = new ArrayList<>();
        for (int mask = 1; mask < 1 << items.size(); mask++) {
            List<T> subset = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    subset.add(items.get(i));
                }
            }
            all.add(subset);
        }
        return all;
    }

    private static Pattern number(String n) {
        return Pattern.compile("(?<![\\d.])" + Pattern.quote(n) + "(?!\\d)");
    }

    // ---- the tests --------------------------------------------------------------------------------

    @Test
    void every_declared_channel_has_a_row_here() {
        assertThat(channels().keySet()).isEqualTo(DisclosureChannels.of("buyergroup"));
    }

    @Test
    void no_channel_shows_any_reader_a_hidden_share_nor_a_total_it_could_be_worked_out_from() {
        SoftAssertions soft = new SoftAssertions();
        channels().keySet().forEach(channel -> {
            for (Built g : built) {
                for (Who who : Who.values()) {
                    String text = text(read(channel, who, g));
                    Who bound = PUBLISHED.contains(channel) ? Who.ANONYMOUS : who;
                    // the page's release publishes the public demand, but lists interested suppliers to insiders
                    Who textBound = channel.equals("buyergroup.ocds") ? who : bound;
                    for (String n : forbiddenNumbers(bound, g)) {
                        soft.assertThat(number(n).matcher(text).find())
                                .as("%s as %s in '%s' shows %s: %s", channel, who, g.name(), n, text).isFalse();
                    }
                    for (String t : forbiddenTexts(textBound, g)) {
                        soft.assertThat(text).as("%s as %s in '%s'", channel, who, g.name()).doesNotContain(t);
                    }
                }
            }
        });
        soft.assertAll();
    }

    @Test
    void each_reader_sees_exactly_the_figures_and_totals_its_row_gives_it() {
        SoftAssertions soft = new SoftAssertions();
        for (Built g : built) {
            for (Who who : Who.values()) {
                String as = who + " in '" + g.name() + "'";
                BuyerGroupPage page = (BuyerGroupPage) read("buyergroup.page", who, g);
                Demand d = page.demand();
                List<Share> counted = g.countedShares();
                soft.assertThat(d.breakdown()).as(as).extracting(MemberView::organisationId).containsExactlyElementsOf(
                        counted.stream().filter(s -> sees(who, s)).map(Share::organisation).toList());
                soft.assertThat(d.hiddenShares()).as(as).isEqualTo((int) counted.stream().filter(s -> !sees(who, s)).count());
                soft.assertThat(d.memberNames()).as(as).hasSize(g.shares().size());
                for (Demand.UnitTotal u : d.units()) {
                    List<Share> inUnit = counted.stream().filter(s -> s.spec().unit() == u.unit()).toList();
                    if (inUnit.stream().allMatch(s -> sees(who, s))) {
                        soft.assertThat(u.quantity()).as(as + " " + u.unit()).isEqualByComparingTo(
                                BigDecimal.valueOf(inUnit.stream().mapToInt(s -> s.spec().quantity()).sum()));
                    } else {
                        soft.assertThat(u.quantity()).as(as + " " + u.unit()).isNull();
                    }
                }
                if (counted.stream().allMatch(s -> sees(who, s))) {
                    soft.assertThat(d.baselineCo2eKg()).as(as).isCloseTo(counted.stream().mapToDouble(Share::wtw).sum(),
                            org.assertj.core.data.Offset.offset(0.001));
                    soft.assertThat(d.tailpipeCo2eKg()).as(as).isCloseTo(counted.stream().mapToDouble(Share::ttw).sum(),
                            org.assertj.core.data.Offset.offset(0.001));
                    soft.assertThat(d.vehicleKm()).as(as).isCloseTo(counted.stream().mapToDouble(Share::vkm).sum(),
                            org.assertj.core.data.Offset.offset(0.001));
                } else {
                    soft.assertThat(d.baselineCo2eKg()).as(as).isNull();
                    soft.assertThat(d.tailpipeCo2eKg()).as(as).isNull();
                    soft.assertThat(d.vehicleKm()).as(as).isNull();
                }
                soft.assertThat(d.capableSuppliers()).as(as).isEqualTo(g == built.getFirst() ? 2 : 1);
                soft.assertThat(read("buyergroup.demand", who, g)).as("the page's demand is the demand: " + as).isEqualTo(d);

                List<Share> listed = g.shares().stream().filter(s -> who.insider() || g.counted(s) && sees(who, s)).toList();
                soft.assertThat(page.members()).as(as).extracting(MemberView::organisationId)
                        .containsExactlyElementsOf(listed.stream().map(Share::organisation).toList());
                for (int i = 0; i < Math.min(listed.size(), page.members().size()); i++) {
                    Share s = listed.get(i);
                    MemberView m = page.members().get(i);
                    String whose = as + ", " + s.spec().email();
                    soft.assertThat(m.quantity() == null).as(whose + " quantity withheld").isEqualTo(!sees(who, s));
                    soft.assertThat(m.baselineCo2eKg() == null).as(whose + " baseline withheld").isEqualTo(!sees(who, s));
                    soft.assertThat(m.annualValue() == null).as(whose + " value withheld")
                            .isEqualTo(!(who.insider() && sees(who, s)));
                    soft.assertThat(m.jointParts() == null).as(whose + " joint parts withheld").isEqualTo(!who.insider());
                    soft.assertThat(m.contactEmail() == null).as(whose + " contact withheld").isEqualTo(!who.insider());
                    soft.assertThat(m.letterSigned() == null).as(whose + " letter withheld").isEqualTo(!who.insider());
                    soft.assertThat(m.letterSignedBy()).as(whose + " signer")
                            .isEqualTo(who.insider() && s.spec().signs() ? s.signer() : null);
                    if (m.quantity() != null) {
                        soft.assertThat(m.quantity()).as(whose).isEqualByComparingTo(BigDecimal.valueOf(s.spec().quantity()));
                    }
                }

                // the CSV has the page's rows and cells, no more
                List<CSVRecord> rows = csv((String) read("buyergroup.members-csv", who, g));
                soft.assertThat(rows).as("CSV " + as).extracting(r -> r.get("organisation"))
                        .containsExactlyElementsOf(page.members().stream().map(MemberView::organisationName).toList());
                for (int i = 0; i < Math.min(rows.size(), page.members().size()); i++) {
                    CSVRecord r = rows.get(i);
                    MemberView m = page.members().get(i);
                    soft.assertThat(r.get("quantity").isEmpty()).as("CSV quantity " + as).isEqualTo(m.quantity() == null);
                    soft.assertThat(r.get("annual_value").isEmpty()).as("CSV value " + as).isEqualTo(m.annualValue() == null);
                    soft.assertThat(r.get("baseline_co2e_wtw_kg").isEmpty()).as("CSV co2e " + as)
                            .isEqualTo(m.baselineCo2eKg() == null);
                    soft.assertThat(r.get("joint_parts").isEmpty()).as("CSV parts " + as).isEqualTo(m.jointParts() == null);
                    soft.assertThat(r.get("letter_of_intent_signed_by")).as("CSV signer " + as)
                            .isEqualTo(Objects.toString(m.letterSignedBy(), ""));
                    soft.assertThat(r.get("letter_of_intent_signed_at").isEmpty()).as("CSV signed at " + as)
                            .isEqualTo(m.letterSignedAt() == null);
                }

                // the whole records only for those who see every share
                Object members = read("buyergroup.members", who, g);
                soft.assertThat(members == REFUSED).as("members " + as).isEqualTo(!who.seesEveryShare());
            }
        }
        soft.assertAll();
    }

    @Test
    void contacts_letters_who_did_what_and_which_suppliers_are_interested_are_for_insiders_only() {
        SoftAssertions soft = new SoftAssertions();
        for (Built g : built) {
            boolean supplierInterested = g == built.getFirst();
            for (Who who : Who.values()) {
                String as = who + " in '" + g.name() + "'";
                BuyerGroupPage page = (BuyerGroupPage) read("buyergroup.page", who, g);
                if (who.insider()) {
                    soft.assertThat(page.interests()).as(as).extracting(SupplierInterest::statement)
                            .contains("Paritet-tilbud fra Ren Retur");
                    soft.assertThat(read("buyergroup.interests", who, g)).as(as).isNotEqualTo(REFUSED);
                } else {
                    soft.assertThat(page.interests()).as(as).isNull();
                    soft.assertThat(read("buyergroup.interests", who, g)).as(as).isEqualTo(REFUSED);
                }
                soft.assertThat(page.myInterest().isPresent()).as("own interest " + as)
                        .isEqualTo(who == Who.SUPPLIER && supplierInterested);
                soft.assertThat(page.myInterest()).as(as).isEqualTo(read("buyergroup.my-interest", who, g));

                List<GroupStep> steps = page.steps();
                soft.assertThat(steps).as(as).isEqualTo(read("buyergroup.steps", who, g));
                soft.assertThat(steps.stream().anyMatch(s -> s.step().equals("letter-signed")
                        || s.step().startsWith("interest-"))).as("letters and interest in the timeline " + as)
                        .isEqualTo(who.insider());
                soft.assertThat(steps).as("who took a step " + as).allMatch(s -> (s.byName() != null) == who.insider());
                soft.assertThat(steps.stream().filter(s -> s.step().equals("joined") || s.step().equals("share-changed")))
                        .as("figures of a join " + as).allMatch(s -> (s.detail() != null) == who.seesEveryShare());
                soft.assertThat(steps).extracting(GroupStep::step).as(as).contains("formed", "joined", "share-changed");
            }
        }
        soft.assertAll();
    }

    @Test
    void the_open_api_answers_every_reader_exactly_as_it_answers_anyone() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (Built g : built) {
            TestUsers.signOut(security);
            BuyerGroupPage anyone = groups.publicPage(g.id()).orElseThrow();
            JsonNode anonymous = json.readTree((String) read("buyergroup.api-get", Who.ANONYMOUS, g));
            JsonNode anonymousOcds = withoutStamp(json.readTree((String) read("buyergroup.api-ocds", Who.ANONYMOUS, g)));
            for (Who who : Who.values()) {
                String as = who + " in '" + g.name() + "'";
                soft.assertThat(json.readTree((String) read("buyergroup.api-get", who, g))).as(as).isEqualTo(anonymous);
                soft.assertThat(withoutStamp(json.readTree((String) read("buyergroup.api-ocds", who, g)))).as(as)
                        .isEqualTo(anonymousOcds);
                soft.assertThat(read("buyergroup.public-page", who, g)).as(as).isEqualTo(java.util.Optional.of(anyone));
                JsonNode list = json.readTree((String) read("buyergroup.api-list", who, g));
                soft.assertThat(list.get("items").findValuesAsString("title")).as(as).contains(g.name());
            }
            List<Share> publicShares = g.countedShares().stream().filter(s -> s.spec().visible()).toList();
            soft.assertThat(anonymous.at("/demand/shares").findValuesAsString("name"))
                    .containsExactlyElementsOf(publicShares.stream().map(Share::organisationName).toList());
            soft.assertThat(anonymous.at("/demand/hiddenShares").asInt())
                    .isEqualTo(g.countedShares().size() - publicShares.size());
            soft.assertThat(anonymous.at("/demand/baselineCo2eWtwKg").isNull()).isTrue();
            soft.assertThat(anonymous.at("/demand/shares")).allMatch(s -> s.get("jointParts").isNull());
            soft.assertThat(anonymous.at("/steps").findValuesAsString("step")).doesNotContain("letter-signed",
                    "interest-registered");
        }
        soft.assertAll();
    }

    @Test
    void the_ocds_release_publishes_the_public_demand_whoever_downloads_it_and_interested_suppliers_to_insiders() {
        SoftAssertions soft = new SoftAssertions();
        for (Built g : built) {
            List<String> publicShares = g.countedShares().stream().filter(s -> s.spec().visible())
                    .map(Share::organisationName).toList();
            for (Who who : Who.values()) {
                String as = who + " in '" + g.name() + "'";
                JsonNode release = json.valueToTree(read("buyergroup.ocds", who, g));
                List<String> items = new ArrayList<>();
                release.at("/tender/items").forEach(i -> items.add(i.at("/relatedBuyer/name").asString()));
                soft.assertThat(items).as(as).containsExactlyElementsOf(publicShares);
                soft.assertThat(release.at("/planning/rationale").asString()).as(as).doesNotContain("kg CO2e");
                List<String> roles = new ArrayList<>();
                release.get("parties").forEach(p -> p.get("roles").forEach(r -> roles.add(r.asString())));
                soft.assertThat(roles.contains("interestedParty")).as(as).isEqualTo(who.insider());
                soft.assertThat(roles.stream().filter("buyer"::equals).count()).as(as).isEqualTo(g.shares().size());
            }
        }
        soft.assertAll();
    }

    @Test
    void step_notifications_reach_the_lead_and_the_members_agencies_only_and_carry_no_figure() {
        SoftAssertions soft = new SoftAssertions();
        for (Built g : built) {
            Set<OrganisationId> told = new LinkedHashSet<>();
            told.add(g.group().leadOrganisationId());
            g.shares().forEach(s -> told.add(s.organisation()));
            for (Who who : Who.values()) {
                String as = who + " in '" + g.name() + "'";
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> notes = (List<Map<String, Object>>) read("buyergroup.step-notification", who, g);
                boolean expected = who.email != null && told.contains(organisationOf(who.email));
                soft.assertThat(!notes.isEmpty()).as("told " + as).isEqualTo(expected);
                for (Map<String, Object> n : notes) {
                    soft.assertThat(STEPS).as(as).contains((String) n.get("detail"));
                    soft.assertThat(n.get("subject_title")).as(as).isEqualTo(g.name());
                    String text = n.values().stream().map(v -> Objects.toString(v, "")).collect(Collectors.joining(" "));
                    for (Share s : g.shares()) {
                        soft.assertThat(number(Integer.toString(s.spec().quantity())).matcher(text).find())
                                .as("a share in a notification " + as + ": " + text).isFalse();
                    }
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void an_outsider_watching_the_groups_form_never_saw_a_total_with_a_hidden_share_in_it() {
        assertThat(outsiderOverTime).hasSizeGreaterThan(20);
        SoftAssertions soft = new SoftAssertions();
        for (Demand d : outsiderOverTime) {
            // a shown total must be made only of the shares shown with it: then it minus them is nothing
            for (Demand.UnitTotal u : d.units()) {
                if (u.quantity() != null) {
                    List<MemberView> shown = d.breakdown().stream().filter(m -> m.unit() == u.unit()).toList();
                    soft.assertThat(shown).as(d.toString()).hasSize(u.members());
                    soft.assertThat(u.quantity()).as(d.toString()).isEqualByComparingTo(
                            shown.stream().map(MemberView::quantity).reduce(BigDecimal.ZERO, BigDecimal::add));
                }
            }
            if (d.baselineCo2eKg() != null) {
                soft.assertThat(d.breakdown()).as(d.toString()).hasSize(d.counted());
                soft.assertThat(d.hiddenShares()).as(d.toString()).isZero();
            }
            soft.assertThat(d.breakdown()).as(d.toString()).allMatch(MemberView::shareVisible);
        }
        soft.assertAll();
    }

    private static List<CSVRecord> csv(String text) {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)).getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode withoutStamp(JsonNode release) {
        var copy = release.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) copy).remove(List.of("id", "date"));
        return copy;
    }
}
