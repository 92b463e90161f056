package eu.buyzet.portal.strategy.internal;

import eu.buyzet.portal.shared.database.StoredJson;
import eu.buyzet.portal.contract.ContractId;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.strategy.AreaBaseline;
import eu.buyzet.portal.strategy.PriorityArea;
import eu.buyzet.portal.strategy.PriorityAreaId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PriorityAreaRepository {

    /** What an area is saved with; the owner and who saved it come apart. */
    public record Row(String name, String description, @Nullable String cpvCategory, List<ContractId> contracts,
                      List<OrganisationId> agencies, List<Long> forums, List<Long> dialogues, List<Long> buyerGroups,
                      List<Long> solutions, @Nullable AreaBaseline baseline) {
    }

    private static final String AREA = """
            select a.id, a.owner_organisation_id, o.name, a.name, a.description, a.cpv_category, a.contract_ids,
                   a.agency_ids, a.forum_ids, a.dialogue_ids, a.buyer_group_ids, a.solution_ids, a.baseline::text,
                   a.created_at, a.version
            from priority_area a join organisation o on o.id = a.owner_organisation_id
            """;

    private final JdbcClient jdbc;
    private final StoredJson json;

    PriorityAreaRepository(JdbcClient jdbc, StoredJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public PriorityAreaId insert(OrganisationId owner, Row r, MemberId by) {
        List<@Nullable Object> params = new ArrayList<>();
        params.add(owner.value());
        params.addAll(values(r));
        params.addAll(List.of(by.value(), by.value()));
        return PriorityAreaId.of(jdbc.sql("""
                        insert into priority_area (owner_organisation_id, name, description, cpv_category, contract_ids,
                            agency_ids, forum_ids, dialogue_ids, buyer_group_ids, solution_ids, baseline, created_by,
                            updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?) returning id""")
                .params(params).query(Long.class).single());
    }

    /** False when someone saved the area since {@code version}. */
    public boolean update(PriorityAreaId id, int version, Row r, MemberId by) {
        List<@Nullable Object> params = new ArrayList<>(values(r));
        params.addAll(List.of(by.value(), id.value(), version));
        return jdbc.sql("""
                        update priority_area set name = ?, description = ?, cpv_category = ?, contract_ids = ?,
                            agency_ids = ?, forum_ids = ?, dialogue_ids = ?, buyer_group_ids = ?, solution_ids = ?,
                            baseline = cast(? as jsonb), updated_by = ?, updated_at = now(), version = version + 1
                        where id = ? and version = ?""")
                .params(params).update() == 1;
    }

    private List<@Nullable Object> values(Row r) {
        return Arrays.asList(r.name(), r.description(), r.cpvCategory(),
                r.contracts().stream().map(ContractId::value).toArray(Long[]::new),
                r.agencies().stream().map(OrganisationId::value).toArray(Long[]::new),
                r.forums().toArray(Long[]::new), r.dialogues().toArray(Long[]::new),
                r.buyerGroups().toArray(Long[]::new), r.solutions().toArray(Long[]::new),
                r.baseline() == null ? null : json.write(r.baseline()));
    }

    public Optional<PriorityArea> find(PriorityAreaId id) {
        return jdbc.sql(AREA + " where a.id = ?").param(id.value()).query(this::area).optional();
    }

    /** Every area, newest first; the service filters what the reader may see. */
    public List<PriorityArea> list(int limit) {
        return jdbc.sql(AREA + " order by a.created_at desc, a.id desc limit ?").param(limit).query(this::area).list();
    }

    /** Areas stored without a baseline (demo data), for the start-up backfill. */
    public List<PriorityAreaId> withoutBaseline() {
        return jdbc.sql("select id from priority_area where baseline is null and cardinality(contract_ids) > 0 order by id")
                .query((rs, n) -> PriorityAreaId.of(rs.getLong(1))).list();
    }

    /** Sets a baseline only where none is stored, so that a baseline the owner saw never changes behind them. */
    public boolean fillMissingBaseline(PriorityAreaId id, AreaBaseline baseline) {
        return jdbc.sql("update priority_area set baseline = cast(? as jsonb) where id = ? and baseline is null")
                .params(json.write(baseline), id.value()).update() == 1;
    }

    private PriorityArea area(ResultSet rs, int n) throws SQLException {
        String baseline = rs.getString(13);
        return new PriorityArea(PriorityAreaId.of(rs.getLong(1)), OrganisationId.of(rs.getLong(2)), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), ids(rs.getArray(7), ContractId::of),
                ids(rs.getArray(8), OrganisationId::of), ids(rs.getArray(9), Long::valueOf),
                ids(rs.getArray(10), Long::valueOf), ids(rs.getArray(11), Long::valueOf),
                ids(rs.getArray(12), Long::valueOf),
                baseline == null ? null : json.read(baseline, AreaBaseline.class),
                rs.getTimestamp(14).toInstant(), rs.getInt(15));
    }

    static <T> List<T> ids(Array array, Function<Long, T> of) throws SQLException {
        Long[] values = (Long[]) array.getArray();
        return Arrays.stream(values).map(of).toList();
    }
}
