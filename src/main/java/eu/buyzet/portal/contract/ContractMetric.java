package eu.buyzet.portal.contract;

/** What the contract ranking orders by, per year: the measures the BuyZET mapping compares. */
public enum ContractMetric {
    TRIPS("trips"),
    VEHICLE_KM("km"),
    CO2E("kg CO2e"),
    NOX("g NOx"),
    PM("g PM");

    private final String unit;

    ContractMetric(String unit) {
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }

    public String messageKey() {
        return "contracts.metric." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
