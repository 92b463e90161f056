package eu.buyzet.portal.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.search.internal.SearchRepository.Estimate;
import org.junit.jupiter.api.Test;

class SearchRepositoryCommonTextTest {

    @Test
    void a_word_on_a_fifth_of_a_million_submissions_is_walked_to() {
        assertThat(SearchRepository.common(new Estimate(200_000, 1_000_000))).isTrue();
        assertThat(SearchRepository.common(new Estimate(50_000, 1_000_000))).isTrue();
    }

    @Test
    void a_word_on_few_of_many_submissions_is_found_through_its_index() {
        assertThat(SearchRepository.common(new Estimate(100, 1_000_000))).isFalse();
        assertThat(SearchRepository.common(new Estimate(49_000, 1_000_000))).isFalse();
    }

    @Test
    void on_a_small_table_every_word_is_found_through_its_index_however_frequent() {
        assertThat(SearchRepository.common(new Estimate(1, 8))).isFalse();
        assertThat(SearchRepository.common(new Estimate(9_000, 10_000))).isFalse();
    }
}
