package eu.buyzet.portal.submission;

/**
 * Published inside the transaction that creates a solution from a need's page; listeners join it
 * (the footprint feature pre-fills the solution's baseline from the need's declared flows).
 */
public record SolutionOffered(SubmissionId solution, SubmissionId need) {
}
