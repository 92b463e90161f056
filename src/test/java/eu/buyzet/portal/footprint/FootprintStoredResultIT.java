package eu.buyzet.portal.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.submission.PublishedFootprint;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionDraft;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionService;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Results stored before the data-quality statement existed stay as they were published. */
@PortalIntegrationTest
class FootprintStoredResultIT {

    /** A single-flow result of the Norway 2025 set, whose total is its flow. */
    private static String singleFlow(String flow) {
        return """
                {"factorSetId": "no-2025", "factorSetName": "Norway 2025", "factorSetVersion": "2025.1",
                 "flows": [%1$s], "total": %1$s}""".formatted(flow);
    }

    /** A result as the portal stored it before it recorded where each energy figure came from. */
    private static final String BEFORE_DATA_QUALITY = singleFlow("""
            {"vehicleKm": 12500.0, "tonneKm": null, "energy": 1210.125, "energyUnit": "LITRE",
             "co2eWtwKg": 3869.338, "co2eWttKg": 758.325, "co2eTtwKg": 3111.014, "noxG": null, "pmG": null,
             "zeroEmissionShare": 0.0, "cvdClass": "NEITHER", "energyFromDefault": true}""");

    @Autowired SecurityContextHolderStrategy security;
    @Autowired SubmissionService submissions;
    @Autowired DeclarationService declarations;
    @Autowired List<PublishedFootprint> published;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    /** A need whose published result is the given JSON, as an older version of the portal stored it. */
    private Submission storedAs(String title, String result) {
        TestUsers.signIn(security, jdbc, "agency@demo.buyzet.eu");
        ForumId forum = ForumId.of(jdbc.sql("select id from forum where title_en = 'Zero-emission waste collection'")
                .query(Long.class).single());
        Submission need = submissions.create(new SubmissionDraft(forum, SubmissionKind.NEED, title, "", "",
                List.of("90511000-2")));
        jdbc.sql("insert into footprint_result (submission_id, factor_set_id, result, reason) "
                        + "values (?, 'no-2025', cast(? as jsonb), 'PUBLISHED')")
                .params(need.id().value(), result).update();
        return need;
    }

    @Test
    void a_result_stored_before_data_quality_keeps_its_figures_and_says_data_quality_is_not_recorded() {
        Submission need = storedAs("Behov fra før 2026", BEFORE_DATA_QUALITY);
        try {
            StoredResult old = declarations.results(need.id()).getFirst();
            assertThat(old.result().total().co2eWtwKg()).isEqualTo(3869.338);
            assertThat(old.result().total().co2eTtwKg()).isEqualTo(3111.014);
            assertThat(old.result().flows().getFirst().energyData()).isNull();
            assertThat(old.result().dataQuality()).as("not recorded, never guessed").isNull();
            assertThat(old.result().total().pmExhaustG()).as("no PM split before decision 034").isNull();
            assertThat(old.result().total().pmNonExhaustG()).isNull();
            assertThat(old.result().total().euroClass()).isNull();

            JsonNode api = json.valueToTree(published.stream().flatMap(p -> p.of(need).stream()).findFirst()
                    .orElseThrow());
            assertThat(api.get("total").get("co2eWtwKg").asDouble()).isEqualTo(3869.338);
            assertThat(api.get("total").get("co2eTailpipeKg").asDouble()).isEqualTo(3111.014);
            assertThat(api.get("total").get("energyData").isNull()).isTrue();
            assertThat(api.get("dataQuality").isNull()).isTrue();
            assertThat(api.get("total").get("pmExhaustG").isNull()).isTrue();
            assertThat(api.get("total").get("pmNonExhaustG").isNull()).isTrue();

            String stored = jdbc.sql("select result::text from footprint_result where submission_id = ?")
                    .param(need.id().value()).query(String.class).single();
            assertThat(json.readTree(stored)).as("reading never rewrites a stored result")
                    .isEqualTo(json.readTree(BEFORE_DATA_QUALITY));
        } finally {
            // other tests recompute every stored result and compare: this one is old on purpose
            jdbc.sql("delete from footprint_result where submission_id = ?").param(need.id().value()).update();
        }
    }

    /** A truck on HVO as stored when HVO counted as clean whatever its blend or feedstock (before decision 036). */
    private static final String HVO_BEFORE_DECISION_36 = singleFlow("""
            {"vehicleKm": 20000.0, "tonneKm": null, "energy": 7000.0, "energyUnit": "LITRE",
             "co2eWtwKg": 3500.0, "co2eWttKg": 3500.0, "co2eTtwKg": 0.0, "noxG": null, "pmG": null,
             "zeroEmissionShare": 0.0, "cvdClass": "CLEAN", "energyFromDefault": false}""");

