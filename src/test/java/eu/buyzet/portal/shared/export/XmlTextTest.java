package eu.buyzet.portal.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void characters_xml_cannot_carry_are_dropped_and_the_rest_kept() {
        assertThat(XmlText.safe("a\u0000b\u0007c\u001bd\u0085e\uFFFEf\uFFFFg\uD800h\uDC00i")).isEqualTo("abcdefghi");
        assertThat(XmlText.safe("tab\there\r\nline\rend \uD83D\uDE9B æøå Čđŋ")).isEqualTo("tab\there\nline\nend \uD83D\uDE9B æøå Čđŋ");
        assertThat(XmlText.safe(null)).isEmpty();
    }

    @Test
    void markup_is_escaped_as_text() {
        assertThat(XmlText.escaped("<b a=\"1\">'&'</b>\u0000")).isEqualTo("&lt;b a=&quot;1&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;");
    }
}
