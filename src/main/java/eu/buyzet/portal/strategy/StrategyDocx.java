package eu.buyzet.portal.strategy;

import static eu.buyzet.portal.shared.export.XmlText.escaped;

import eu.buyzet.portal.shared.export.DocumentBlock.Bullets;
import eu.buyzet.portal.shared.export.DocumentBlock.Heading;
import eu.buyzet.portal.shared.export.DocumentBlock.Paragraph;
import eu.buyzet.portal.shared.export.DocumentBlock.Table;
import eu.buyzet.portal.shared.export.DocumentBlock;
import eu.buyzet.portal.shared.export.XmlText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Document blocks as a Word file (Office Open XML, WordprocessingML): headings as Word's heading
 * styles so the file has a navigable outline, tables with a repeated header row. Written directly,
 * five small parts in a zip, rather than through Apache POI, which would add about 15 MB to the
 * application for this one file (decisions 011 and 032); the tests read it back with POI.
 */
final class StrategyDocx {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final int TEXT_WIDTH_TWIPS = 9638;

    private StrategyDocx() {
    }

    static byte[] write(String title, List<DocumentBlock> blocks, Locale locale) {
        StringBuilder body = new StringBuilder();
        for (DocumentBlock block : blocks) {
            switch (block) {
                case Heading h -> paragraph(body, "Heading" + Math.min(3, Math.max(1, h.level())), null, h.text(), false);
                case Paragraph p -> paragraph(body, null, p.label(), p.text(), p.muted());
                case Bullets b -> {
                    for (int i = 0; i < b.items().size(); i++) {
                        paragraph(body, "ListParagraph", null, (b.numbered() ? (i + 1) + ". " : "• ") + b.items().get(i),
                                false);
                    }
                }
                case Table t -> table(body, t);
            }
        }
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"" + W + "\"><w:body>" + body
                + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" "
                + "w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>"
                + "</w:body></w:document>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            part(zip, "[Content_Types].xml", CONTENT_TYPES);
            part(zip, "_rels/.rels", ROOT_RELS);
            part(zip, "word/_rels/document.xml.rels", DOCUMENT_RELS);
            part(zip, "word/document.xml", document);
            part(zip, "word/styles.xml", styles(locale));
            part(zip, "docProps/core.xml", core(title, locale));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void paragraph(StringBuilder out, @Nullable String style, @Nullable String label, String text,
                                  boolean muted) {
        out.append("<w:p>");
        if (style != null) {
            out.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
        }
        if (label != null) {
            runs(out, label + ": ", true, false);
        }
        runs(out, text, false, muted);
        out.append("</w:p>");
    }

    /** A run per line: line feeds become Word line breaks and tabs Word tabs, the rest is escaped text. */
    private static void runs(StringBuilder out, String text, boolean bold, boolean muted) {
        out.append("<w:r>");
        if (bold || muted) {
            out.append("<w:rPr>").append(bold ? "<w:b/>" : "").append(muted ? "<w:color w:val=\"555555\"/>" : "")
                    .append("</w:rPr>");
        }
        String[] lines = XmlText.safe(text).split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                out.append("<w:br/>");
            }
            String[] cells = lines[l].split("\t", -1);
            for (int c = 0; c < cells.length; c++) {
                if (c > 0) {
                    out.append("<w:tab/>");
                }
                out.append("<w:t xml:space=\"preserve\">").append(escaped(cells[c])).append("</w:t>");
            }
        }
        out.append("</w:r>");
    }

    private static void table(StringBuilder out, Table t) {
        int columns = t.headers().size();
        int width = TEXT_WIDTH_TWIPS / Math.max(1, columns);
        out.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>")
                .append("<w:tblCaption w:val=\"").append(escaped(t.caption())).append("\"/></w:tblPr><w:tblGrid>");
        for (int c = 0; c < columns; c++) {
            out.append("<w:gridCol w:w=\"").append(width).append("\"/>");
        }
        out.append("</w:tblGrid>");
        row(out, t.headers(), width, true);
        t.rows().forEach(r -> row(out, r, width, false));
        out.append("</w:tbl><w:p/>");
    }

    private static void row(StringBuilder out, List<String> cells, int width, boolean header) {
        out.append("<w:tr>").append(header ? "<w:trPr><w:tblHeader/></w:trPr>" : "");
        for (String cell : cells) {
            out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/></w:tcPr><w:p>")
                    .append("<w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr>");
            runs(out, cell, header, false);
            out.append("</w:p></w:tc>");
        }
        out.append("</w:tr>");
    }

    private static String styles(Locale locale) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles xmlns:w=\"" + W + "\">"
                + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" "
                + "w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/><w:sz w:val=\"21\"/><w:lang w:val=\"" + locale.toLanguageTag()
                + "\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" "
                + "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
                + heading(1, 36) + heading(2, 28) + heading(3, 24)
                + "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:ind w:left=\"360\" w:hanging=\"240\"/></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"TableText\"><w:name w:val=\"Table Text\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:rPr><w:sz w:val=\"17\"/>"
                + "</w:rPr></w:style>"
                + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:tblPr><w:tblBorders>"
                + border("top") + border("left") + border("bottom") + border("right") + border("insideH")
                + border("insideV") + "</w:tblBorders><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right "
                + "w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style></w:styles>";
    }

    private static String heading(int level, int halfPoints) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"Heading" + level + "\"><w:name w:val=\"heading " + level
                + "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/>"
                + "<w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"" + (level - 1) + "\"/></w:pPr>"
                + "<w:rPr><w:b/><w:sz w:val=\"" + halfPoints + "\"/></w:rPr></w:style>";
    }

    private static String border(String side) {
        return "<w:" + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>";
    }

    private static String core(String title, Locale locale) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><cp:coreProperties "
                + "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + escaped(title) + "</dc:title>"
                + "<dc:language>" + locale.toLanguageTag() + "</dc:language><dc:creator>BuyZET Portal</dc:creator>"
                + "</cp:coreProperties>";
    }

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
            + "wordprocessingml.document.main+xml\"/>"
            + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
            + "wordprocessingml.styles+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package."
            + "core-properties+xml\"/></Types>";

    private static final String ROOT_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "officeDocument\" Target=\"word/document.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
            + "core-properties\" Target=\"docProps/core.xml\"/></Relationships>";

    private static final String DOCUMENT_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "styles\" Target=\"styles.xml\"/></Relationships>";
}
