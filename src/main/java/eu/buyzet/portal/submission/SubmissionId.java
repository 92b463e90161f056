package eu.buyzet.portal.submission;

public record SubmissionId(long value) {
    public static SubmissionId of(long value) {
        return new SubmissionId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
