package eu.buyzet.portal.footprint.calculator;

import eu.buyzet.portal.shared.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problems found in a calculation's input so far: per field, a message key and its arguments. */
final class Problems {

    private final Map<String, String> keys = new LinkedHashMap<>();
    private final Map<String, List<Object>> arguments = new LinkedHashMap<>();

    /** A later problem with the same field replaces the earlier one: the more specific check runs last. */
    void put(String field, String key, Object... args) {
        keys.put(field, key);
        if (args.length == 0) {
            arguments.remove(field);
        } else {
            arguments.put(field, List.of(args));
        }
    }

    int size() {
        return keys.size();
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }

    ValidationException exception() {
        return new ValidationException(keys, arguments);
    }
}
