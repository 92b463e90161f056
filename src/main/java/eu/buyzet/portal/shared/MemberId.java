package eu.buyzet.portal.shared;

/** Identifies a member: a person acting for an organisation. Authors of all content are members. */
public record MemberId(long value) {
    public static MemberId of(long value) {
        return new MemberId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
