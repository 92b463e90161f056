package eu.buyzet.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientKeyTest {

    @Test
    void addresses_of_one_ipv6_network_count_as_one_client_and_another_network_as_another() {
        String one = ClientKey.of("2001:db8:1234:5678:aaaa:bbbb:cccc:1");
        assertThat(ClientKey.of("2001:db8:1234:5678::ffff")).isEqualTo(one);
        assertThat(ClientKey.of("2001:0db8:1234:5678:0:0:0:2")).as("written another way").isEqualTo(one);
        assertThat(ClientKey.of("2001:db8:1234:5679::1")).isNotEqualTo(one);
        assertThat(one).isEqualTo("20010db812345678::/64");
    }

    @Test
    void an_ipv4_address_is_its_own_key_also_when_mapped_into_ipv6() {
        assertThat(ClientKey.of("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(ClientKey.of("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(ClientKey.of("192.0.2.8")).isNotEqualTo(ClientKey.of("192.0.2.7"));
    }

    @Test
    void what_is_no_address_is_kept_as_given_and_never_looked_up() {
        assertThat(ClientKey.of("unknown")).isEqualTo("unknown");
        assertThat(ClientKey.of("not:an:address")).isEqualTo("not:an:address");
        assertThat(ClientKey.of("localhost:8080")).isEqualTo("localhost:8080");
        assertThat(ClientKey.of(null)).isEmpty();
    }

    @Test
    void a_client_rotating_its_ipv6_addresses_within_its_network_empties_one_bucket() {
        ClientBuckets buckets = ClientBuckets.perMinute(3, 1);
        for (int i = 1; i <= 3; i++) {
            assertThat(buckets.tryAcquire("2001:db8:1:2::" + Integer.toHexString(i))).isTrue();
        }
        assertThat(buckets.tryAcquire("2001:db8:1:2::ff")).as("a fourth address of the same /64").isFalse();
        assertThat(buckets.tryAcquire("2001:db8:1:3::1")).as("another network").isTrue();
    }
}
