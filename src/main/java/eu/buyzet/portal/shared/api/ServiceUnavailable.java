package eu.buyzet.portal.shared.api;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The open API's answer when the portal could not finish a request that may well succeed later:
 * 503 with {@code Retry-After}, as a problem document. A client (or a proxy) can back off; nothing
 * of it looks like a missing page or a sign-in.
 */
public final class ServiceUnavailable {

    private ServiceUnavailable() {
    }

    /**
     * @param type the last part of the problem type's URI, e.g. {@code search-too-broad}
     * @param detail what happened and what to do, in words
     */
    public static ResponseEntity<ProblemDetail> problem(String type, String title, String detail, int retryAfterSeconds) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setType(URI.create(ProblemResponses.TYPE_BASE + type));
        problem.setTitle(title);
        problem.setProperty("retryAfterSeconds", retryAfterSeconds);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds))
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