    @Test
    void a_result_stored_before_the_feedstock_was_asked_keeps_its_clean_class_and_gives_no_reason() {
        Submission need = storedAs("HVO-bil fra 2025", HVO_BEFORE_DECISION_36);
        try {
            StoredResult old = declarations.results(need.id()).getFirst();
            assertThat(old.result().total().cvdClass()).as("read back as stored, not reclassified")
                    .isEqualTo(eu.buyzet.portal.footprint.calculator.CvdClass.CLEAN);
            assertThat(old.result().flows().getFirst().cvdReason()).isNull();

            JsonNode api = json.valueToTree(published.stream().flatMap(p -> p.of(need).stream()).findFirst()
                    .orElseThrow());
            assertThat(api.get("total").get("cvdClass").asText()).isEqualTo("CLEAN");
            assertThat(api.get("flows").get(0).get("cvdReason").isNull()).isTrue();
        } finally {
            jdbc.sql("delete from footprint_result where submission_id = ?").param(need.id().value()).update();
        }
    }

    /** A loaded van as stored before load factor, empty running and noise were recorded (decision 039). */
    private static final String LOADED_BEFORE_DECISION_39 = singleFlow("""
            {"vehicleKm": 12500.0, "tonneKm": 7500.0, "energy": 1210.125, "energyUnit": "LITRE",
             "co2eWtwKg": 3869.338, "co2eWttKg": 758.325, "co2eTtwKg": 3111.014, "noxG": null, "pmG": null,
             "zeroEmissionShare": 0.0, "cvdClass": "NEITHER", "energyFromDefault": true, "energyData": "DEFAULT"}""");

    @Test
    void a_result_stored_before_load_and_noise_were_recorded_keeps_its_tonne_km_and_gives_no_intensity() {
        Submission need = storedAs("Lastet bil fra 2025", LOADED_BEFORE_DECISION_39);
        try {
            StoredResult old = declarations.results(need.id()).getFirst();
            assertThat(old.result().total().tonneKm()).isEqualTo(7500.0);
            assertThat(old.result().total().co2eWtwGPerTkm()).as("not recorded, not computed on read").isNull();
            assertThat(old.result().total().loadFactor()).isNull();
            assertThat(old.result().total().quietShare()).isNull();

            JsonNode api = json.valueToTree(published.stream().flatMap(p -> p.of(need).stream()).findFirst()
                    .orElseThrow());
            assertThat(api.get("total").get("tonneKm").asDouble()).isEqualTo(7500.0);
            assertThat(api.get("total").get("co2eWtwGPerTkm").isNull()).isTrue();
            assertThat(api.get("total").get("co2eTailpipeGPerTkm").isNull()).isTrue();
            assertThat(api.get("total").get("quietShare").isNull()).isTrue();
            assertThat(api.get("total").get("emptyRunningShare").isNull()).isTrue();
        } finally {
            jdbc.sql("delete from footprint_result where submission_id = ?").param(need.id().value()).update();
        }
    }

    @Test
    void a_recomputation_with_a_new_set_shows_the_old_result_beside_the_new_one_in_the_api_unchanged() {
        Submission need = storedAs("Behov regnet om med 2026", BEFORE_DATA_QUALITY);
        try {
            String recomputed = BEFORE_DATA_QUALITY.replace("\"no-2025\"", "\"no-2026\"")
                    .replace("Norway 2025", "Norway 2026").replace("3869.338", "3721.04");
            jdbc.sql("insert into footprint_result (submission_id, factor_set_id, result, reason, computed_at) "
                            + "values (?, 'no-2026', cast(? as jsonb), 'RECOMPUTED', now() + interval '1 minute')")
                    .params(need.id().value(), recomputed).update();

            JsonNode api = json.valueToTree(published.stream().flatMap(p -> p.of(need).stream()).findFirst()
                    .orElseThrow());
            assertThat(api.get("factorSet").get("id").asText()).isEqualTo("no-2026");
            assertThat(api.get("total").get("co2eWtwKg").asDouble()).isEqualTo(3721.04);
            JsonNode earlier = api.get("earlier");
            assertThat(earlier).hasSize(1);
            assertThat(earlier.get(0).get("factorSet").get("id").asText()).isEqualTo("no-2025");
            assertThat(earlier.get(0).get("reason").asText()).isEqualTo("PUBLISHED");
            assertThat(earlier.get(0).get("total").get("co2eWtwKg").asDouble()).as("as published, never recomputed")
                    .isEqualTo(3869.338);
        } finally {
            jdbc.sql("delete from footprint_result where submission_id = ?").param(need.id().value()).update();
        }
    }
}
