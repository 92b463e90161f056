package eu.buyzet.portal.strategy;

import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.shared.export.DocumentBlock;
import eu.buyzet.portal.shared.export.DocumentTexts;
import eu.buyzet.portal.shared.export.PdfDocument;
import eu.buyzet.portal.shared.i18n.SupportedLocales;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A strategy for the procurement file, as PDF and as DOCX, in the reader's language, from the same
 * bundle as the screens. Both print exactly the {@link StrategyDossier} they are handed: the
 * service that builds it decides with the strategy's disclosure policy what the reader may see.
 */
@Component
public class StrategyDocuments {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final MessageSource messages;

    StrategyDocuments(MessageSource messages) {
        this.messages = messages;
    }

    @DisclosureChannel("strategy.document-pdf")
    public byte[] pdf(StrategyDossier dossier) {
        Locale locale = SupportedLocales.closest(dossier.locale());
        return PdfDocument.write(dossier.strategy().title(), blocks(dossier, locale), locale);
    }

    @DisclosureChannel("strategy.document-docx")
    public byte[] docx(StrategyDossier dossier) {
        Locale locale = SupportedLocales.closest(dossier.locale());
        return StrategyDocx.write(dossier.strategy().title(), blocks(dossier, locale), locale);
    }

    /** The download's file name, e.g. {@code strategy-12-refuse-collection-v2.pdf}. */
    public static String fileName(Strategy s, String extension) {
        return StrategyDocumentContent.fileName(s, extension);
    }

    private List<DocumentBlock> blocks(StrategyDossier dossier, Locale locale) {
        return StrategyDocumentContent.of(dossier, DocumentTexts.of(messages, locale));
    }
}
