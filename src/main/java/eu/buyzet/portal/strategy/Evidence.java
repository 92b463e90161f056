package eu.buyzet.portal.strategy;

import org.jspecify.annotations.Nullable;

/**
 * One piece of evidence an instrument's reason cites. The citation is captured when it is added
 * (title, the figure it showed) so that an adopted strategy still reads the same when the source
 * later changes; {@code reference} is the cited item's id in its own feature.
 *
 * @param figure e.g. the declared reduction in kg CO2e a year, or the number of interested suppliers
 */
public record Evidence(EvidenceKind kind, long reference, String citation, @Nullable Double figure) {
}
