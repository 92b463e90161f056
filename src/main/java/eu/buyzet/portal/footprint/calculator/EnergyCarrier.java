package eu.buyzet.portal.footprint.calculator;

/** What moves the vehicle, in the unit it is counted in. */
public enum EnergyCarrier {
    DIESEL(EnergyUnit.LITRE, false, false),
    PETROL(EnergyUnit.LITRE, false, false),
    HVO100(EnergyUnit.LITRE, false, true),
    BIOGAS(EnergyUnit.KG, false, true),
    /** Fossil CNG or LNG. */
    FOSSIL_GAS(EnergyUnit.KG, false, true),
    BATTERY_ELECTRIC(EnergyUnit.KWH, true, true),
    /** Hydrogen in a fuel cell. */
    HYDROGEN(EnergyUnit.KG, true, true),
    HUMAN_POWERED(EnergyUnit.NONE, true, true);

    private final EnergyUnit unit;
    private final boolean zeroEmission;
    private final boolean alternativeFuel;

    EnergyCarrier(EnergyUnit unit, boolean zeroEmission, boolean alternativeFuel) {
        this.unit = unit;
        this.zeroEmission = zeroEmission;
        this.alternativeFuel = alternativeFuel;
    }

    public EnergyUnit unit() {
        return unit;
    }

    /** No exhaust at the tailpipe. */
    public boolean zeroEmission() {
        return zeroEmission;
    }

    /**
     * An alternative fuel under the Clean Vehicles Directive (2019/1161, art. 4(4)): electricity,
     * hydrogen, natural gas including biomethane, liquid biofuels, synthetic and paraffinic fuels.
     */
    public boolean alternativeFuel() {
        return alternativeFuel;
    }
}
