package eu.buyzet.portal.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.footprint.calculator.CvdDeclaration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class StoredJsonTest {

    /** As the portal's mapper reads requests: strictly (ApiJson). */
    private final JsonMapper strict = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    @Test
    void a_stored_value_with_a_property_a_later_version_dropped_still_reads() {
        CvdDeclaration read = new StoredJson(strict).read(
                "{\"plugInHybrid\": true, \"typeApprovalCo2GPerKm\": 40, \"electricRangeKm\": 60}", CvdDeclaration.class);

        assertThat(read.plugInHybrid()).isTrue();
        assertThat(read.typeApprovalCo2GPerKm()).isEqualTo(40.0);
    }

    record Stored(String name, boolean measured) {
    }

    @Test
    void a_primitive_left_out_of_a_hand_written_value_reads_as_its_default() {
        assertThat(new StoredJson(strict).read("{\"name\": \"van\"}", Stored.class).measured())
                .isFalse();
    }

    @Test
    void what_is_written_reads_back_the_same() {
        StoredJson json = new StoredJson(strict);
        CvdDeclaration declared = CvdDeclaration.biofuel(true, false);

        assertThat(json.read(json.write(declared), CvdDeclaration.class)).isEqualTo(declared);
    }
}
