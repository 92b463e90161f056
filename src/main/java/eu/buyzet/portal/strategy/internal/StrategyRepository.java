package eu.buyzet.portal.strategy.internal;

import eu.buyzet.portal.shared.database.StoredJson;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.strategy.ChosenInstrument;
import eu.buyzet.portal.strategy.PriorityAreaId;
import eu.buyzet.portal.strategy.ScenarioResult;
import eu.buyzet.portal.strategy.ScenarioYear;
import eu.buyzet.portal.strategy.Strategy;
import eu.buyzet.portal.strategy.StrategyComment;
import eu.buyzet.portal.strategy.StrategyId;
import eu.buyzet.portal.strategy.StrategyStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

@Repository
public class StrategyRepository {

    private static final TypeReference<List<ChosenInstrument>> INSTRUMENTS = new TypeReference<>() {
    };
    private static final TypeReference<List<ScenarioYear>> SCENARIO = new TypeReference<>() {
    };

    private static final String STRATEGY = """
            select s.id, s.lineage, s.number, s.area_id, a.name, a.owner_organisation_id, o.name, s.status, s.title,
                   s.summary, s.instruments::text, s.scenario::text, s.result::text, m.display_name, s.adopted_at,
                   s.updated_at, s.version
            from strategy s join priority_area a on a.id = s.area_id
                 join organisation o on o.id = a.owner_organisation_id
                 left join member m on m.id = s.adopted_by
            """;

    private final JdbcClient jdbc;
    private final StoredJson json;

