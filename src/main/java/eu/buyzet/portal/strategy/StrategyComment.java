package eu.buyzet.portal.strategy;

import eu.buyzet.portal.shared.OrganisationId;
import java.time.Instant;

/** What a consulted agency or buyer-group member said about a strategy in consultation. */
public record StrategyComment(long id, StrategyId strategy, String authorName, OrganisationId organisation,
                              String organisationName, String body, Instant createdAt) {
}
