package eu.buyzet.portal.shared;

import java.util.Map;

/**
 * Thrown by services when input breaks a rule that a form can show next to a field.
 * Keys of {@code fieldErrors} are field names; values are i18n message keys.
 */
public class ValidationException extends RuntimeException {
    private final transient Map<String, String> fieldErrors;

    public ValidationException(Map<String, String> fieldErrors) {
        super("Invalid input: " + fieldErrors);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static ValidationException of(String field, String messageKey) {
        return new ValidationException(Map.of(field, messageKey));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
