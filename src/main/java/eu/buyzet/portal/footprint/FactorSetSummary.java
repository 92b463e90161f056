package eu.buyzet.portal.footprint;

import java.time.LocalDate;

/** A factor set as lists show it. */
public record FactorSetSummary(String id, String name, String version, LocalDate validFrom, boolean isDefault) {
}
