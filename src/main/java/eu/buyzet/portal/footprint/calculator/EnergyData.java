package eu.buyzet.portal.footprint.calculator;

/**
 * Where a flow's energy figure comes from, as ISO 14083 asks a result to state: the factor set's
 * default energy use, a figure the supplier declared, or one the supplier measured (fuel
 * invoices, charging records, telematics).
 */
public enum EnergyData {
    DEFAULT, DECLARED, MEASURED;

    static EnergyData of(boolean fromDefault, boolean measured) {
        if (fromDefault) {
            return DEFAULT;
        }
        return measured ? MEASURED : DECLARED;
    }
}
