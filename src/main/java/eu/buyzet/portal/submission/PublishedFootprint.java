package eu.buyzet.portal.submission;

import java.util.Optional;

/**
 * The footprint feature's contribution to a submission in the open API: its published
 * footprint as JSON-ready data. An interface here so that submission need not depend on footprint.
 */
public interface PublishedFootprint {

    Optional<Object> of(SubmissionId submission);
}
