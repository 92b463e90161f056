package eu.buyzet.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

    @Test
    void formatting_lists_and_links_survive() {
        String html = Markdown.toSafeHtml("**Elektrisk** varebil\n\n- lastesykkel\n- [DFØ](https://anskaffelser.no)");
        assertThat(html).contains("<strong>Elektrisk</strong>", "<li>lastesykkel</li>",
                "<a href=\"https://anskaffelser.no\" rel=\"nofollow noopener\">DFØ</a>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<svg onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "\"><script>alert(document.cookie)</script>"})
    void nothing_that_can_run_script_gets_through(String payload) {
        // parse what a browser would parse: no active element, no event handler, no script URL, no style
        var body = Jsoup.parseBodyFragment(Markdown.toSafeHtml("Tekst " + payload)).body();
        assertThat(body.select("script, iframe, svg, object, embed, img, style")).isEmpty();
        for (var element : body.getAllElements()) {
            for (var attribute : element.attributes()) {
                assertThat(attribute.getKey()).doesNotStartWith("on").isNotEqualTo("style");
                assertThat(attribute.getValue().toLowerCase().strip()).doesNotStartWith("javascript:")
                        .doesNotStartWith("data:");
            }
        }
    }

    @Test
    void a_link_whose_url_is_unsafe_or_relative_is_left_as_its_text_and_an_image_goes() {
        String html = Markdown.toSafeHtml("[klikk](javascript:alert(1)) og [her](/intern/side) ![bil](https://x.example/b.png)");
        assertThat(html).isEqualTo("<p>klikk og her</p>");
    }

    @Test
    void empty_input_renders_nothing() {
        assertThat(Markdown.toSafeHtml(null)).isEmpty();
        assertThat(Markdown.toSafeHtml("  ")).isEmpty();
    }

    @Test
    void plain_text_is_what_a_reader_sees_without_the_marks() {
        assertThat(Markdown.toPlainText("## Mål\n\nVi henter fra **180 kommunale bygg** og _skoler_.\n\n- lastesykkel\n- varebil"))
                .doesNotContain("**", "##", "_skoler_", "\n")
                .contains("Mål", "Vi henter fra 180 kommunale bygg og skoler.", "lastesykkel", "varebil");
        assertThat(Markdown.toPlainText("<script>alert(1)</script> tekst")).contains("tekst");
        assertThat(Markdown.toPlainText("  ")).isEmpty();
    }
}
