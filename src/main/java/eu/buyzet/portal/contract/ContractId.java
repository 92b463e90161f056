package eu.buyzet.portal.contract;

/** A mapped contract. */
public record ContractId(long value) {
    public static ContractId of(long value) {
        return new ContractId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
