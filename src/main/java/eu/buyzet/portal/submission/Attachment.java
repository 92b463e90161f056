package eu.buyzet.portal.submission;

import java.time.Instant;

/**
 * A file on a submission. A confidential one (a supplier's trade secrets, directive art. 21) is
 * fetched only by public agencies, the forum's moderators and the uploader's own organisation.
 */
public record Attachment(AttachmentId id, SubmissionId submissionId, String fileName, AttachmentType type,
                         long sizeBytes, String sha256, boolean confidential, String uploadedByName,
                         Instant uploadedAt) {
}
