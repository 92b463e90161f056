package eu.buyzet.portal.shared.privacy;

import eu.buyzet.portal.shared.MemberId;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Each feature that keeps personal data about members gives it out and erases it here, so that
 * the account page can export everything and delete an account without knowing the features.
 * Erasing keeps what others wrote and the procurement record: it removes or anonymises only what
 * identifies the member.
 */
public interface PersonalData {

    /** A name for this part of the export, e.g. "submissions". */
    String section();

    /** Everything this feature keeps about the member, as rows of named values. */
    Map<String, Object> export(MemberId member);

    /** Rows as plain values for the JSON export: times as ISO-8601 text, SQL arrays as lists. */
    static java.util.List<Map<String, @Nullable Object>> plain(java.util.List<Map<String, @Nullable Object>> rows) {
        return rows.stream().map(row -> {
            Map<String, @Nullable Object> out = new java.util.LinkedHashMap<>();
            row.forEach((k, v) -> out.put(k, switch (v) {
                case java.sql.Timestamp t -> t.toInstant().toString();
                case java.sql.Array a -> {
                    try {
                        yield java.util.Arrays.asList((Object[]) a.getArray());
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
                case null -> null;
                default -> v;
            }));
            return out;
        }).toList();
    }

    /** Removes or anonymises the member's personal data; runs in the deletion's transaction. */
    void erase(MemberId member);
}
