package eu.buyzet.portal.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.search.Marks;
import eu.buyzet.portal.search.SubmissionHit;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkedTextTest {

    private static final String S = SubmissionHit.MARK_START;
    private static final String E = SubmissionHit.MARK_END;

    @Test
    void marked_words_become_mark_elements_and_markup_in_the_text_stays_text() {
        String marked = Marks.mark("<b>Avfall</b> & gjenvinning av avfall", "avfall");
        assertThat(MarkedText.snippet(marked).getElement().getOuterHTML()).isEqualTo(
                "<span class=\"snippet\">&lt;b&gt;<mark>Avfall</mark>&lt;/b&gt; &amp; gjenvinning av <mark>avfall</mark></span>");
    }

    @Test
    void the_elements_say_what_the_api_s_html_says() {
        String marked = "… " + S + "levering" + E + " til " + S + "kommune" + E + "n \"x\" …";
        String inner = MarkedText.of(marked).getElement().getOuterHTML().replaceAll("^<span>|</span>$", "");
        assertThat(inner).isEqualTo(Marks.html(marked).replace("&quot;", "\""));
    }

    @Test
    void text_without_marks_or_empty_text_is_one_text_or_nothing() {
        assertThat(MarkedText.of("Kort tekst").getElement().getChildCount()).isEqualTo(1);
        assertThat(MarkedText.of("").getElement().getChildCount()).isZero();
        assertThat(MarkedText.of(S + E).getElement().getChildCount()).isZero();
    }

    @Test
    void parts_alternate_plain_and_marked_text_starting_plain_and_keep_markup_as_text() {
        assertThat(MarkedText.parts(S + "Avfall" + E + " <b>og</b> " + S + "levering" + E + " …"))
                .containsExactly("", "Avfall", " <b>og</b> ", "levering", " …");
        assertThat(MarkedText.parts("uten treff")).containsExactly("uten treff");
        assertThat(MarkedText.parts("")).isEmpty();
    }

    @Test
    void an_empty_mark_or_a_stray_marker_leaves_no_marked_part_and_no_marker() {
        assertThat(MarkedText.parts("a" + S + E + "b")).containsExactly("ab");
        assertThat(MarkedText.parts("a" + E + "b")).containsExactly("ab");
        List<String> unclosed = MarkedText.parts("a " + S + "levering");
        assertThat(unclosed).containsExactly("a ", "levering");
        assertThat(String.join("", unclosed)).doesNotContain(S, E);
    }
}
