package eu.buyzet.portal.footprint.internal;

import eu.buyzet.portal.shared.database.StoredJson;
import eu.buyzet.portal.footprint.Declaration;
import eu.buyzet.portal.footprint.StoredResult;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FootprintResult;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.submission.SubmissionId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

@Repository
public class DeclarationRepository {

    private static final TypeReference<List<Flow>> FLOWS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final StoredJson json;

    DeclarationRepository(JdbcClient jdbc, StoredJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Declaration> find(SubmissionId id) {
        return jdbc.sql("""
                        select d.flows::text, d.baseline_flows::text, m.display_name, d.declared_at, d.version
                        from footprint_declaration d join member m on m.id = d.declared_by where d.submission_id = ?""")
                .param(id.value())
                .query((rs, n) -> new Declaration(id, json.read(rs.getString(1), FLOWS),
                        rs.getString(2) == null ? List.of() : json.read(rs.getString(2), FLOWS), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getInt(5)))
                .optional();
    }

    /** Inserts or replaces; false when someone else changed it since {@code version}. */
    /**
     * Saves the flows over the version read; {@code version} -1 saves a first declaration only, so
     * of two colleagues declaring at once the second is told, not silently saved over the first.
     */
    public boolean save(SubmissionId id, int version, List<Flow> flows, List<Flow> baseline, MemberId by) {
        String baselineJson = baseline.isEmpty() ? null : json.write(baseline);
        String onConflict = version < 0 ? "do nothing" : """
                do update set flows = excluded.flows,
                    baseline_flows = excluded.baseline_flows, declared_by = excluded.declared_by,
                    declared_at = now(), version = footprint_declaration.version + 1
                where footprint_declaration.version = ?""";
        List<@Nullable Object> params = new java.util.ArrayList<@Nullable Object>();
        params.addAll(Arrays.asList(id.value(), json.write(flows), baselineJson, by.value()));
        if (version >= 0) {
            params.add(version);
        }
        int changed = jdbc.sql("""
                        insert into footprint_declaration (submission_id, flows, baseline_flows, declared_by)
                        values (?, cast(? as jsonb), cast(? as jsonb), ?)
                        on conflict (submission_id)\s""" + onConflict)
                .params(params).update();
        return changed == 1;
    }

    public void addResult(SubmissionId id, FootprintResult result, @Nullable FootprintResult baseline, String reason,
                          @Nullable MemberId by) {
        jdbc.sql("""
                        insert into footprint_result (submission_id, factor_set_id, result, baseline_result, reason, computed_by)
                        values (?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?)""")
                .params(Arrays.asList(id.value(), result.factorSetId(), json.write(result),
                        baseline == null ? null : json.write(baseline), reason, by == null ? null : by.value()))
                .update();
        jdbc.sql("""
                        insert into footprint_latest (submission_id, co2e_wtw_kg, co2e_tailpipe_kg, computed_at)
                        values (?, ?, ?, now())
                        on conflict (submission_id) do update set co2e_wtw_kg = excluded.co2e_wtw_kg,
                            co2e_tailpipe_kg = excluded.co2e_tailpipe_kg, computed_at = excluded.computed_at""")
                .params(id.value(), result.total().co2eWtwKg(), result.total().co2eTtwKg()).update();
    }

    /** Published submissions with a declaration but no result yet. */
    public List<SubmissionId> publishedWithoutResult() {
        return jdbc.sql("""
                        select d.submission_id from footprint_declaration d join submission s on s.id = d.submission_id
                        where s.status = 'PUBLISHED'
                          and not exists (select 1 from footprint_result r where r.submission_id = d.submission_id)""")
                .query((rs, n) -> SubmissionId.of(rs.getLong(1))).list();
    }

    /** Newest first. */
    public List<StoredResult> results(SubmissionId id) {
        return jdbc.sql("""
                        select r.id, r.result::text, r.baseline_result::text, r.reason, m.display_name, r.computed_at
                        from footprint_result r left join member m on m.id = r.computed_by
                        where r.submission_id = ? order by r.computed_at desc, r.id desc limit 50""")
                .param(id.value())
                .query((rs, n) -> new StoredResult(rs.getLong(1), json.read(rs.getString(2), FootprintResult.class),
                        rs.getString(3) == null ? null : json.read(rs.getString(3), FootprintResult.class),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }
}
