package eu.buyzet.portal.organisation;

public record MembershipRequestId(long value) {
    public static MembershipRequestId of(long value) {
        return new MembershipRequestId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
