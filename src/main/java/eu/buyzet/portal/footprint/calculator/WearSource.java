package eu.buyzet.portal.footprint.calculator;

import java.util.List;

/**
 * Where non-exhaust particles come from (EMEP/EEA guidebook, 1.A.3.b.vi tyre and brake wear,
 * 1.A.3.b.vii road surface wear). Every vehicle on wheels wears the first three, battery ones
 * included. {@link #ROAD_STUDDED} is road surface wear under studded tyres: it stands in for
 * {@link #ROAD} on the share of a flow's km declared on them (decision 049).
 */
public enum WearSource {
    TYRE, BRAKE, ROAD, ROAD_STUDDED;

    /** What every vehicle on wheels wears, in the order a flow's wear is summed. */
    public static final List<WearSource> EVERY_VEHICLE = List.of(TYRE, BRAKE, ROAD);
}
