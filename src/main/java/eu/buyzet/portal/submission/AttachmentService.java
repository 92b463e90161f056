package eu.buyzet.portal.submission;

import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.submission.internal.AttachmentRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files on submissions: PDF, PNG, JPEG, XLSX and DOCX up to 20 MB, recognised from their content,
 * kept in PostgreSQL and streamed out. The author's organisation adds and removes them. A
 * confidential file is fetched only by public agencies, the forum's moderators and the uploader's
 * organisation; for anyone else it does not exist, and every fetch or refusal of one is audited.
 */
@Service
public class AttachmentService {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    static final int MAX_PER_SUBMISSION = 20;
    static final int MAX_NAME = 255;

    private final AttachmentRepository attachments;
    private final SubmissionService submissions;
    private final ForumService forums;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final SubmissionDisclosure disclosure;

    AttachmentService(AttachmentRepository attachments, SubmissionService submissions, ForumService forums,
                      CurrentUser currentUser, AuditTrail audit, SubmissionDisclosure disclosure) {
        this.disclosure = disclosure;
        this.attachments = attachments;
        this.submissions = submissions;
        this.forums = forums;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The files the current user may fetch (confidential ones are left out for other suppliers). */
    @DisclosureChannel("submission.attachments")
    @Transactional(readOnly = true)
    public List<Attachment> list(SubmissionId submissionId) {
        Submission s = submissions.get(submissionId);
        SubmissionDisclosure.Reader reader = disclosure.reader(s);
        return attachments.findBySubmission(submissionId).stream().filter(a -> disclosure.seesAttachment(reader, s, a))
                .toList();
    }

    @PreAuthorize("hasAnyRole('AGENCY', 'SUPPLIER')")
    @Transactional
    public Attachment add(SubmissionId submissionId, String fileName, boolean confidential, Path content) {
        PortalUser user = currentUser.require();
        Submission s = submissions.get(submissionId);
        if (!submissions.canEdit(s)) {
            throw new AccessDeniedException("Only the author's organisation may add files to submission " + submissionId);
        }
        if (forums.get(s.forumId()).isArchived()) {
            throw ValidationException.of("file", "validation.forum.archived-read-only");
        }
        if (s.status() == SubmissionStatus.WITHDRAWN) {
            throw ValidationException.of("file", "validation.submission.withdrawn");
        }
        if (attachments.findBySubmission(submissionId).size() >= MAX_PER_SUBMISSION) {
            throw ValidationException.of("file", "validation.attachment.too-many");
        }
        String name = cleanName(fileName);
        try {
            long size = Files.size(content);
            if (size == 0) {
                throw ValidationException.of("file", "validation.attachment.empty");
            }
            if (size > MAX_BYTES) {
                throw ValidationException.of("file", "validation.attachment.too-large");
            }
            AttachmentType type = AttachmentType.detect(content)
                    .orElseThrow(() -> ValidationException.of("file", "validation.attachment.type"));
            String digest = sha256(content);
            AttachmentId id;
            try (InputStream in = Files.newInputStream(content)) {
                id = attachments.insert(submissionId, name, type, size, digest, confidential, user.memberId(), in);
            }
            audit.record("attachment.added", "attachment", id, Map.of("submission", submissionId.value(),
                    "fileName", name, "sha256", digest, "confidential", confidential));
            return attachments.findById(id).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    @PreAuthorize("hasAnyRole('AGENCY', 'SUPPLIER')")
    @Transactional
    public void remove(AttachmentId id) {
        Attachment a = attachments.findById(id).orElseThrow(() -> new NotFoundException("Attachment " + id));
        Submission s = submissions.get(a.submissionId());
        if (!submissions.canEdit(s)) {
            throw new AccessDeniedException("Only the author's organisation may remove files from " + s.id());
        }
        if (forums.get(s.forumId()).isArchived()) {
            throw ValidationException.of("file", "validation.forum.archived-read-only");
        }
        attachments.delete(id);
        audit.record("attachment.removed", "attachment", id, Map.of("submission", s.id().value(),
                "fileName", a.fileName(), "sha256", a.sha256()));
    }

    /**
     * Streams a file to the stream {@code start} opens once the file's details are known (so that
     * headers go out first). A file the user may not fetch does not exist for them; a refused or
     * granted fetch of a confidential file stays in the audit trail either way.
     */
    @Transactional(noRollbackFor = NotFoundException.class)
    public void download(AttachmentId id, Function<Attachment, OutputStream> start) {
        Attachment a = attachments.findById(id).orElseThrow(() -> new NotFoundException("Attachment " + id));
        Submission s = submissions.find(a.submissionId()).orElseThrow(() -> new NotFoundException("Attachment " + id));
        if (a.confidential()) {
            Map<String, Object> details = Map.of("submission", s.id().value(), "fileName", a.fileName(),
                    "sha256", a.sha256());
            if (!disclosure.seesAttachment(disclosure.reader(s), s, a)) {
                audit.record("attachment.confidential-refused", "attachment", id, details);
                throw new NotFoundException("Attachment " + id);
            }
            audit.record("attachment.confidential-downloaded", "attachment", id, details);
        }
        attachments.copyContent(id, start.apply(a));
    }

    /** The name without any folder part or control characters, shortened to fit. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            throw ValidationException.of("file", "validation.attachment.name");
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }
}
