package eu.buyzet.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlaggedHidingTest {

    @Test
    void an_automatic_hiding_reads_back_as_the_facts_it_was_kept_from() {
        FlaggedHiding kept = new FlaggedHiding(3, List.of("moderation.reason.spam", "moderation.reason.off-topic"));

        assertThat(FlaggedHiding.read(kept.stored())).contains(kept);
    }

    @Test
    void a_reason_a_moderator_wrote_is_no_automatic_hiding_even_when_it_looks_like_one() {
        assertThat(FlaggedHiding.read("Markup that looks like code")).isEmpty();
        assertThat(FlaggedHiding.read("flags:3:spam")).isEmpty();
        assertThat(FlaggedHiding.read(null)).isEmpty();
    }

    @Test
    void a_notices_detail_of_reason_keys_is_read_and_words_of_an_earlier_version_are_not() {
        assertThat(FlaggedHiding.reasons("moderation.reason.spam,moderation.reason.illegal"))
                .containsExactly("moderation.reason.spam", "moderation.reason.illegal");
        assertThat(FlaggedHiding.reasons("spam, off topic")).isEmpty();
    }
}
