package eu.buyzet.portal.footprint;

import eu.buyzet.portal.ApiClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The footprint part of the open API over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "buyzet.database.embedded-dir=target/test-postgres/${random.uuid}", "buyzet.api.rate-limit.capacity=1000"})
class FootprintApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    @LocalServerPort int port;

    private HttpResponse<String> get(String path) throws Exception {
        return new ApiClient(port).get(path);
    }

    private HttpResponse<String> post(String body) throws Exception {
        return new ApiClient(port).postJson("/api/v1/footprint/calculate", body);
    }

    @Test
    void factor_sets_are_listed_and_every_figure_carries_its_source() throws Exception {
        JsonNode sets = JSON.readTree(get("/api/v1/footprint/factor-sets").body());
        assertThat(sets.findValuesAsText("id")).contains("no-2025", "eu-2025");
        assertThat(sets.get(0).get("isDefault").asBoolean()).isTrue();

        JsonNode norway = JSON.readTree(get("/api/v1/footprint/factor-sets/no-2025").body());
        assertThat(norway.get("boundary").asText()).contains("Well-to-wheel");
        assertThat(norway.get("carriers")).hasSize(7).allSatisfy(c -> {
            assertThat(c.get("wttKgPerUnit").get("source").asText()).isNotBlank();
            assertThat(c.get("ttwKgPerUnit").get("source").asText()).isNotBlank();
        });
        assertThat(norway.get("vehicles").get(0).get("energyPerKm").get("source").asText()).isNotBlank();
        assertThat(get("/api/v1/footprint/factor-sets/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void the_factor_set_document_says_version_5_counts_an_undeclared_stage_at_its_highest_and_version_4_at_its_class()
            throws Exception {
        for (String id : new String[] {"no-2026-5", "eu-2026-5", "no-2026-market-5"}) {
            JsonNode v5 = JSON.readTree(get("/api/v1/footprint/factor-sets/" + id).body());
            assertThat(v5.get("undeclaredStage").asText()).as(id).isEqualTo("HIGHEST");
            // kept for the contract; the description says it applies only without undeclaredStage
            assertThat(v5.get("defaultEuroClass").asText()).as(id).isEqualTo("EURO_3");
        }
        JsonNode v4 = JSON.readTree(get("/api/v1/footprint/factor-sets/no-2026-4").body());
        assertThat(v4.has("undeclaredStage")).isTrue();
        assertThat(v4.get("undeclaredStage").isNull()).as("version 4 takes its default class").isTrue();
        assertThat(v4.get("defaultEuroClass").asText()).isEqualTo("EURO_3");
    }

    @Test
    void invalid_input_gets_a_problem_document_naming_the_field_path() throws Exception {
        HttpResponse<String> negative = post("""
                {"flows": [{"vehicleCategory": "N1", "energyCarrier": "DIESEL", "tripsPerYear": 1000, "kmPerTrip": -3}]}""");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("application/problem+json"));
        JsonNode problem = JSON.readTree(negative.body());
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("flows[0].kmPerTrip");
        assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo("Cannot be negative");

        JsonNode bike = JSON.readTree(post("""
                {"flows": [{"vehicleCategory": "N1", "energyCarrier": "DIESEL", "vehicleKmPerYear": 100},
                           {"vehicleCategory": "L", "energyCarrier": "DIESEL", "vehicleKmPerYear": 100}]}""").body());
        assertThat(bike.get("errors").get(0).get("field").asText()).isEqualTo("flows[1].energyCarrier");

        HttpResponse<String> unknownCategory = post("""
                {"flows": [{"vehicleCategory": "TRUCK", "energyCarrier": "DIESEL", "vehicleKmPerYear": 100}]}""");
        assertThat(unknownCategory.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknownCategory.body()).get("errors").get(0).get("field").asText())
                .isEqualTo("flows[0].vehicleCategory");

        JsonNode unknownSet = JSON.readTree(post("""
                {"factorSet": "mars-2090", "flows": [{"vehicleCategory": "N1", "energyCarrier": "DIESEL", "vehicleKmPerYear": 1}]}""")
                .body());
        assertThat(unknownSet.get("errors").get(0).get("field").asText()).isEqualTo("factorSet");
    }

    @Test
    void a_result_states_its_data_quality_keeps_the_measured_flag_and_headlines_the_tailpipe() throws Exception {
        HttpResponse<String> response = post("""
                {"factorSet": "no-2025",
                 "flows": [{"vehicleCategory": "N1", "energyCarrier": "DIESEL", "tripsPerYear": 1000, "kmPerTrip": 12.5},
                           {"vehicleCategory": "N1", "energyCarrier": "DIESEL", "vehicleKmPerYear": 12500,
                            "fuelPerYear": 1210.125, "fuelUnit": "LITRE", "measured": true}]}""");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = JSON.readTree(response.body());
        assertThat(result.get("flows").findValuesAsText("energyData")).containsExactly("DEFAULT", "MEASURED");
        assertThat(result.get("total").get("energyData").isNull()).isTrue();
        // the same energy either way (2 × 1,210.125 l × 2.57082 kg/l tailpipe): half the CO2e rests on the default, half on the measured fuel
        assertThat(result.get("dataQuality").get("defaultShare").asDouble()).isEqualTo(0.5);
        assertThat(result.get("dataQuality").get("declaredShare").asDouble()).isEqualTo(0.0);
        assertThat(result.get("dataQuality").get("measuredShare").asDouble()).isEqualTo(0.5);
        assertThat(result.get("total").get("co2eTailpipeKg").asDouble())
                .isEqualTo(result.get("total").get("co2eTtwKg").asDouble()).isEqualTo(6222.027);
    }

    @Test
    void the_directive_class_comes_with_its_reason_hvo_only_when_declared_and_a_plug_in_hybrid_by_award_date()
            throws Exception {
        HttpResponse<String> response = post("""
                {"flows": [{"vehicleCategory": "N3", "energyCarrier": "HVO100", "vehicleKmPerYear": 20000,
                            "energyPerKm": 0.35},
                           {"vehicleCategory": "N3", "energyCarrier": "HVO100", "vehicleKmPerYear": 20000,
                            "energyPerKm": 0.35, "cvd": {"biofuelUnblended": true, "highIlucRiskFeedstock": false}},
                           {"vehicleCategory": "N1", "energyCarrier": "PETROL", "vehicleKmPerYear": 20000,
                            "energyPerKm": 0.08, "electricityPerYearKwh": 1500,
                            "cvd": {"plugInHybrid": true, "typeApprovalCo2GPerKm": 50, "rdePercentOfLimits": 80}}],
                 "awardDate": "2025-12-31"}""");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode flows = JSON.readTree(response.body()).get("flows");
        assertThat(flows.findValuesAsText("cvdClass")).containsExactly("NEITHER", "CLEAN", "CLEAN");
        assertThat(flows.findValuesAsText("cvdReason")).containsExactly("HEAVY_DUTY_BIOFUEL_NOT_DECLARED",
                "HEAVY_DUTY_BIOFUEL_DECLARED", "LIGHT_DUTY_WITHIN_THRESHOLDS");

        JsonNode from2026 = JSON.readTree(post("""
                {"flows": [{"vehicleCategory": "M2", "energyCarrier": "PETROL", "vehicleKmPerYear": 20000,
                            "energyPerKm": 0.12, "electricityPerYearKwh": 0,
                            "cvd": {"plugInHybrid": true, "typeApprovalCo2GPerKm": 50, "rdePercentOfLimits": 80}}]}""")
                .body());
        assertThat(from2026.get("flows").get(0).get("cvdReason").asText()).isEqualTo("LIGHT_DUTY_ZERO_EMISSION_ONLY");
    }

    @Test
    void a_plug_in_hybrid_counts_its_grid_electricity_and_without_it_is_refused_naming_the_field() throws Exception {
        HttpResponse<String> fuelOnly = post("""
                {"factorSet": "eu-2025", "flows": [{"vehicleCategory": "N1", "energyCarrier": "PETROL",
                 "vehicleKmPerYear": 20000, "fuelPerYear": 1200, "fuelUnit": "LITRE",
                 "cvd": {"plugInHybrid": true, "typeApprovalCo2GPerKm": 45, "rdePercentOfLimits": 70}}]}""");
        assertThat(fuelOnly.statusCode()).as(fuelOnly.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(fuelOnly.body()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("flows[0].electricityPerYearKwh");
        assertThat(error.get("message").asText()).contains("kWh", "0 if it is never charged");

        JsonNode charged = JSON.readTree(post("""
                {"factorSet": "eu-2025", "flows": [{"vehicleCategory": "N1", "energyCarrier": "PETROL",
                 "vehicleKmPerYear": 20000, "fuelPerYear": 1200, "fuelUnit": "LITRE", "electricityPerYearKwh": 2000,
                 "cvd": {"plugInHybrid": true, "typeApprovalCo2GPerKm": 45, "rdePercentOfLimits": 70}}]}""").body());
        JsonNode total = charged.get("total");
        assertThat(total.get("gridElectricityKwh").asDouble()).isEqualTo(2000.0);
        // EEA's 281 g CO2e/kWh of the EU set, well-to-tank, beside the petrol's 948.48 kg
        assertThat(total.get("co2eWttKg").asDouble()).isEqualTo(1510.48);
        assertThat(total.get("co2eTailpipeKg").asDouble()).isEqualTo(2661.12);

        HttpResponse<String> notHybrid = post("""
                {"flows": [{"vehicleCategory": "N1", "energyCarrier": "DIESEL", "vehicleKmPerYear": 20000,
                 "electricityPerYearKwh": 2000}]}""");
        assertThat(notHybrid.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notHybrid.body()).get("errors").get(0).get("field").asText())
                .isEqualTo("flows[0].electricityPerYearKwh");
    }

    @Test
    void the_calculator_is_documented_in_the_open_api() throws Exception {
        JsonNode docs = JSON.readTree(get("/v3/api-docs").body());
        JsonNode schemas = docs.get("components").get("schemas");
        assertThat(schemas.get("FootprintFigures").get("properties").has("cvdReason")).isTrue();
        assertThat(schemas.get("Flow").get("properties").has("cvd")).isTrue();
        assertThat(schemas.get("Flow").get("properties").has("emptyRunningPercent")).isTrue();
        assertThat(schemas.get("Flow").get("properties").get("studdedTyresPercent").get("description").asText())
                .contains("studded tyres", "0 to 100");
        assertThat(schemas.get("Flow").get("properties").has("quiet")).isTrue();
        assertThat(schemas.get("Flow").get("properties").get("electricityPerYearKwh").get("description").asText())
                .contains("Plug-in hybrids only", "kWh");
        assertThat(schemas.get("FootprintFigures").get("properties").has("gridElectricityKwh")).isTrue();
        assertThat(schemas.get("FootprintFigures").get("properties").has("co2eWtwGPerTkm")).isTrue();
        assertThat(schemas.get("FootprintFigures").get("properties").has("quietShare")).isTrue();
        assertThat(schemas.get("CalculationRequest").get("properties").has("awardDate")).isTrue();
        JsonNode factorSet = schemas.get("FactorSet").get("properties");
        assertThat(factorSet.get("undeclaredStage").get("description").asText())
                .contains("HIGHEST", "highest NOx", "highest exhaust PM2.5", "when null, defaultEuroClass is taken");
        assertThat(factorSet.get("defaultEuroClass").get("description").asText())
                .contains("only when undeclaredStage is null");
        assertThat(docs.get("paths").has("/api/v1/footprint/calculate")).isTrue();
        assertThat(docs.get("paths").has("/api/v1/footprint/factor-sets/{id}")).isTrue();
    }

    @Test
    void a_loaded_flow_gets_co2e_per_tonne_km_over_its_loaded_km_and_a_quiet_share() throws Exception {
        HttpResponse<String> response = post("""
                {"flows": [{"vehicleCategory": "N1", "energyCarrier": "DIESEL", "vehicleKmPerYear": 10000,
                            "energyPerKm": 0.1, "payloadTonnes": 0.5, "payloadCapacityTonnes": 1,
                            "emptyRunningPercent": 20, "quiet": true},
                           {"vehicleCategory": "N1", "energyCarrier": "BATTERY_ELECTRIC", "vehicleKmPerYear": 10000,
                            "payloadTonnes": 0.5}]}""");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = JSON.readTree(response.body());
        JsonNode diesel = result.get("flows").get(0);
        assertThat(diesel.get("tonneKm").asDouble()).isEqualTo(4000.0);
        assertThat(diesel.get("loadFactor").asDouble()).isEqualTo(0.5);
        assertThat(diesel.get("emptyRunningShare").asDouble()).isEqualTo(0.2);
        assertThat(diesel.get("co2eWtwGPerTkm").asDouble())
                .isEqualTo(Math.round(diesel.get("co2eWtwKg").asDouble() * 1000 / 4000 * 1000) / 1000.0);
        assertThat(diesel.get("co2eTailpipeGPerTkm").asDouble()).isPositive();
        assertThat(diesel.get("quietShare").asDouble()).isEqualTo(1.0);
        JsonNode battery = result.get("flows").get(1);
        assertThat(battery.get("emptyRunningShare").isNull()).as("not declared").isTrue();
        assertThat(battery.get("tonneKm").asDouble()).isEqualTo(5000.0);
        assertThat(battery.get("co2eTailpipeGPerTkm").asDouble()).isZero();
        assertThat(battery.get("quietShare").asDouble()).as("electric is not quiet unless declared").isZero();
        JsonNode total = result.get("total");
        assertThat(total.get("tonneKm").asDouble()).isEqualTo(9000.0);
        assertThat(total.get("quietShare").asDouble()).isEqualTo(0.5);
        assertThat(total.get("emptyRunningShare").isNull()).isTrue();
        assertThat(total.get("co2eWtwGPerTkm").asDouble()).isEqualTo(Math.round(
                total.get("co2eWtwKg").asDouble() * 1000 / 9000 * 1000) / 1000.0);

        JsonNode service = JSON.readTree(post("""
                {"flows": [{"vehicleCategory": "N1", "energyCarrier": "DIESEL", "vehicleKmPerYear": 10000}]}""").body());
        assertThat(service.get("total").get("tonneKm").isNull()).isTrue();
        assertThat(service.get("total").get("co2eWtwGPerTkm").isNull()).as("no payload, no intensity").isTrue();
    }

    @Test
    void a_share_outside_0_to_100_percent_or_an_incomplete_load_gets_400_naming_the_field() throws Exception {
        HttpResponse<String> empty = post("""
                {"flows": [{"vehicleCategory": "N1", "energyCarrier": "DIESEL", "vehicleKmPerYear": 10000,
                            "payloadTonnes": 0.5, "emptyRunningPercent": 120}]}""");
        assertThat(empty.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(empty.body()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("flows[0].emptyRunningPercent");
        assertThat(error.get("message").asText()).isEqualTo("Must be between 0 and 100 %");

        JsonNode negative = firstError("""
                {"flows": [{"vehicleCategory": "N1", "energyCarrier": "DIESEL", "vehicleKmPerYear": 10000,
                            "payloadCapacityTonnes": 1, "loadFactorPercent": -5}]}""");
        assertThat(negative.get("field").asText()).isEqualTo("flows[0].loadFactorPercent");
        assertThat(negative.get("message").asText()).isEqualTo("Must be between 0 and 100 %");

        JsonNode alone = firstError("""
                {"flows": [{"vehicleCategory": "N1", "energyCarrier": "DIESEL", "vehicleKmPerYear": 10000,
                            "loadFactorPercent": 60}]}""");
        assertThat(alone.get("field").asText()).isEqualTo("flows[0].loadFactorPercent");
        assertThat(alone.get("message").asText()).contains("payload capacity");

        JsonNode overfull = firstError("""
                {"flows": [{"vehicleCategory": "N1", "energyCarrier": "DIESEL", "vehicleKmPerYear": 10000,
                            "payloadTonnes": 1.5, "payloadCapacityTonnes": 1.2}]}""");
        assertThat(overfull.get("field").asText()).isEqualTo("flows[0].payloadTonnes");
        assertThat(overfull.get("message").asText()).contains("1.2 t");
    }

    @Test
    void a_studded_share_raises_the_road_wear_particles_and_one_above_100_percent_gets_400_naming_the_field()
            throws Exception {
        String van = """
                {"flows": [{"vehicleCategory": "N3", "energyCarrier": "BATTERY_ELECTRIC", "vehicleKmPerYear": 20000,
                            "energyPerKm": 1.2%s}]}""";
        JsonNode without = JSON.readTree(post(van.formatted("")).body()).get("total");
        JsonNode studded = JSON.readTree(post(van.formatted(", \"studdedTyresPercent\": 40")).body()).get("total");
        // heavy: road wear 0.864 instead of the guidebook's 0.038 g PM10 per km on 40 % of 20,000 km
        assertThat(studded.get("pm10NonExhaustG").asDouble() - without.get("pm10NonExhaustG").asDouble())
                .isCloseTo(20_000 * 0.4 * (0.864 - 0.038), org.assertj.core.api.Assertions.within(0.002));
        assertThat(studded.get("noxG").asDouble()).isZero();
        assertThat(studded.get("co2eWtwKg")).isEqualTo(without.get("co2eWtwKg"));

        HttpResponse<String> refused = post(van.formatted(", \"studdedTyresPercent\": 150"));
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(refused.body()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("flows[0].studdedTyresPercent");
        assertThat(error.get("message").asText()).isEqualTo("Must be between 0 and 100 %");
    }

    @Test
    void a_body_giving_a_property_twice_a_fraction_of_a_vehicle_or_a_numbered_category_gets_400_naming_the_field() throws Exception {
        HttpResponse<String> twice = post("""
                {"flows": [{"vehicleCategory": "N1", "energyCarrier": "DIESEL", "energyCarrier": "BATTERY_ELECTRIC",
                            "vehicleKmPerYear": 100}]}""");
        assertThat(twice.statusCode()).as(twice.body()).isEqualTo(400);
        JsonNode duplicate = JSON.readTree(twice.body()).get("errors").get(0);
        assertThat(duplicate.get("field").asText()).isEqualTo("flows[0].energyCarrier");
        assertThat(duplicate.get("message").asText()).isEqualTo("is given twice");
        assertThat(firstError("""
                {"factorSet": "no-2025", "factorSet": "eu-2025", "flows": []}""")
                .get("field").asText()).isEqualTo("factorSet");

        HttpResponse<String> half = post("""
                {"flows": [{"vehicleCategory": "N1", "energyCarrier": "DIESEL", "vehicleKmPerYear": 100, "vehicles": 2.5}]}""");
        assertThat(half.statusCode()).as(half.body()).isEqualTo(400);
        assertThat(JSON.readTree(half.body()).get("errors").get(0).get("field").asText()).isEqualTo("flows[0].vehicles");
        assertThat(JSON.readTree(half.body()).get("errors").get(0).get("message").asText())
                .isEqualTo("must be a whole number");

        JsonNode huge = firstError("""
                {"flows": [{"vehicleCategory": "N1", "energyCarrier": "DIESEL", "vehicleKmPerYear": 100,
                            "vehicles": 3000000000}]}""");
        assertThat(huge.get("field").asText()).isEqualTo("flows[0].vehicles");
        assertThat(huge.get("message").asText()).isEqualTo("is out of range for this field");

        JsonNode unknown = firstError("""
                {"flows": [{"vehicleCategory": "X1", "energyCarrier": "DIESEL", "vehicleKmPerYear": 100}]}""");
        assertThat(unknown.get("field").asText()).isEqualTo("flows[0].vehicleCategory");
        assertThat(unknown.get("message").asText()).startsWith("must be one of: ").contains("M1", "N3", "L");
        JsonNode leap = firstError("""
                {"awardDate": "2025-02-29", "flows": [{"vehicleCategory": "N1", "energyCarrier": "DIESEL",
                 "vehicleKmPerYear": 100}]}""");
        assertThat(leap.get("field").asText()).isEqualTo("awardDate");
        assertThat(leap.get("message").asText()).isEqualTo("must be a date that exists, written YYYY-MM-DD");

        HttpResponse<String> ordinal = post("""
                {"flows": [{"vehicleCategory": 1, "energyCarrier": "DIESEL", "vehicleKmPerYear": 100}]}""");
        assertThat(ordinal.statusCode()).as("a category is named, not numbered").isEqualTo(400);
        assertThat(JSON.readTree(ordinal.body()).get("errors").get(0).get("field").asText())
                .isEqualTo("flows[0].vehicleCategory");
    }

    @Test
    void an_award_date_out_of_its_years_gets_400_naming_them() throws Exception {
        HttpResponse<String> typo = post("""
                {"awardDate": "2062-03-01",
                 "flows": [{"vehicleCategory": "N1", "energyCarrier": "DIESEL", "vehicleKmPerYear": 10000}]}""");
        assertThat(typo.statusCode()).as(typo.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(typo.body()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("awardDate");
        assertThat(error.get("message").asText())
                .isEqualTo("Choose a date in the years 1990 to " + (java.time.LocalDate.now().getYear() + 10));
    }

    @Test
    void a_misspelt_property_gets_400_naming_it_instead_of_the_default_energy_being_computed() throws Exception {
        HttpResponse<String> typo = post("""
                {"flows": [{"vehicleCategory": "N1", "energyCarrier": "DIESEL", "vehicleKmPerYear": 10000,
                            "fuelPerYer": 900, "fuelUnit": "LITRE"}]}""");
        assertThat(typo.statusCode()).as(typo.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(typo.body()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("flows[0].fuelPerYer");
        assertThat(error.get("message").asText()).startsWith("is not a property here; known: ").contains("fuelPerYear");

        JsonNode nested = firstError("""
                {"flows": [{"vehicleCategory": "N3", "energyCarrier": "HVO100", "vehicleKmPerYear": 10000,
                            "cvd": {"biofuelUnblended": true, "highIlucFeedstock": true}}]}""");
        assertThat(nested.get("field").asText()).isEqualTo("flows[0].cvd.highIlucFeedstock");
    }

    @Test
    void a_payload_beyond_what_the_category_can_carry_directly_or_through_the_load_factor_gets_400() throws Exception {
        JsonNode van = firstError("""
                {"flows": [{"vehicleCategory": "N1", "energyCarrier": "DIESEL", "vehicleKmPerYear": 10000,
                            "payloadTonnes": 100}]}""");
        assertThat(van.get("field").asText()).isEqualTo("flows[0].payloadTonnes");
        assertThat(van.get("message").asText()).contains("N1", "3.5 t");

        JsonNode capacity = firstError("""
                {"flows": [{"vehicleCategory": "N2", "energyCarrier": "DIESEL", "vehicleKmPerYear": 10000,
                            "payloadTonnes": 2, "payloadCapacityTonnes": 40}]}""");
        assertThat(capacity.get("field").asText()).isEqualTo("flows[0].payloadCapacityTonnes");
        assertThat(capacity.get("message").asText()).contains("N2", "12 t");

        HttpResponse<String> implied = post("""
                {"flows": [{"vehicleCategory": "N1", "energyCarrier": "DIESEL", "vehicleKmPerYear": 10000,
                            "payloadTonnes": 3, "loadFactorPercent": 0.0001}]}""");
        assertThat(implied.statusCode()).isEqualTo(400);
        JsonNode factor = JSON.readTree(implied.body()).get("errors").get(0);
        assertThat(factor.get("field").asText()).isEqualTo("flows[0].loadFactorPercent");
        assertThat(factor.get("message").asText()).contains("3.5 t");

        HttpResponse<String> lorry = post("""
                {"flows": [{"vehicleCategory": "N3", "energyCarrier": "DIESEL", "vehicleKmPerYear": 10000,
                            "payloadTonnes": 20, "loadFactorPercent": 50}]}""");
        assertThat(lorry.statusCode()).as("an N3 has no upper bound but the portal's 100 t").isEqualTo(200);
    }

    @Test
    void a_hydrogen_route_under_a_set_without_figures_by_route_gets_400_rather_than_the_grey_figure() throws Exception {
        String flow = """
                {"factorSet": "%s", "flows": [{"vehicleCategory": "N3", "energyCarrier": "HYDROGEN",
                 "vehicleKmPerYear": 10000, "hydrogenRoute": "RENEWABLE"}]}""";
        HttpResponse<String> old = post(flow.formatted("eu-2025"));
        assertThat(old.statusCode()).as(old.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(old.body()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("flows[0].hydrogenRoute");
        assertThat(error.get("message").asText()).contains("eu-2025");
    }

    @Test
    void every_result_says_what_no_footprint_includes_in_the_words_of_the_footprint_card() throws Exception {
        JsonNode result = JSON.readTree(post("""
                {"flows": [{"vehicleCategory": "N1", "energyCarrier": "DIESEL", "vehicleKmPerYear": 100}]}""").body());
        assertThat(result.get("outOfScope").asText()).isEqualTo(java.util.ResourceBundle.getBundle("i18n.messages",
                java.util.Locale.ROOT).getString("footprint.scope"));
        JsonNode schema = JSON.readTree(get("/v3/api-docs").body()).get("components").get("schemas");
        assertThat(schema.get("CalculationResult").get("properties").has("outOfScope")).isTrue();
    }

    /** The first error of the 400 a body gets. */
    private JsonNode firstError(String body) throws Exception {
        return JSON.readTree(post(body).body()).get("errors").get(0);
    }
}
