package eu.buyzet.portal.footprint;

import java.util.List;
import java.util.Optional;

/**
 * The footprint card on a submission's page, read once: results fixed so far (newest first), the
 * declaration, a draft's preview with today's factors, a proposal's sum over the needs it gathers,
 * and what the current user may do.
 */
public record FootprintCard(List<StoredResult> results, Optional<Declaration> declaration,
                            Optional<StoredResult> preview, Optional<ProposalFootprint> proposal,
                            boolean mayDeclare, boolean mayRecompute) {
}
