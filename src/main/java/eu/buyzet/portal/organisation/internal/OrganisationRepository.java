package eu.buyzet.portal.organisation.internal;

import eu.buyzet.portal.organisation.Organisation;
import eu.buyzet.portal.organisation.OrganisationDetails;
import eu.buyzet.portal.organisation.OrganisationFilter;
import eu.buyzet.portal.organisation.OrganisationKind;
import eu.buyzet.portal.organisation.OrganisationStatus;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.SqlText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OrganisationRepository {

    private static final String COLUMNS = "id, name, kind, country, org_number, vat_number, status, version";

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organisation> findById(OrganisationId id) {
        return jdbc.sql("select " + COLUMNS + " from organisation where id = ?")
                .param(id.value()).query(OrganisationRepository::map).optional();
    }

    public Map<OrganisationId, String> names(Collection<OrganisationId> ids) {
        Map<OrganisationId, String> names = new HashMap<>();
        jdbc.sql("select id, name from organisation where id = any(?)")
                .param(ids.stream().map(OrganisationId::value).toArray(Long[]::new))
                .query((rs, n) -> names.put(OrganisationId.of(rs.getLong(1)), rs.getString(2))).list();
        return names;
    }

    /** Ordered by name, then id, which organisation_name_idx / organisation_kind_name_idx serve. */
    public List<Organisation> find(OrganisationFilter filter, PageRequest page) {
        Where where = where(filter);
        return jdbc.sql("select " + COLUMNS + " from organisation" + where.sql
                        + " order by lower(name), id offset ? limit ?")
                .params(where.withPaging(page)).query(OrganisationRepository::map).list();
    }

    public int count(OrganisationFilter filter) {
        Where where = where(filter);
        return jdbc.sql("select count(*) from organisation" + where.sql).params(where.params)
                .query(Integer.class).single();
    }

    public Organisation insert(OrganisationDetails d) {
        long id = jdbc.sql("""
                        insert into organisation (name, kind, country, org_number, vat_number)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(Arrays.asList(d.name(), d.kind().name(), d.country(), d.orgNumber(), d.vatNumber()))
                .query(Long.class).single();
        return findById(OrganisationId.of(id)).orElseThrow();
    }

    /** A supplier that signed itself up: pending until a moderator verifies it. */
    public Organisation insertPending(OrganisationDetails d) {
        long id = jdbc.sql("""
                        insert into organisation (name, kind, country, org_number, vat_number, status)
                        values (?, ?, ?, ?, ?, 'PENDING') returning id""")
                .params(Arrays.asList(d.name(), d.kind().name(), d.country(), d.orgNumber(), d.vatNumber()))
                .query(Long.class).single();
        return findById(OrganisationId.of(id)).orElseThrow();
    }

    /** Organisations waiting for verification, oldest first (organisation_pending_idx). */
    public List<Organisation> findPending(PageRequest page) {
        return jdbc.sql("select " + COLUMNS + " from organisation where status = 'PENDING' order by created_at, id"
                        + " offset ? limit ?")
                .params(page.offset(), page.limit()).query(OrganisationRepository::map).list();
    }

    public int countPending() {
        return jdbc.sql("select count(*) from organisation where status = 'PENDING'").query(Integer.class).single();
    }

    public boolean setStatus(OrganisationId id, int version, OrganisationStatus status, @Nullable String reason,
                             MemberId by) {
        return jdbc.sql("""
                        update organisation set status = ?, status_reason = ?, version = version + 1,
                               verified_at = case when ? = 'ACTIVE' then now() else verified_at end,
                               verified_by = case when ? = 'ACTIVE' then ? else verified_by end
                        where id = ? and version = ?""")
                .params(Arrays.asList(status.name(), reason, status.name(), status.name(), by.value(), id.value(), version))
                .update() == 1;
    }

    /** False when the row is gone or someone else saved it since {@code version}. */
    public boolean update(OrganisationId id, int version, OrganisationDetails d) {
        return jdbc.sql("""
                        update organisation set name = ?, kind = ?, country = ?, org_number = ?, vat_number = ?,
                               version = version + 1
                        where id = ? and version = ?""")
                .params(Arrays.asList(d.name(), d.kind().name(), d.country(), d.orgNumber(), d.vatNumber(), id.value(), version))
                .update() == 1;
    }

    private static Organisation map(ResultSet rs, int row) throws SQLException {
        return new Organisation(OrganisationId.of(rs.getLong("id")), rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")), rs.getString("country"),
                rs.getString("org_number"), rs.getString("vat_number"),
                OrganisationStatus.valueOf(rs.getString("status")), rs.getInt("version"));
    }

    private static Where where(OrganisationFilter filter) {
        Where where = new Where();
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().strip();
            where.add("(lower(name) like ? or org_number = ? or vat_number = upper(?))",
                    SqlText.containsPattern(text),
                    text.replace(" ", ""), text.replace(" ", ""));
        }
        if (filter.kind() != null) {
            where.add("kind = ?", filter.kind().name());
        }
        return where;
    }

    /** A WHERE clause built from optional conditions, with its parameters in order. */
    static final class Where {
        String sql = "";
        final List<Object> params = new ArrayList<>();

        void add(String condition, Object... values) {
            sql += (sql.isEmpty() ? " where " : " and ") + condition;
            params.addAll(List.of(values));
        }

        List<Object> withPaging(PageRequest page) {
            List<Object> all = new ArrayList<>(params);
            all.add(page.offset());
            all.add(page.limit());
            return all;
        }
    }
}
