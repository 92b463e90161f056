package eu.buyzet.portal.strategy;

/**
 * The catalogue of instruments a strategy chooses from. Each has a plain-language explanation,
 * its typical effect and its legal footing in both languages, under the i18n keys
 * {@code strategy.instrument.<NAME>.name|explanation|effect|footing}.
 */
public enum Instrument {
    /** Zero-emission delivery required in the technical specification, from a date or phased. */
    ZERO_EMISSION_SPECIFICATION,
    /** Climate and environment as an award criterion with a weight (FOA §7-9: at least 30 %). */
    AWARD_CRITERION,
    /** Contract performance clauses: reporting duties, bonus/malus. */
    PERFORMANCE_CLAUSES,
    /** Consolidation of deliveries or a city logistics hub. */
    CONSOLIDATION_HUB,
    /** Fewer deliveries: order bundling, fixed delivery windows. */
    FEWER_DELIVERIES,
    /** Cargo bikes for light loads. */
    CARGO_BIKES,
    /** Off-peak and quiet delivery. */
    OFF_PEAK_DELIVERY,
    /** Contract length aligned with vehicle life. */
    CONTRACT_LENGTH,
    /** Charging at the city's sites. */
    CHARGING_AT_CITY_SITES,
    /** Joint procurement through a buyer group. */
    JOINT_PROCUREMENT,
    /** Innovation procurement: pre-commercial procurement, innovation partnership. */
    INNOVATION_PROCUREMENT
}
