package eu.buyzet.portal.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Thrown by services when input breaks a rule that a form can show next to a field.
 * Keys of {@code fieldErrors} are field names; values are i18n message keys. A message that
 * names figures (an accepted range, say) takes them from {@link #arguments(String)}, formatted
 * in the reader's locale where it is shown.
 */
public class ValidationException extends RuntimeException {
    private final transient Map<String, String> fieldErrors;
    private final transient Map<String, List<Object>> arguments;

    public ValidationException(Map<String, String> fieldErrors) {
        this(fieldErrors, Map.of());
    }

    /** @param arguments per field, the message's arguments; a field without any needs no entry */
    public ValidationException(Map<String, String> fieldErrors, Map<String, ? extends List<?>> arguments) {
        super("Invalid input: " + fieldErrors);
        this.fieldErrors = Map.copyOf(fieldErrors);
        Map<String, List<Object>> kept = new LinkedHashMap<>();
        arguments.forEach((field, args) -> {
            if (fieldErrors.containsKey(field)) {
                kept.put(field, List.copyOf(args));
            }
        });
        this.arguments = Map.copyOf(kept);
    }

    public static ValidationException of(String field, String messageKey) {
        return new ValidationException(Map.of(field, messageKey));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** Every field's message arguments, for a service that passes the errors on under other names. */
    public Map<String, List<Object>> arguments() {
        return arguments;
    }

    /** The arguments of one field's message, none when it has no figures to name. */
    public Object[] arguments(String field) {
        return arguments.getOrDefault(field, List.of()).toArray();
    }

    /** The same errors under other field names, e.g. {@code flows[0]…} as {@code baselineFlows[0]…}. */
    public ValidationException renamed(UnaryOperator<String> rename) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, List<Object>> args = new LinkedHashMap<>();
        fieldErrors.forEach((field, key) -> errors.put(rename.apply(field), key));
        arguments.forEach((field, a) -> args.put(rename.apply(field), a));
        return new ValidationException(errors, args);
    }
}
