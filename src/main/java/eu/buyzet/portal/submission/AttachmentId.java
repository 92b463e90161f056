package eu.buyzet.portal.submission;

public record AttachmentId(long value) {
    public static AttachmentId of(long value) {
        return new AttachmentId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
