package eu.buyzet.portal.shared.privacy;

import eu.buyzet.portal.shared.MemberId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Most features keep a member's data as rows keyed by the member's id; this exports named queries
 * of that kind (each with one parameter, the member's id) and erases nothing: what the member
 * wrote stays, and with the member's name anonymised it no longer identifies them.
 */
public abstract class RowsExport implements PersonalData {

    private final JdbcClient jdbc;
    private final String section;
    private final Map<String, String> queries;

    protected RowsExport(JdbcClient jdbc, String section, Map<String, String> queries) {
        this.jdbc = jdbc;
        this.section = section;
        this.queries = queries;
    }

    @Override
    public String section() {
        return section;
    }

    @Override
    public Map<String, Object> export(MemberId member) {
        Map<String, Object> parts = new LinkedHashMap<>();
        queries.forEach((name, sql) -> parts.put(name, PersonalData.plain(jdbc.sql(sql).param(member.value()).query().listOfRows())));
        return parts;
    }

    @Override
    public void erase(MemberId member) {
        // kept: the content belongs to the procurement record and no longer names its author
    }
}
