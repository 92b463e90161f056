package eu.buyzet.portal.strategy;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An instrument as its author fills it in. Evidence is named by what it cites; the service
 * captures each citation from the portal when it is first added and keeps it as captured.
 */
public record InstrumentDraft(Instrument instrument, @Nullable LocalDate fromDate, @Nullable Integer weightPercent,
                              String rationale, String risks, List<EvidenceRef> evidence) {
    public InstrumentDraft {
        evidence = List.copyOf(evidence);
    }

    /** One item of the portal to cite: its kind and its id in its own feature. */
    public record EvidenceRef(EvidenceKind kind, long reference) {
        public static EvidenceRef of(Evidence e) {
            return new EvidenceRef(e.kind(), e.reference());
        }
    }
}
