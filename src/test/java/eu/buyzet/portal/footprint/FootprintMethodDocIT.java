package eu.buyzet.portal.footprint;

import eu.buyzet.portal.ApiClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.buyzet.portal.footprint.calculator.CvdDeclaration;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.EnergyUnit;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FlowResult;
import eu.buyzet.portal.footprint.calculator.HydrogenRoute;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The worked examples of docs/footprint-method.md are what the open API and the calculator
 * return: each example's request is sent to both and the documented total compared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "buyzet.database.embedded-dir=target/test-postgres/${random.uuid}", "buyzet.api.rate-limit.capacity=1000"})
class FootprintMethodDocIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BLOCK = Pattern.compile(
            "<!-- (example|expected): ([a-z-]+) -->\\s*```json\\s*(.*?)```", Pattern.DOTALL);

    @LocalServerPort int port;
    @Autowired FootprintService footprints;

    record Example(String name, JsonNode request, JsonNode expected) {
    }

    static List<Example> examples() throws Exception {
        String doc = Files.readString(Path.of("docs/footprint-method.md"));
        Map<String, JsonNode> requests = new LinkedHashMap<>();
        Map<String, JsonNode> expectations = new LinkedHashMap<>();
        Matcher m = BLOCK.matcher(doc);
        while (m.find()) {
            (m.group(1).equals("example") ? requests : expectations).put(m.group(2), JSON.readTree(m.group(3)));
        }
        List<Example> examples = new ArrayList<>();
        requests.forEach((name, request) -> examples.add(new Example(name, request, expectations.get(name))));
        assertThat(examples).hasSizeGreaterThanOrEqualTo(4).allSatisfy(e -> assertThat(e.expected()).isNotNull());
        return examples;
    }

    @TestFactory
    Stream<DynamicTest> each_worked_example_equals_what_the_api_returns() throws Exception {
        return examples().stream().map(example -> DynamicTest.dynamicTest(example.name(), () -> {
            HttpResponse<String> response = new ApiClient(port).postJson("/api/v1/footprint/calculate",
                    example.request().toString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode total = JSON.readTree(response.body()).get("total");
            example.expected().properties().forEach(field ->
                    assertThat(total.get(field.getKey())).as(example.name() + " " + field.getKey())
                            .isEqualTo(field.getValue()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> each_worked_example_equals_what_the_calculator_returns() throws Exception {
        return examples().stream().map(example -> DynamicTest.dynamicTest(example.name(), () -> {
            List<Flow> flows = new ArrayList<>();
            for (JsonNode f : example.request().get("flows")) {
                flows.add(new Flow(VehicleCategory.valueOf(f.get("vehicleCategory").asText()),
                        EnergyCarrier.valueOf(f.get("energyCarrier").asText()),
                        f.has("euroClass") ? f.get("euroClass").asText() : null, number(f, "tripsPerYear"),
                        number(f, "kmPerTrip"), number(f, "vehicleKmPerYear"), number(f, "energyPerKm"),
                        number(f, "fuelPerYear"), f.has("fuelUnit") ? EnergyUnit.valueOf(f.get("fuelUnit").asText()) : null,
                        number(f, "payloadTonnes"), null, false,
                        f.has("cvd") ? JSON.treeToValue(f.get("cvd"), CvdDeclaration.class) : null,
                        number(f, "payloadCapacityTonnes"), number(f, "loadFactorPercent"),
                        number(f, "emptyRunningPercent"), f.has("quiet") && f.get("quiet").asBoolean(),
                        f.has("hydrogenRoute") ? HydrogenRoute.valueOf(f.get("hydrogenRoute").asText()) : null,
                        number(f, "studdedTyresPercent"), number(f, "electricityPerYearKwh")));
            }
            String set = example.request().has("factorSet") ? example.request().get("factorSet").asText() : null;
            LocalDate awardDate = example.request().has("awardDate")
                    ? LocalDate.parse(example.request().get("awardDate").asText()) : null;
            FlowResult total = footprints.calculate(set, flows, awardDate).total();
            JsonNode expected = example.expected();
            assertThat(round(total.vehicleKm())).isEqualTo(expected.get("vehicleKm").asDouble());
            assertThat(round(total.co2eWtwKg())).isEqualTo(expected.get("co2eWtwKg").asDouble());
            assertThat(total.cvdClass().name()).isEqualTo(expected.get("cvdClass").asText());
            if (expected.has("co2eWttKg")) {
                assertThat(round(total.co2eWttKg())).isEqualTo(expected.get("co2eWttKg").asDouble());
                assertThat(round(total.co2eTtwKg())).isEqualTo(expected.get("co2eTtwKg").asDouble());
            }
            expectRounded(expected, "tonneKm", total.tonneKm(), 1000);
            expectRounded(expected, "co2eWtwGPerTkm", total.co2eWtwGPerTkm(), 1000);
            expectRounded(expected, "co2eTailpipeGPerTkm", total.co2eTtwGPerTkm(), 1000);
            expectRounded(expected, "loadFactor", total.loadFactor(), 10_000);
            expectRounded(expected, "emptyRunningShare", total.emptyRunningShare(), 10_000);
            expectRounded(expected, "quietShare", total.quietShare(), 10_000);
            expectRounded(expected, "noxG", total.noxG(), 1000);
            expectRounded(expected, "pmG", total.pmG(), 1000);
            expectRounded(expected, "pmExhaustG", total.pmExhaustG(), 1000);
            expectRounded(expected, "pmNonExhaustG", total.pmNonExhaustG(), 1000);
            expectRounded(expected, "pm10NonExhaustG", total.pm10NonExhaustG(), 1000);
            expectRounded(expected, "gridElectricityKwh", total.gridElectricityKwh(), 1000);
            expectRounded(expected, "co2eIndirectLandUseKg", total.co2eIndirectLandUseKg(), 1000);
        }));
    }

    /** A figure the example names equals the calculator's, rounded as the API rounds it; null as null. */
    private static void expectRounded(JsonNode expected, String field, Double actual, double scale) {
        if (!expected.has(field)) {
            return;
        }
        if (expected.get(field).isNull()) {
            assertThat(actual).as(field).isNull();
        } else {
            assertThat(actual).as(field).isNotNull();
            assertThat(Math.round(actual * scale) / scale).as(field).isEqualTo(expected.get(field).asDouble());
        }
    }

    private static Double number(JsonNode flow, String field) {
        return flow.has(field) ? flow.get(field).asDouble() : null;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
