package eu.buyzet.portal.shared.export;

import static eu.buyzet.portal.shared.export.XmlText.escaped;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import eu.buyzet.portal.shared.export.DocumentBlock.Bullets;
import eu.buyzet.portal.shared.export.DocumentBlock.Heading;
import eu.buyzet.portal.shared.export.DocumentBlock.Paragraph;
import eu.buyzet.portal.shared.export.DocumentBlock.Table;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Document blocks as a PDF, through XHTML and openhtmltopdf (PDFBox), for strategies and dialogue
 * reports alike. Everything a person typed is escaped, and long words wrap instead of running off
 * the page.
 */
public final class PdfDocument {

    private static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm; }
            body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; line-height: 1.4; word-wrap: break-word; }
            h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 16pt; } h3 { font-size: 11pt; margin-top: 10pt; }
            .muted { color: #444; }
            table { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 8.5pt; margin: 4pt 0 8pt; }
            th, td { border: 0.5pt solid #999; padding: 2pt 4pt; text-align: left; vertical-align: top;
                     word-wrap: break-word; }
            thead { display: table-header-group; }
            th:first-child, td:first-child { width: 30%; }
            caption { text-align: left; font-weight: bold; padding-bottom: 2pt; }
            """;

    /**
     * DejaVu Sans, embedded (subset): the PDF base fonts lack the minus sign and narrow space
     * Bokmål figures use, and the Sami letters of Norwegian names (č, đ, ŋ, ŧ), which would print as '#'.
     */
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    private PdfDocument() {
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfDocument.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the application: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The blocks as an A4 PDF whose language is {@code locale} (for screen readers and hyphenation). */
    public static byte[] write(String title, List<DocumentBlock> blocks, Locale locale) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.toLanguageTag())
                .append("\"><head><meta charset=\"UTF-8\"/><title>").append(escaped(title)).append("</title><style>")
                .append(STYLE).append("</style></head><body>");
        for (DocumentBlock block : blocks) {
            switch (block) {
                case Heading x -> {
                    int level = Math.min(3, Math.max(1, x.level()));
                    h.append("<h").append(level).append('>').append(text(x.text())).append("</h").append(level).append('>');
                }
                case Paragraph p -> {
                    h.append(p.muted() ? "<p class=\"muted\">" : "<p>");
                    if (p.label() != null) {
                        h.append("<b>").append(text(p.label())).append(":</b> ");
                    }
                    h.append(text(p.text())).append("</p>");
                }
                case Bullets b -> {
                    String list = b.numbered() ? "ol" : "ul";
                    h.append('<').append(list).append('>');
                    b.items().forEach(i -> h.append("<li>").append(text(i)).append("</li>"));
                    h.append("</").append(list).append('>');
                }
                case Table t -> table(h, t);
            }
        }
        h.append("</body></html>");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new PdfRendererBuilder().useFastMode()
                    .useFont(() -> new ByteArrayInputStream(REGULAR), "DejaVu Sans", 400, FontStyle.NORMAL, true)
                    .useFont(() -> new ByteArrayInputStream(BOLD), "DejaVu Sans", 700, FontStyle.NORMAL, true)
                    .withHtmlContent(h.toString(), null).withProducer("BuyZET Portal").toStream(out).run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(StringBuilder h, Table t) {
        h.append("<table><caption>").append(text(t.caption())).append("</caption><thead><tr>");
        t.headers().forEach(c -> h.append("<th scope=\"col\">").append(text(c)).append("</th>"));
        h.append("</tr></thead><tbody>");
        for (List<String> row : t.rows()) {
            h.append("<tr>");
            row.forEach(c -> h.append("<td>").append(text(c)).append("</td>"));
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    /** Escaped text whose line feeds are line breaks. */
    private static String text(String s) {
        return escaped(s).replace("\n", "<br/>");
    }
}
