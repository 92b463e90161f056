package eu.buyzet.portal.submission;

/** Published inside the transaction that publishes a submission; listeners join it. */
public record SubmissionPublished(SubmissionId submissionId, SubmissionKind kind) {
}
