package eu.buyzet.portal.submission;

import eu.buyzet.portal.shared.Markdown;
import eu.buyzet.portal.submission.internal.BodyHtmlRepository;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Submissions' bodies as the sanitised HTML the open API gives beside the Markdown. Rendering one
 * costs about 30 µs, and a forum's list of twenty was a third of the portal's CPU on the generated
 * million (docs/performance.md), since the in-memory cache of {@link Markdown} holds a few thousand
 * bodies and a country's lists hold far more. A body rendered once is kept in the database (schema
 * 064) and read back with the page, in one query for the page; the keeping happens after the
 * response, in batches, so that a read never waits for a write.
 * <p>
 * Kept HTML is used only when it was rendered by the current rules ({@link Markdown#RENDERING})
 * from exactly the body read (its MD5): an edit, whichever node made it and in whichever order the
 * writes land, is never answered with the old text. What the HTML shows is the body, so it is
 * disclosed wherever the body is, and by nothing else.
 */
@Component
public class SubmissionBodies {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionBodies.class);
    /** Bodies waiting to be kept; beyond this a busy moment's new ones are rendered again later. */
    static final int MOST_WAITING = 10_000;
    private static final int BATCH = 500;

    private final BodyHtmlRepository stored;
    private final Map<Long, String> waiting = new ConcurrentHashMap<>();

    SubmissionBodies(BodyHtmlRepository stored) {
        this.stored = stored;
    }

    /** Each submission's body as sanitised HTML, in the order given. */
    public List<String> html(List<Submission> submissions) {
        List<Long> ids = submissions.stream().filter(s -> !s.bodyMarkdown().isBlank()).map(s -> s.id().value()).toList();
        Map<Long, BodyHtmlRepository.Stored> kept = ids.isEmpty() ? Map.of() : stored.find(ids);
        List<String> html = new ArrayList<>(submissions.size());
        for (Submission s : submissions) {
            BodyHtmlRepository.Stored k = kept.get(s.id().value());
            if (s.bodyMarkdown().isBlank()) {
                html.add("");
            } else if (k != null && k.renderer() == Markdown.RENDERING && k.sourceMd5().equals(md5(s.bodyMarkdown()))) {
                html.add(k.html());
            } else {
                html.add(Markdown.toSafeHtml(s.bodyMarkdown()));
                if (waiting.size() < MOST_WAITING) {
                    waiting.put(s.id().value(), s.bodyMarkdown());
                }
            }
        }
        return html;
    }

    /** One submission's body as sanitised HTML. */
    public String html(Submission submission) {
        return html(List.of(submission)).getFirst();
    }

    /** Keeps the bodies rendered since the last time; a scheduled job, and called by tests. */
    @Scheduled(fixedDelayString = "${buyzet.submission.keep-bodies-interval:1s}")
    public void keepWaiting() {
        while (!waiting.isEmpty()) {
            List<BodyHtmlRepository.Rendered> rendered = new ArrayList<>(BATCH);
            for (var it = waiting.entrySet().iterator(); it.hasNext() && rendered.size() < BATCH; ) {
                var e = it.next();
                it.remove();
                rendered.add(new BodyHtmlRepository.Rendered(e.getKey(), Markdown.RENDERING, md5(e.getValue()),
                        Markdown.toSafeHtml(e.getValue())));
            }
            try {
                stored.keep(rendered);
            } catch (DataAccessException e) {
                // a submission deleted meanwhile, or the database busy: its next read renders it again
                LOG.debug("Bodies not kept this time", e);
                return;
            }
        }
    }

    /** PostgreSQL's md5(text) of the UTF-8 text, as the uuid the table keeps it as. */
    static UUID md5(String markdown) {
        try {
            ByteBuffer digest = ByteBuffer.wrap(MessageDigest.getInstance("MD5")
                    .digest(markdown.getBytes(StandardCharsets.UTF_8)));
            return new UUID(digest.getLong(), digest.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
