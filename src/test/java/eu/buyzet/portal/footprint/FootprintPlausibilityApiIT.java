package eu.buyzet.portal.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.buyzet.portal.ApiClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The greenwashing holes of issue 16, each tried through the open calculator as a script would:
 * every one now answers 400 with a problem naming the field and the accepted range.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "buyzet.database.embedded-dir=target/test-postgres/${random.uuid}", "buyzet.api.rate-limit.capacity=1000"})
class FootprintPlausibilityApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    @LocalServerPort int port;

    /** The one error of a refused calculation of one flow, after checking it is a 400 problem. */
    private JsonNode refused(String flow) throws Exception {
        HttpResponse<String> response = new ApiClient(port).postJson("/api/v1/footprint/calculate",
                "{\"flows\": [" + flow + "]}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("application/problem+json"));
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors).as(response.body()).hasSize(1);
        return errors.get(0);
    }

    private void assertRefused(String flow, String field, String message) throws Exception {
        JsonNode error = refused(flow);
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("message").asText()).contains(message);
    }

    @Test
    void a_diesel_van_declared_with_no_or_a_trace_of_energy_over_thousands_of_km_is_refused() throws Exception {
        assertRefused("""
                {"vehicleCategory": "N1", "energyCarrier": "DIESEL", "vehicleKmPerYear": 5000, "energyPerKm": 0}""",
                "flows[0].energyPerKm", "between 0.025 and 0.21 l/km");
        assertRefused("""
                {"vehicleCategory": "N1", "energyCarrier": "DIESEL", "vehicleKmPerYear": 5000, "energyPerKm": 0.001}""",
                "flows[0].energyPerKm", "between 0.025 and 0.21 l/km");
        assertRefused("""
                {"vehicleCategory": "N1", "energyCarrier": "DIESEL", "vehicleKmPerYear": 5000,
                 "fuelPerYear": 10, "fuelUnit": "LITRE"}""",
                "flows[0].fuelPerYear", "Not plausible over 5,000 km: this vehicle uses between 125 and 1,050 l a year "
                        + "for that (0.025 to 0.21 l/km)");
        assertRefused("""
                {"vehicleCategory": "N1", "energyCarrier": "DIESEL", "tripsPerYear": 1000, "kmPerTrip": 12.5,
                 "fuelPerYear": 0, "fuelUnit": "LITRE"}""",
                "flows[0].fuelPerYear", "between 312.5 and 2,625 l a year");
    }

    @Test
    void zero_energy_over_a_real_distance_is_refused_for_every_carrier_that_is_not_muscle() throws Exception {
        assertRefused("""
                {"vehicleCategory": "N3", "energyCarrier": "BATTERY_ELECTRIC", "vehicleKmPerYear": 50000,
                 "fuelPerYear": 0, "fuelUnit": "KWH"}""",
                "flows[0].fuelPerYear", "(0.45 to 3.75 kWh/km)");
        assertRefused("""
                {"vehicleCategory": "M2_M3", "energyCarrier": "HYDROGEN", "vehicleKmPerYear": 50000, "energyPerKm": 0}""",
                "flows[0].energyPerKm", "between 0.03 and 0.18 kg/km");
        HttpResponse<String> bike = new ApiClient(port).postJson("/api/v1/footprint/calculate", """
                {"flows": [{"vehicleCategory": "L", "energyCarrier": "HUMAN_POWERED", "vehicleKmPerYear": 5000}]}""");
        assertThat(bike.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(bike.body()).get("total").get("co2eWtwKg").asDouble()).isZero();
    }

    @Test
    void litres_kilograms_and_kilowatt_hours_each_have_their_own_upper_bound() throws Exception {
        assertRefused("""
                {"vehicleCategory": "N1", "energyCarrier": "DIESEL", "vehicleKmPerYear": 5000, "energyPerKm": 9.9}""",
                "flows[0].energyPerKm", "between 0.025 and 0.21 l/km");
        assertRefused("""
                {"vehicleCategory": "N3", "energyCarrier": "FOSSIL_GAS", "vehicleKmPerYear": 5000, "energyPerKm": 2}""",
                "flows[0].energyPerKm", "between 0.1 and 0.9 kg/km");
        HttpResponse<String> batteryTruck = new ApiClient(port).postJson("/api/v1/footprint/calculate", """
                {"flows": [{"vehicleCategory": "N3", "energyCarrier": "BATTERY_ELECTRIC", "vehicleKmPerYear": 5000,
                            "energyPerKm": 2}]}""");
        assertThat(batteryTruck.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(batteryTruck.body()).get("total").get("energy").get("value").asDouble())
                .isEqualTo(10_000);
    }

    @Test
    void overflowing_and_non_finite_figures_get_a_400_never_clamped_numbers() throws Exception {
        assertRefused("""
                {"vehicleCategory": "N3", "energyCarrier": "DIESEL", "vehicleKmPerYear": 50000,
                 "fuelPerYear": 1e308, "fuelUnit": "LITRE"}""",
                "flows[0].fuelPerYear", "between 6,250 and 52,500 l a year");
        assertRefused("""
                {"vehicleCategory": "N1", "energyCarrier": "DIESEL", "fuelPerYear": 1e308, "fuelUnit": "LITRE"}""",
                "flows[0].fuelPerYear", "more than 200,000 km a year");
        assertRefused("""
                {"vehicleCategory": "N1", "energyCarrier": "DIESEL", "tripsPerYear": 1e308, "kmPerTrip": 1e308}""",
                "flows[0].kmPerTrip", "More than 200,000 km per vehicle");
        assertRefused("""
                {"vehicleCategory": "N1", "energyCarrier": "DIESEL", "tripsPerYear": 1e200, "kmPerTrip": 0}""",
                "flows[0].tripsPerYear", "More than 100,000 trips per vehicle");
        assertRefused("""
                {"vehicleCategory": "N1", "energyCarrier": "DIESEL", "vehicleKmPerYear": 1e309}""",
                "flows[0].vehicleKmPerYear", "Must be a number");
        assertRefused("""
                {"vehicleCategory": "N1", "energyCarrier": "DIESEL", "vehicleKmPerYear": "NaN"}""",
                "flows[0].vehicleKmPerYear", "");
        assertRefused("""
                {"vehicleCategory": "N1", "energyCarrier": "DIESEL", "vehicleKmPerYear": 1e11, "vehicles": 2000000000}""",
                "flows[0].vehicles", "More than 10,000 vehicles");
    }

    @Test
    void the_worked_examples_still_give_their_published_figures() throws Exception {
        HttpResponse<String> hvo = new ApiClient(port).postJson("/api/v1/footprint/calculate", """
                {"factorSet": "eu-2025", "flows": [{"vehicleCategory": "N3", "energyCarrier": "HVO100",
                  "vehicleKmPerYear": 50000, "fuelPerYear": 20000, "fuelUnit": "LITRE"}]}""");
        assertThat(hvo.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(hvo.body()).get("total").get("co2eWtwKg").asDouble()).isEqualTo(22_372.0);
    }
}
