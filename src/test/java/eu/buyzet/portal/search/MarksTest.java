package eu.buyzet.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarksTest {

    private static final String S = SubmissionHit.MARK_START;
    private static final String E = SubmissionHit.MARK_END;

    @Test
    void every_word_of_the_search_is_marked_whatever_its_case() {
        assertThat(Marks.mark("Zero-emission waste collection", "COLLECTION waste"))
                .isEqualTo("Zero-emission " + S + "waste" + E + " " + S + "collection" + E);
    }

    @Test
    void marked_text_becomes_html_with_everything_else_escaped() {
        String marked = Marks.mark("<b>Avfall</b> & gjenvinning", "avfall");
        assertThat(Marks.html(marked)).isEqualTo("&lt;b&gt;<mark>Avfall</mark>&lt;/b&gt; &amp; gjenvinning");
        assertThat(Marks.text(marked)).isEqualTo("<b>Avfall</b> & gjenvinning");
    }

    @Test
    void a_long_description_is_cut_around_its_first_match() {
        String text = "innledning ".repeat(40) + "her står lastesykkel midt i teksten " + "avslutning ".repeat(40);
        String marked = Marks.mark(text, "lastesykkel");
        assertThat(marked).startsWith("… ").endsWith(" …").contains(S + "lastesykkel" + E);
        assertThat(Marks.text(marked).length()).isLessThanOrEqualTo(Marks.EXCERPT + 4);
    }

    @Test
    void text_without_a_match_is_its_start() {
        assertThat(Marks.mark("Kort tekst", "finnes-ikke")).isEqualTo("Kort tekst");
        assertThat(Marks.mark("", "ord")).isEmpty();
    }
}
