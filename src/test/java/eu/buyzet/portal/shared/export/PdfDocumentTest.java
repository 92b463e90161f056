package eu.buyzet.portal.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.shared.export.DocumentBlock.Bullets;
import eu.buyzet.portal.shared.export.DocumentBlock.Heading;
import eu.buyzet.portal.shared.export.DocumentBlock.Paragraph;
import eu.buyzet.portal.shared.export.DocumentBlock.Table;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentTest {

    private static final String MARKUP = "</b><h1>x</h1>& <i>y</i> <![CDATA[z]]> <!-- c -->";

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void markup_typed_into_any_block_prints_as_the_characters_typed() throws Exception {
        byte[] pdf = PdfDocument.write(MARKUP, List.of(new Heading(1, "H " + MARKUP),
                Paragraph.labelled("L " + MARKUP, "T " + MARKUP), Paragraph.muted("M " + MARKUP),
                Bullets.numbered(List.of("B " + MARKUP)),
                new Table("C " + MARKUP, List.of("K " + MARKUP), List.of(List.of("R " + MARKUP)))), Locale.ENGLISH);
        String text = text(pdf);
        for (String lead : List.of("H ", "L ", "T ", "M ", "B ", "C ", "K ", "R ")) {
            assertThat(text).as(lead).contains(lead + "</b><h1>x</h1>& <i>y</i> <![CDATA[z]]> <!-- c -->");
        }
    }

    @Test
    void sami_and_norwegian_letters_and_the_minus_sign_print_as_typed() throws Exception {
        String typed = "Čáhcesuolu đ ŋ ŧ Æøå −12,5";
        assertThat(text(PdfDocument.write(typed, List.of(Paragraph.of(typed)), Locale.forLanguageTag("nb"))))
                .contains(typed).doesNotContain("#");
    }
}
