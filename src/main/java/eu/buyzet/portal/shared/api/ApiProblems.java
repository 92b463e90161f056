package eu.buyzet.portal.shared.api;

import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.ValidationException;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the open API as RFC 9457 problem documents. Bad parameters are listed in
 * {@code errors}, each naming its parameter, so a script can tell what to fix.
 */
@RestControllerAdvice(basePackages = "eu.buyzet.portal")
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring's generic problem details, which do not name the parameter
class ApiProblems {

    static final URI INVALID_PARAMETER = URI.create("https://buyzet.eu/problems/invalid-parameter");
    static final URI NOT_FOUND = URI.create("https://buyzet.eu/problems/not-found");
    static final URI INVALID_INPUT = URI.create("https://buyzet.eu/problems/invalid-input");
    static final URI BODY_TOO_LARGE = URI.create(ProblemResponses.TYPE_BASE + "body-too-large");
    /** What a client reads when the database could not be reached in time, from a controller or a filter. */
    static final String UNAVAILABLE_DETAIL =
            "The portal could not reach its database in time. Nothing was changed; try again shortly.";
    static final int RETRY_AFTER_SECONDS = 5;
    static final String UNAVAILABLE_TITLE = "Temporarily unavailable";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;
    private final MeterRegistry meters;

    ApiProblems(MessageSource messages, MeterRegistry meters) {
        this.messages = messages;
        this.meters = meters;
    }

    /** Input a service refused: each error names its field path, e.g. {@code flows[0].kmPerTrip}. */
    @ExceptionHandler(ValidationException.class)
    ProblemDetail invalidInput(ValidationException e) {
        List<Map<String, String>> errors = e.fieldErrors().entrySet().stream()
                .map(error -> Map.of("field", error.getKey(), "message",
                        messages.getMessage(error.getValue(), e.arguments(error.getKey()), error.getValue(),
                                Locale.ENGLISH)))
                .toList();
        return invalidInput(errors);
    }

    /** A body that is not JSON or has a value of the wrong type: the field is named by its path. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiBoundary.BodyTooLargeException) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, cause.getMessage());
                problem.setType(BODY_TOO_LARGE);
                problem.setTitle("Content too large");
                return problem;
            }
        }
        String field = "body";
        String message = "is not a valid value here";
        @Nullable String twice = null;
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && jackson.getOriginalMessage() != null
                    && jackson.getOriginalMessage().startsWith(DUPLICATE)) {
                // ApiJson refuses a property given twice, since Jackson would have kept the last one
                twice = jackson.getOriginalMessage().substring(DUPLICATE.length()).replace("\"", "").strip();
                message = "is given twice";
            }
            Class<?> expected = cause instanceof MismatchedInputException mismatch ? mismatch.getTargetType()
                    : cause instanceof InputCoercionException coercion ? coercion.getTargetType() : null;
            if (expected != null && twice == null) {
                // a whole number too large for its field is not told it must be a whole number
                message = cause instanceof InputCoercionException ? "is out of range for this field"
                        : expectation(expected);
            }
            if (cause instanceof UnrecognizedPropertyException unknown) {
                var known = unknown.getKnownPropertyIds();
                message = known == null ? "is not a property here" : "is not a property here; known: "
                        + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            }
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (var reference : jackson.getPath()) {
                    if (reference.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
                    } else if (reference.getIndex() >= 0) {
                        path.append('[').append(reference.getIndex()).append(']');
                    }
                }
                field = path.toString();
                break;
            }
        }
        if (twice != null) {
            // the parser stops at the object holding the property, so its name completes the path
            field = field.equals("body") ? twice : field + "." + twice;
        }
        return invalidInput(List.of(Map.of("field", field, "message", message)));
    }

    /**
     * What a value of this type must be, so that a client learns how to write it: the accepted names of
     * a choice, a whole number, a date as ISO 8601 writes it.
     */
    static String expectation(Class<?> type) {
        if (type.isEnum()) {
            return "must be one of: " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "must be a date that exists, written YYYY-MM-DD";
        }
        if (type == String.class) {
            return "must be text";
        }
        return "is not a valid value here";
    }

    /** How Jackson begins the message of a property given twice (JsonReadContext). */
    private static final String DUPLICATE = "Duplicate Object property";

    private static ProblemDetail invalidInput(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.stream()
                .map(error -> error.get("field") + ": " + error.get("message")).collect(Collectors.joining("; ")));
        problem.setType(INVALID_INPUT);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalid(InvalidParameterException e) {
        return badParameter(e.parameter(), e.reason());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName().toLowerCase();
        return badParameter(e.getName(), "must be " + (expected.equals("integer") || expected.equals("int")
                ? "a whole number" : "of type " + expected));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return badParameter(e.getParameterName(), "is required");
    }

    /**
     * The database could not be reached in time (the pool ran dry, a connection broke, a statement
     * timed out): 503 with Retry-After, counted. Before this, the error dispatch fell into sign-in
     * and clients got a redirect to {@code /login}.
     */
    @ExceptionHandler({TransientDataAccessException.class, DataAccessResourceFailureException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception e) {
        noteUnavailable(meters, e);
        return ServiceUnavailable.problem("unavailable", UNAVAILABLE_TITLE, UNAVAILABLE_DETAIL, RETRY_AFTER_SECONDS);
    }

    /**
     * Logs and counts a request the database could not finish, for this advice and for the API's edge
     * ({@link ApiBoundary}), which answers the same failure when a filter meets it before any controller.
     */
    static void noteUnavailable(MeterRegistry meters, Exception e) {
        log.warn("API request not finished: {}", e.toString());
        meters.counter("buyzet.api.unavailable", "cause", e.getClass().getSimpleName()).increment();
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(NOT_FOUND);
        problem.setTitle("Not found");
        return problem;
    }

    private static ProblemDetail badParameter(String parameter, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + parameter + "' " + message);
        problem.setType(INVALID_PARAMETER);
        problem.setTitle("Invalid parameter");
        problem.setProperty("errors", List.of(Map.of("parameter", parameter, "message", message)));
        return problem;
    }
}
