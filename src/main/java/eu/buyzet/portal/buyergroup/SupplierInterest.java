package eu.buyzet.portal.buyergroup;

import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.submission.SubmissionId;
import java.time.Instant;
import java.util.List;

/** A supplier's registered interest with its capability statement and the solutions it points to. */
public record SupplierInterest(OrganisationId organisationId, String organisationName, String organisationNumber,
                               String statement,
                               List<SubmissionId> solutions, Instant registeredAt) {
    public SupplierInterest {
        solutions = List.copyOf(solutions);
    }
}
