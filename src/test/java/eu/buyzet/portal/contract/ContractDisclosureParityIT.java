package eu.buyzet.portal.contract;

import eu.buyzet.portal.ParityTable;
import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.shared.PageRequest;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Every channel of the contract feature, read as every kind of reader (decision 016). */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractDisclosureParityIT {

    enum Reader { ANONYMOUS, SUPPLIER, AUTHOR_AGENCY, OTHER_AGENCY, MODERATOR, ADMIN }

    private static final String CONTRACT = "contract";

    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;
    @Autowired ContractService contracts;
    @Autowired CvdTargetService cvdTargets;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    void state() {
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        contracts.create(new ContractDetails("Kontrakt " + tag, "REF-" + tag, List.of("90511000-2"), "Leverandør " + tag,
                new BigDecimal("777777"), "NOK", LocalDate.of(2029, 3, 31),
                List.of(Flow.distance(VehicleCategory.N3, EnergyCarrier.DIESEL, 4000, 30).withEnergyPerKm(0.45))));
        TestUsers.signOut(security);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    private ParityTable<Reader> table() {
        Set<Reader> contractReaders = Set.of(Reader.AUTHOR_AGENCY, Reader.OTHER_AGENCY, Reader.MODERATOR, Reader.ADMIN);
        Map<Reader, Set<String>> contractsFor = contractReaders.stream()
                .collect(Collectors.toMap(r -> r, r -> Set.of(CONTRACT)));
        return new ParityTable<>(List.of(Reader.values()), this::signInAs, Set.of(CONTRACT))
                .row("contract.page", contractsFor, r -> refusedIsEmpty(() -> contracts.rankAll(null,
                        ContractMetric.CO2E).stream()
                        .filter(c -> c.title().contains(tag))
                        // the directive's shares and targets travel with the contract on its page (decision 040)
                        .map(c -> contracts.get(c.id()).title() + cvdTargets.compare(c.id(), null).country())
                        .toList()))
                .row("contract.ranking-page", contractsFor, r -> refusedIsEmpty(() -> contracts.rank(null,
                        ContractMetric.CO2E, new PageRequest(0, 500)).stream().map(RankedContract::title).toList()))
                .row("contract.categories-page", contractsFor, r -> {
                    try {
                        return found(contracts.byCpvCategory(null, ContractMetric.CO2E, CpvLevel.GROUP).stream()
                                .anyMatch(c -> c.prefix().startsWith("905")));
                    } catch (RuntimeException refused) {
                        return Set.of();
                    }
                })
                .row("contract.ranking-csv", contractsFor, r -> refusedIsEmpty(() -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    List<RankedContract> ranking = contracts.rankAll(null, ContractMetric.CO2E);
                    ContractExport.csv(ranking, cvdTargets.factsOf(ranking), k -> k, out);
                    return List.of(out.toString(StandardCharsets.UTF_8));
                }))
                .row("contract.ranking-xlsx", contractsFor, r -> refusedIsEmpty(() -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    List<RankedContract> ranking = contracts.rankAll(null, ContractMetric.CO2E);
                    ContractExport.xlsx(ranking, cvdTargets.factsOf(ranking), k -> k, "ranking", out);
                    try (ReadableWorkbook book = new ReadableWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
                        return book.getFirstSheet().read().stream().map(row -> row.toString()).toList();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
    }

    private Set<String> refusedIsEmpty(java.util.function.Supplier<List<String>> read) {
        try {
            return found(read.get().stream().anyMatch(text -> text.contains("Kontrakt " + tag)));
        } catch (org.springframework.security.access.AccessDeniedException
                 | org.springframework.security.authentication.AuthenticationCredentialsNotFoundException refused) {
            return Set.of();
        }
    }

    private static Set<String> found(boolean present) {
        return present ? Set.of(CONTRACT) : Set.of();
    }

    @TestFactory
    Stream<DynamicTest> each_contract_channel_shows_each_reader_exactly_what_the_policy_allows() {
        return table().tests();
    }

    @Test
    void every_declared_contract_channel_has_a_row() {
        table().assertCovers("contract");
    }

    private void signInAs(Reader reader) {
        switch (reader) {
            case ANONYMOUS -> TestUsers.signOut(security);
            case SUPPLIER -> TestUsers.signIn(security, jdbc, "supplier@demo.buyzet.eu");
            case AUTHOR_AGENCY -> TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
            case OTHER_AGENCY -> TestUsers.signIn(security, jdbc, "agency3@demo.buyzet.eu");
            case MODERATOR -> TestUsers.signIn(security, jdbc, "moderator@demo.buyzet.eu");
            case ADMIN -> TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
        }
    }
}
