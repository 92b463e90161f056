package eu.buyzet.portal.strategy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadEvent;
import eu.buyzet.portal.strategy.Strategy;
import eu.buyzet.portal.strategy.StrategyDocuments;
import eu.buyzet.portal.strategy.StrategyFiles;
import java.io.OutputStream;
import java.util.Locale;

/**
 * The procurement file's PDF and DOCX of the version on the page, in the reader's language. Shown
 * only when the service says the reader may download them; the service checks again on download.
 */
class DocumentLinks extends Div {

    DocumentLinks(StrategyFiles files, Strategy s, Locale locale) {
        setId("strategy-documents");
        addClassName("strategy-documents");
        add(link(files, s, locale, "pdf", StrategyDocuments.PDF), link(files, s, locale, "docx", StrategyDocuments.DOCX));
    }

    private Anchor link(StrategyFiles files, Strategy s, Locale locale, String extension, String type) {
        Anchor link = new Anchor((DownloadEvent event) -> {
            byte[] file = extension.equals("pdf") ? files.pdf(s.id(), locale) : files.docx(s.id(), locale);
            event.setFileName(StrategyDocuments.fileName(s, extension));
            event.setContentType(type);
            try (OutputStream out = event.getOutputStream()) {
                out.write(file);
            }
        }, getTranslation(extension.equals("pdf") ? "strategy.download-pdf" : "strategy.download-docx"));
        link.setId("strategy-download-" + extension);
        return link;
    }
}
