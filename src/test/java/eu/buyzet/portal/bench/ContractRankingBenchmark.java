package eu.buyzet.portal.bench;

import eu.buyzet.portal.Application;
import eu.buyzet.portal.contract.ContractDetails;
import eu.buyzet.portal.contract.ContractMetric;
import eu.buyzet.portal.contract.ContractService;
import eu.buyzet.portal.contract.CpvLevel;
import eu.buyzet.portal.footprint.FootprintService;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.FactorSet;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FootprintCalculator;
import eu.buyzet.portal.footprint.calculator.FootprintResult;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.contract.internal.ContractRepository;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.shared.CpvCatalogue;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Maps 10,000 contracts with 3 transport flows each, spread over 20 agencies, and measures what
 * a person waits for on the contract footprint page: the first page of the ranking by each
 * measure (across all agencies and for one), the CPV category totals, the whole ranking as the
 * export reads it, and computing the footprints themselves. Calls go through ContractService as
 * a signed-in moderator. Run with {@code ./mvnw -Pbench verify}; -Dbench.contracts changes the size.
 */
public final class ContractRankingBenchmark {

    private ContractRankingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int contracts = Integer.getInteger("bench.contracts", 10_000);
        int rounds = Integer.getInteger("bench.rounds", 20);
        Path dir = Files.createTempDirectory("buyzet-bench-contracts");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--buyzet.database.embedded-dir=" + dir.resolve("pg"), "--logging.level.root=warn",
                "--vaadin.launch-browser=false")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            FactorSet set = app.getBean(FootprintService.class).defaultFactorSet();
            List<List<Flow>> flows = flows(contracts);

            List<Double> compute = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                compute.add(time(() -> flows.forEach(f -> FootprintCalculator.calculate(set, f))));
            }
            // vacuum is the schema owner's; the portal's own role may only read and write rows
            JdbcClient owner = JdbcClient.create(app.getBean("schemaOwnerDataSource", javax.sql.DataSource.class));
            List<OrganisationId> agencies = load(jdbc, owner, app.getBean(ContractRepository.class), set, flows);

            TestUsers.signIn(app.getBean(SecurityContextHolderStrategy.class), jdbc, "moderator@demo.buyzet.eu");
            ContractService service = app.getBean(ContractService.class);

            List<Double> firstPageAll = new ArrayList<>();
            List<Double> firstPageAgency = new ArrayList<>();
            List<Double> categories = new ArrayList<>();
            List<Double> whole = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                for (ContractMetric metric : ContractMetric.values()) {
                    firstPageAll.add(time(() -> {
                        service.rank(null, metric, new PageRequest(0, 50));
                        service.count(null);
                    }));
                    OrganisationId agency = agencies.get(round % agencies.size());
                    firstPageAgency.add(time(() -> {
                        service.rank(agency, metric, new PageRequest(0, 50));
                        service.count(agency);
                    }));
                    CpvLevel level = CpvLevel.values()[round % CpvLevel.values().length];
                    categories.add(time(() -> service.byCpvCategory(null, metric, level)));
                    whole.add(time(() -> service.rankAll(null, metric)));
                }
            }
            System.out.printf(Locale.ROOT, "%n%,d contracts with 3 flows each, %d agencies, %d rounds%n", contracts,
                    agencies.size(), rounds);
            report("compute the footprints of all contracts (calculator)", compute);
            report("ranking across all agencies, first 50 and count", firstPageAll);
            report("ranking of one agency, first 50 and count", firstPageAgency);
            report("CPV category totals across all agencies", categories);
            report("whole ranking across all agencies (export)", whole);
            System.out.println("\nPlan of the first page across all agencies by NOx:");
            jdbc.sql("explain (analyze, buffers off, costs off) select c.id from footprint_contract c"
                            + " join organisation o on o.id = c.organisation_id where c.result is not null"
                            + " order by c.nox_g desc nulls last, c.id limit 50").query(String.class).list()
                    .forEach(line -> System.out.println("  " + line));
        }
    }

    /** Three flows per contract: a realistic mix of vehicles, carriers, trips and distances. */
    private static List<List<Flow>> flows(int contracts) {
        Random random = new Random(2026);
        record Kind(VehicleCategory category, EnergyCarrier carrier, double energyPerKm) {
        }
        List<Kind> kinds = List.of(new Kind(VehicleCategory.N1, EnergyCarrier.DIESEL, 0.09),
                new Kind(VehicleCategory.N1, EnergyCarrier.BATTERY_ELECTRIC, 0.3),
                new Kind(VehicleCategory.N2, EnergyCarrier.DIESEL, 0.22),
                new Kind(VehicleCategory.N3, EnergyCarrier.DIESEL, 0.45),
                new Kind(VehicleCategory.N3, EnergyCarrier.HVO100, 0.45),
                new Kind(VehicleCategory.N3, EnergyCarrier.BATTERY_ELECTRIC, 1.3),
                new Kind(VehicleCategory.L, EnergyCarrier.BATTERY_ELECTRIC, 0.02),
                new Kind(VehicleCategory.M1, EnergyCarrier.PETROL, 0.07));
        List<List<Flow>> all = new ArrayList<>(contracts);
        for (int i = 0; i < contracts; i++) {
            List<Flow> flows = new ArrayList<>(3);
            for (int f = 0; f < 3; f++) {
                Kind k = kinds.get(random.nextInt(kinds.size()));
                double trips = 10 + random.nextInt(8_000);
                double km = 1 + random.nextInt(60);
                int vehicles = 1 + (int) (trips * km / 100_000);
                flows.add(new Flow(k.category(), k.carrier(), null, trips, km, null, k.energyPerKm(), null, null, null,
                        vehicles, false));
            }
            all.add(flows);
        }
        return all;
    }

    private static List<OrganisationId> load(JdbcClient jdbc, JdbcClient owner, ContractRepository repository, FactorSet set,
                                             List<List<Flow>> flows) {
        long start = System.nanoTime();
        jdbc.sql("""
                insert into organisation (name, kind, country, org_number)
                select 'Bench agency ' || g, 'PUBLIC_AGENCY', 'NO', '8' || lpad(g::text, 8, '0') from generate_series(1, 20) g""").update();
        List<OrganisationId> agencies = jdbc.sql("select id from organisation where name like 'Bench agency %' order by id")
                .query((rs, n) -> OrganisationId.of(rs.getLong(1))).list();
        MemberId author = MemberId.of(jdbc.sql("select id from member where email = 'agency@demo.buyzet.eu'")
                .query(Long.class).single());
        List<CpvCatalogue.Entry> codes = CpvCatalogue.official().search("", 0, CpvCatalogue.official().size());
        Random random = new Random(7);
        for (int i = 0; i < flows.size(); i++) {
            CpvCode cpv = codes.get(random.nextInt(codes.size())).code();
            FootprintResult result = FootprintCalculator.calculate(set, flows.get(i));
            double trips = flows.get(i).stream().mapToDouble(Flow::tripsPerYear).sum();
            repository.insert(agencies.get(i % agencies.size()), new ContractDetails("Contract " + i, "B-" + i,
                    List.of(cpv.value()), "Supplier " + (i % 300), BigDecimal.valueOf(100_000L + random.nextInt(50_000_000)),
                    "NOK", LocalDate.of(2027, 1, 1).plusDays(i % 1000), flows.get(i)), List.of(cpv), result, trips, author);
        }
        owner.sql("vacuum analyze footprint_contract").update();
        System.out.printf(Locale.ROOT, "Mapped %,d contracts in %.0f s%n", flows.size(), (System.nanoTime() - start) / 1e9);
        return agencies;
    }

    private static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static void report(String what, List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-56s n=%4d  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", what, sorted.length,
                sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[sorted.length - 1]);
    }
}
