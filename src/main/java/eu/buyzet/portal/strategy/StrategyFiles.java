package eu.buyzet.portal.strategy;

import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The procurement file's PDF and DOCX of a strategy version. They are the buyers' documents: they
 * print the area's baseline and the scenario in absolute figures, the risks and the tender
 * timeline, so only readers who may see the area get them (the owner, those consulted, and whoever
 * may see the contract mapping); everyone else reads the public page. What a reader gets is their
 * page of the strategy ({@link StrategyService#page}), so the documents show nothing the page hides.
 */
@Service
public class StrategyFiles {

    private final StrategyService strategies;
    private final StrategyDocuments documents;
    private final AuditTrail audit;
    private final Clock clock;

    StrategyFiles(StrategyService strategies, StrategyDocuments documents, AuditTrail audit) {
        this.strategies = strategies;
        this.documents = documents;
        this.audit = audit;
        this.clock = Clock.systemUTC();
    }

    /** Everything the documents print, as the current reader may see it. */
    @Transactional(readOnly = true)
    public StrategyDossier dossier(StrategyId id, Locale locale) {
        StrategyPage page = strategies.page(id);
        PriorityArea area = page.area();
        if (area == null) {
            throw new NotFoundException("Strategy documents " + id);
        }
        return new StrategyDossier(page.strategy(), area, page.timeline(), page.climateWeighting(), locale,
                clock.instant());
    }

    @DisclosureChannel("strategy.document-pdf")
    @Transactional(readOnly = true)
    public byte[] pdf(StrategyId id, Locale locale) {
        byte[] file = documents.pdf(dossier(id, locale));
        audit.recordAccess("data-export.strategy-document", "strategy", id.value(), Map.of("format", "pdf"));
        return file;
    }

    @DisclosureChannel("strategy.document-docx")
    @Transactional(readOnly = true)
    public byte[] docx(StrategyId id, Locale locale) {
        byte[] file = documents.docx(dossier(id, locale));
        audit.recordAccess("data-export.strategy-document", "strategy", id.value(), Map.of("format", "docx"));
        return file;
    }
}
