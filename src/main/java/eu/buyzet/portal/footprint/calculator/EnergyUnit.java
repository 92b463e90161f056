package eu.buyzet.portal.footprint.calculator;

/** The unit an energy carrier is bought and counted in. */
public enum EnergyUnit {
    LITRE("l"), KG("kg"), KWH("kWh"), NONE("");

    private final String symbol;

    EnergyUnit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
