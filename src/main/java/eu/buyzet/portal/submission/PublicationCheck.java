package eu.buyzet.portal.submission;

import java.util.Optional;

/**
 * A condition another feature sets on publishing: the footprint feature requires a declared
 * footprint on needs and solutions. Implemented as Spring beans, so that submission need not
 * depend on the features that build on it.
 */
public interface PublicationCheck {

    /** The field and i18n message key of what is missing, or nothing when it may be published. */
    Optional<Missing> missing(Submission submission);

    /** What a new, not yet saved submission of this kind will lack before it may be published. */
    Optional<Missing> missingBeforeSaving(SubmissionKind kind);

    record Missing(String field, String messageKey) {
    }
}
