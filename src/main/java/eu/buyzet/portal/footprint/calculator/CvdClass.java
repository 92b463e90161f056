package eu.buyzet.portal.footprint.calculator;

/**
 * The Clean Vehicles Directive's class (Directive (EU) 2019/1161). Zero-emission counts as clean
 * too. Light-duty vehicles from 2026 count as clean only when zero-emission; heavy-duty ones
 * when on an alternative fuel. L-category vehicles and cargo bikes are outside the directive.
 */
public enum CvdClass {
    ZERO_EMISSION, CLEAN, NEITHER, NOT_COVERED;

    static CvdClass of(VehicleCategory category, EnergyCarrier carrier) {
        if (category == VehicleCategory.L) {
            return NOT_COVERED;
        }
        if (carrier.zeroEmission()) {
            return ZERO_EMISSION;
        }
        return category.heavyDuty() && carrier.alternativeFuel() ? CLEAN : NEITHER;
    }

    /** The class of several flows together: the weakest of those the directive covers. */
    static CvdClass combined(Iterable<CvdClass> classes) {
        CvdClass weakest = NOT_COVERED;
        for (CvdClass c : classes) {
            if (c == NOT_COVERED) {
                continue;
            }
            if (weakest == NOT_COVERED || c.ordinal() > weakest.ordinal()) {
                weakest = c;
            }
        }
        return weakest;
    }
}
