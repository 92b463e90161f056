package eu.buyzet.portal.submission;

import java.util.Optional;

/**
 * The footprint feature's contribution to a submission in the open API: its published footprint
 * as JSON-ready data. An interface here so that submission need not depend on footprint.
 */
public interface PublishedFootprint {

    Optional<Document> of(SubmissionId submission);

    /**
     * A published footprint as the open API writes it: a record whose fields are the JSON's,
     * defined by the footprint feature (shaped like its CalculationResult).
     */
    interface Document {
    }
}
