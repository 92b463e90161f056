package eu.buyzet.portal.footprint.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.shared.CpvCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class CvdScopeTest {

    @Test
    void refuse_collection_and_parcel_delivery_are_in_the_directives_scope() {
        assertThat(CvdScope.inScope(List.of(CpvCode.parse("90511000-2")))).isTrue();
        assertThat(CvdScope.inScope(List.of(CpvCode.parse("64121200-2")))).isTrue();
        assertThat(CvdScope.inScope(List.of(CpvCode.parse("60112000-6")))).isTrue();
    }

    @Test
    void a_code_below_a_listed_service_is_in_scope_and_a_broader_or_neighbouring_one_is_not() {
        assertThat(CvdScope.inScope(CpvCode.parse("90511100-3"))).as("urban solid-refuse collection").isTrue();
        assertThat(CvdScope.inScope(CpvCode.parse("60100000-9"))).as("road transport services").isFalse();
        assertThat(CvdScope.inScope(CpvCode.parse("60000000-8"))).as("transport services").isFalse();
        assertThat(CvdScope.inScope(CpvCode.parse("90512000-9"))).as("refuse transport").isFalse();
        assertThat(CvdScope.inScope(CpvCode.parse("64121000-0"))).as("multi-service messenger").isFalse();
    }

    @Test
    void a_contract_is_in_scope_when_any_of_its_codes_is_and_not_when_it_has_none() {
        assertThat(CvdScope.inScope(List.of(CpvCode.parse("45000000-7"), CpvCode.parse("60130000-8")))).isTrue();
        assertThat(CvdScope.inScope(List.of())).isFalse();
    }
}
