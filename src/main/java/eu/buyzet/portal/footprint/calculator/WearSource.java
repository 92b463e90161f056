package eu.buyzet.portal.footprint.calculator;

/**
 * Where non-exhaust particles come from (EMEP/EEA guidebook, 1.A.3.b.vi tyre and brake wear,
 * 1.A.3.b.vii road surface wear). Every vehicle on wheels wears all three, battery ones included.
 */
public enum WearSource {
    TYRE, BRAKE, ROAD
}
