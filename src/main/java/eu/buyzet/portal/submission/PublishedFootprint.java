package eu.buyzet.portal.submission;

import java.util.Optional;

/**
 * The footprint feature's contribution to a submission in the open API: its published footprint
 * as JSON-ready data. An interface here so that submission need not depend on footprint.
 */
public interface PublishedFootprint {

    /** The submission's published footprint; the caller has already been let see the submission. */
    Optional<Document> of(Submission submission);

    /**
     * A published footprint as the open API writes it: a record whose fields are the JSON's,
     * defined by the footprint feature (shaped like its CalculationResult).
     */
    interface Document {
    }
}