    StrategyRepository(JdbcClient jdbc, StoredJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A first version: a lineage of its own, number 1. */
    public StrategyId insertFirst(PriorityAreaId area, String title, MemberId by) {
        long id = jdbc.sql("""
                        insert into strategy (lineage, number, area_id, title, created_by)
                        values (0, 1, ?, ?, ?) returning id""")
                .params(area.value(), title, by.value()).query(Long.class).single();
        jdbc.sql("update strategy set lineage = id where id = ?").param(id).update();
        return StrategyId.of(id);
    }

    /** A draft copy of {@code from} as the next version of its lineage; none for a lineage that has a draft. */
    public StrategyId insertNextVersion(Strategy from, MemberId by) {
        return StrategyId.of(jdbc.sql("""
                        insert into strategy (lineage, number, area_id, title, summary, instruments, scenario, created_by)
                        select lineage, (select max(number) + 1 from strategy where lineage = s.lineage), area_id, title,
                               summary, instruments, scenario, ?
                        from strategy s where id = ? returning id""")
                .params(by.value(), from.id().value()).query(Long.class).single());
    }

    /** False when someone changed the strategy since {@code version}, or it is no longer a draft. */
    public boolean updateDraft(StrategyId id, int version, String title, String summary,
                               List<ChosenInstrument> instruments, List<ScenarioYear> scenario) {
        return jdbc.sql("""
                        update strategy set title = ?, summary = ?, instruments = cast(? as jsonb),
                            scenario = cast(? as jsonb), updated_at = now(), version = version + 1
                        where id = ? and version = ? and status = 'DRAFT'""")
                .params(title, summary, json.write(instruments), json.write(scenario),
                        id.value(), version)
                .update() == 1;
    }

    /** Stores a computed scenario with the factor set it used; only a draft's changes. */
    public boolean setResult(StrategyId id, int version, ScenarioResult result) {
        return jdbc.sql("""
                        update strategy set result = cast(? as jsonb), factor_set_id = ?, updated_at = now(),
                            version = version + 1
                        where id = ? and version = ? and status = 'DRAFT'""")
                .params(json.write(result), result.factorSetId(), id.value(), version).update() == 1;
    }

    /**
     * Stores a computed scenario only where none is stored, whatever the status: a result, once there,
     * is never replaced here, so an adopted strategy's figures stay frozen. The version is kept, since
     * nothing the author wrote changed.
     */
    public boolean fillMissingResult(StrategyId id, ScenarioResult result) {
        return jdbc.sql("""
                        update strategy set result = cast(? as jsonb), factor_set_id = ?
                        where id = ? and result is null""")
                .params(json.write(result), result.factorSetId(), id.value()).update() == 1;
    }

    /** Strategies stored without a computed scenario (demo data), for the start-up backfill. */
    public List<StrategyId> withoutResult() {
        return jdbc.sql("select id from strategy where result is null order by id")
                .query((rs, n) -> StrategyId.of(rs.getLong(1))).list();
    }

    /** Moves the strategy from one status to the next, if nobody moved or changed it since {@code version}. */
    public boolean move(StrategyId id, int version, StrategyStatus from, StrategyStatus to, @Nullable MemberId adoptedBy) {
        return jdbc.sql("""
                        update strategy set status = ?, adopted_by = coalesce(?, adopted_by),
                            adopted_at = case when ? = 'ADOPTED' then now() else adopted_at end,
                            updated_at = now(), version = version + 1
                        where id = ? and version = ? and status = ?""")
                .params(Arrays.asList(to.name(), adoptedBy == null ? null : adoptedBy.value(), to.name(), id.value(),
                        version, from.name()))
                .update() == 1;
    }

    /** Every adopted version of the lineage other than {@code except} becomes superseded. */
    public int supersedeOthers(long lineage, StrategyId except) {
        return jdbc.sql("""
                        update strategy set status = 'SUPERSEDED', updated_at = now(), version = version + 1
                        where lineage = ? and id <> ? and status = 'ADOPTED'""")
                .params(lineage, except.value()).update();
    }

    public Optional<Strategy> find(StrategyId id) {
        return jdbc.sql(STRATEGY + " where s.id = ?").param(id.value()).query(this::strategy).optional();
    }

    /** Whether the lineage has a version being written or consulted on. */
    /** Holds a lineage's versions until the transaction ends: two owners asking at once for a new version. */
    public void lockLineage(long lineage) {
        jdbc.sql("select id from strategy where lineage = ? order by id for update").param(lineage).query(Long.class).list();
    }

    public boolean hasOpenVersion(long lineage) {
        return jdbc.sql("select exists (select 1 from strategy where lineage = ? and status in ('DRAFT', 'CONSULTATION'))")
                .param(lineage).query(Boolean.class).single();
    }

    /** The versions of a lineage, newest first. */
    public List<Strategy> versions(long lineage) {
        return jdbc.sql(STRATEGY + " where s.lineage = ? order by s.number desc").param(lineage).query(this::strategy)
                .list();
    }

    public List<Strategy> forArea(PriorityAreaId area) {
        return jdbc.sql(STRATEGY + " where s.area_id = ? order by s.lineage, s.number desc").param(area.value())
                .query(this::strategy).list();
    }

    /** Strategies in the given states, most recently changed first; the service filters by reader. */
    public List<Strategy> list(List<StrategyStatus> statuses, int offset, int limit) {
        return jdbc.sql(STRATEGY + " where s.status in (:statuses) order by s.updated_at desc, s.id desc"
                        + " limit :limit offset :offset")
                .param("statuses", statuses.stream().map(Enum::name).toList()).param("limit", limit)
                .param("offset", offset).query(this::strategy).list();
    }

    /** The adopted version of each lineage (there is one at most), the most recently adopted first. */
    public List<Strategy> adopted(int offset, int limit) {
        return jdbc.sql(STRATEGY + " where s.status = 'ADOPTED' order by s.adopted_at desc, s.id desc limit ? offset ?")
                .params(limit, offset).query(this::strategy).list();
    }

    /** The adopted strategies of the priority areas that link the buyer group, the most recently adopted first. */
    public List<Strategy> adoptedForBuyerGroup(long buyerGroupId) {
        return jdbc.sql(STRATEGY + """
                         where s.status = 'ADOPTED'
                           and s.area_id in (select a.id from priority_area a where ? = any (a.buyer_group_ids))
                         order by s.adopted_at desc, s.id desc""")
                .param(buyerGroupId).query(this::strategy).list();
    }

    public int count(List<StrategyStatus> statuses) {
        return jdbc.sql("select count(*) from strategy where status in (:statuses)")
                .param("statuses", statuses.stream().map(Enum::name).toList()).query(Integer.class).single();
    }

    public void addComment(StrategyId id, MemberId author, OrganisationId organisation, String body) {
        jdbc.sql("insert into strategy_comment (strategy_id, author_id, organisation_id, body) values (?, ?, ?, ?)")
                .params(id.value(), author.value(), organisation.value(), body).update();
    }

    public List<StrategyComment> comments(StrategyId id) {
        return jdbc.sql("""
                        select c.id, m.display_name, c.organisation_id, o.name, c.body, c.created_at
                        from strategy_comment c join member m on m.id = c.author_id
                             join organisation o on o.id = c.organisation_id
                        where c.strategy_id = ? order by c.created_at, c.id""")
                .param(id.value())
                .query((rs, n) -> new StrategyComment(rs.getLong(1), id, rs.getString(2),
                        OrganisationId.of(rs.getLong(3)), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    private Strategy strategy(ResultSet rs, int n) throws SQLException {
        String result = rs.getString(13);
        java.sql.Timestamp adoptedAt = rs.getTimestamp(15);
        return new Strategy(StrategyId.of(rs.getLong(1)), rs.getLong(2), rs.getInt(3), PriorityAreaId.of(rs.getLong(4)),
                rs.getString(5), OrganisationId.of(rs.getLong(6)), rs.getString(7),
                StrategyStatus.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10),
                json.read(rs.getString(11), INSTRUMENTS), json.read(rs.getString(12), SCENARIO),
                result == null ? null : json.read(result, ScenarioResult.class), rs.getString(14),
                adoptedAt == null ? null : adoptedAt.toInstant(), rs.getTimestamp(16).toInstant(), rs.getInt(17));
    }
}
