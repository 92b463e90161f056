package eu.buyzet.portal.submission;

import eu.buyzet.portal.forum.Forum;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a draft must hold before it is stored, and how its texts are trimmed. */
final class SubmissionDrafts {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 1000;
    static final int MAX_BODY = 50_000;

    private SubmissionDrafts() {
    }

    static SubmissionDraft clean(SubmissionDraft d) {
        return new SubmissionDraft(d.forumId(), d.kind(), strip(d.title()), strip(d.summary()),
                d.bodyMarkdown() == null ? "" : d.bodyMarkdown().strip(), d.cpvCodes());
    }

    static List<CpvCode> validate(SubmissionDraft d, @Nullable Forum forum) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (forum == null) {
            errors.put("forumId", "validation.required");
        } else if (forum.isArchived()) {
            errors.put("forumId", "validation.forum.archived-read-only");
        }
        if (d.kind() == null) {
            errors.put("kind", "validation.required");
        }
        String title = strip(d.title());
        if (title.isEmpty()) {
            errors.put("title", "validation.required");
        } else if (title.length() > MAX_TITLE) {
            errors.put("title", "validation.too-long");
        }
        if (strip(d.summary()).length() > MAX_SUMMARY) {
            errors.put("summary", "validation.too-long");
        }
        if (d.bodyMarkdown() != null && d.bodyMarkdown().length() > MAX_BODY) {
            errors.put("bodyMarkdown", "validation.too-long");
        }
        List<CpvCode> cpv = CpvCode.parseAll(d.cpvCodes(), errors, "cpvCodes");
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return cpv;
    }

    static String strip(@Nullable String s) {
        return s == null ? "" : s.strip();
    }
}
