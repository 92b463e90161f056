package eu.buyzet.portal.search;

import eu.buyzet.portal.submission.Submission;
import org.jspecify.annotations.Nullable;

/**
 * A submission in a list. With a text search, {@code snippet} is the best-matching passage, with
 * the matched words between the markers {@link #MARK_START} and {@link #MARK_END} (control
 * characters that cannot occur in text, so that everything else can be escaped first).
 * {@code co2eWtwKg} is the newest declared footprint's yearly CO2e, when there is one, and
 * {@code co2eTailpipeKg} its territorial tailpipe part, as Oslo's climate budget counts it (null
 * where no stored figure exists: unknown, never 0).
 */
public record SubmissionHit(Submission submission, @Nullable String snippet, double rank, @Nullable Double co2eWtwKg,
                            @Nullable Double co2eTailpipeKg) {

    public SubmissionHit(Submission submission, @Nullable String snippet, double rank, @Nullable Double co2eWtwKg) {
        this(submission, snippet, rank, co2eWtwKg, null);
    }

    public SubmissionHit(Submission submission, @Nullable String snippet, double rank) {
        this(submission, snippet, rank, null, null);
    }

    public SubmissionHit withCo2e(@Nullable Double kg) {
        return new SubmissionHit(submission, snippet, rank, kg, co2eTailpipeKg);
    }

    public SubmissionHit withTailpipe(@Nullable Double kg) {
        return new SubmissionHit(submission, snippet, rank, co2eWtwKg, kg);
    }

    public SubmissionHit withSnippet(@Nullable String marked) {
        return new SubmissionHit(submission, marked, rank, co2eWtwKg, co2eTailpipeKg);
    }

    public static final String MARK_START = "\u0002";
    public static final String MARK_END = "\u0003";

    /** The snippet as HTML: every character escaped, the matched words in {@code <mark>}. */
    public String snippetHtml() {
        return Marks.html(snippet == null ? "" : snippet);
    }

    /** The snippet as plain text, without markers. */
    public String snippetText() {
        return snippet == null ? "" : Marks.text(snippet);
    }
}
