package eu.buyzet.portal.forum.internal;

import eu.buyzet.portal.forum.Forum;
import eu.buyzet.portal.forum.ForumDetails;
import eu.buyzet.portal.forum.ForumFilter;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.forum.ForumStatus;
import eu.buyzet.portal.forum.ForumVisibility;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.SqlText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ForumRepository {

    /** One row per forum, its CPV codes and moderators aggregated so that a page is one query. */
    private static final String SELECT = """
            select f.id, f.title_nb, f.title_en, f.description_nb, f.description_en, f.region, f.status, f.visibility,
                   f.last_activity_at, f.version,
                   coalesce((select array_agg(c.cpv_code order by c.position) from forum_cpv c where c.forum_id = f.id),
                            '{}') as cpv_codes,
                   coalesce((select array_agg(m.member_id order by m.member_id) from forum_moderator m
                             where m.forum_id = f.id), '{}') as moderators
            from forum f""";

    private final JdbcClient jdbc;

    ForumRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Forum> findById(ForumId id) {
        return jdbc.sql(SELECT + " where f.id = ?").param(id.value()).query(ForumRepository::map).optional();
    }

    public List<Forum> find(ForumFilter filter, boolean publicOnly, PageRequest page) {
        Where where = where(filter, publicOnly);
        List<Object> params = new ArrayList<>(where.params);
        params.add(page.offset());
        params.add(page.limit());
        return jdbc.sql(SELECT + where.sql + " order by f.last_activity_at desc, f.id desc offset ? limit ?")
                .params(params).query(ForumRepository::map).list();
    }

    public int count(ForumFilter filter, boolean publicOnly) {
        Where where = where(filter, publicOnly);
        return jdbc.sql("select count(*) from forum f" + where.sql).params(where.params).query(Integer.class).single();
    }

    public ForumId insert(ForumDetails d, List<CpvCode> cpv, MemberId createdBy) {
        long id = jdbc.sql("""
                        insert into forum (title_nb, title_en, description_nb, description_en, region, visibility, created_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(d.titleNb(), d.titleEn(), d.descriptionNb(), d.descriptionEn(), d.region(),
                        d.visibility().name(), createdBy.value())
                .query(Long.class).single();
        ForumId forumId = ForumId.of(id);
        replaceChildren(forumId, cpv, d.moderators());
        return forumId;
    }

    /** False when someone else saved the forum since {@code version}. */
    public boolean update(ForumId id, int version, ForumDetails d, List<CpvCode> cpv) {
        boolean updated = jdbc.sql("""
                        update forum set title_nb = ?, title_en = ?, description_nb = ?, description_en = ?, region = ?,
                               visibility = ?, last_activity_at = now(), version = version + 1
                        where id = ? and version = ?""")
                .params(d.titleNb(), d.titleEn(), d.descriptionNb(), d.descriptionEn(), d.region(),
                        d.visibility().name(), id.value(), version)
                .update() == 1;
        if (updated) {
            replaceChildren(id, cpv, d.moderators());
        }
        return updated;
    }

    public boolean setStatus(ForumId id, int version, ForumStatus status) {
        return jdbc.sql("update forum set status = ?, version = version + 1 where id = ? and version = ?")
                .params(status.name(), id.value(), version).update() == 1;
    }

    private void replaceChildren(ForumId id, List<CpvCode> cpv, Set<MemberId> moderators) {
        jdbc.sql("delete from forum_cpv where forum_id = ?").param(id.value()).update();
        for (int i = 0; i < cpv.size(); i++) {
            jdbc.sql("insert into forum_cpv (forum_id, cpv_code, position) values (?, ?, ?)")
                    .params(id.value(), cpv.get(i).value(), i + 1).update();
        }
        jdbc.sql("delete from forum_moderator where forum_id = ?").param(id.value()).update();
        for (MemberId moderator : moderators) {
            jdbc.sql("insert into forum_moderator (forum_id, member_id) values (?, ?)")
                    .params(id.value(), moderator.value()).update();
        }
    }

    private static Forum map(ResultSet rs, int row) throws SQLException {
        List<CpvCode> cpv = Arrays.stream((String[]) rs.getArray("cpv_codes").getArray()).map(CpvCode::new).toList();
        Set<MemberId> moderators = Arrays.stream((Long[]) rs.getArray("moderators").getArray())
                .map(MemberId::of).collect(Collectors.toSet());
        return new Forum(ForumId.of(rs.getLong("id")), rs.getString("title_nb"), rs.getString("title_en"),
                rs.getString("description_nb"), rs.getString("description_en"), rs.getString("region"), cpv,
                ForumStatus.valueOf(rs.getString("status")), ForumVisibility.valueOf(rs.getString("visibility")),
                moderators, List.of(), rs.getTimestamp("last_activity_at").toInstant(), rs.getInt("version"));
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(ForumFilter filter, boolean publicOnly) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (publicOnly) {
            conditions.add("f.visibility = 'PUBLIC'");
        }
        if (filter.status() != null) {
            conditions.add("f.status = ?");
            params.add(filter.status().name());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            // every word, in either language's title or description or the region
            conditions.add("lower(concat_ws(' ', f.title_nb, f.title_en, f.description_nb, f.description_en, f.region))"
                    + " like all(?)");
            params.add(SqlText.wordPatterns(filter.text()));
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }
}
