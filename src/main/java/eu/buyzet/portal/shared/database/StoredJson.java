package eu.buyzet.portal.shared.database;

import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON the portal keeps in its own columns (declared flows, stored results, scenarios), read more
 * leniently than a request: a column outlives the record it was written from. A property a later
 * version dropped is passed over, and a property written by hand without a default (demo data, an
 * import leaving {@code "measured"} out) reads as the type's default. A request to the open API
 * is read strictly instead ({@code ApiJson}), since there an unknown property is a client's typo
 * that would otherwise be computed as if it had not been said.
 */
@Component
public final class StoredJson {

    private final JsonMapper json;

    StoredJson(JsonMapper json) {
        this.json = json.rebuild()
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    public <T> T read(String stored, Class<T> type) {
        return json.readValue(stored, type);
    }

    public <T> T read(String stored, TypeReference<T> type) {
        return json.readValue(stored, type);
    }

    public String write(Object value) {
        return json.writeValueAsString(value);
    }
}
