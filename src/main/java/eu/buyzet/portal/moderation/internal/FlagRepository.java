package eu.buyzet.portal.moderation.internal;

import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.moderation.FlagReason;
import eu.buyzet.portal.moderation.FlagTarget;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.submission.CommentId;
import eu.buyzet.portal.submission.SubmissionId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class FlagRepository {

    /** Open flags on one piece of content, summed up. */
    public record OpenFlags(FlagTarget target, ForumId forumId, int organisations, List<FlagReason> reasons,
                            List<String> notes, Instant first) {
    }

    private final JdbcClient jdbc;

    FlagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the organisation has an open flag on it already. */
    public boolean add(FlagTarget target, ForumId forum, FlagReason reason, @Nullable String note, MemberId by,
                       OrganisationId organisation) {
        try {
            jdbc.sql("""
                            insert into flag (submission_id, comment_id, forum_id, flagged_by, organisation_id, reason, note)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(Arrays.asList(target.submission().value(), target.comment() == null ? null : target.comment().value(),
                            forum.value(), by.value(), organisation.value(), reason.name(), note))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public boolean isOpenFor(FlagTarget target, OrganisationId organisation) {
        return jdbc.sql("""
                        select exists (select 1 from flag where submission_id = ? and coalesce(comment_id, 0) = ?
                                       and organisation_id = ? and handled_at is null)""")
                .params(target.submission().value(), target.comment() == null ? 0 : target.comment().value(),
                        organisation.value())
                .query(Boolean.class).single();
    }

    /** How many organisations, in the given state (the organisation feature's table, read only), have open flags on it. */
    public int openOrganisations(FlagTarget target, eu.buyzet.portal.organisation.OrganisationStatus counted) {
        return jdbc.sql("""
                        select count(distinct f.organisation_id) from flag f join organisation o on o.id = f.organisation_id
                        where f.submission_id = ? and coalesce(f.comment_id, 0) = ? and f.handled_at is null
                          and o.status = ?""")
                .params(target.submission().value(), target.comment() == null ? 0 : target.comment().value(),
                        counted.name())
                .query(Integer.class).single();
    }

    public List<FlagReason> openReasons(FlagTarget target) {
        return jdbc.sql("""
                        select distinct reason from flag
                        where submission_id = ? and coalesce(comment_id, 0) = ? and handled_at is null order by reason""")
                .params(target.submission().value(), target.comment() == null ? 0 : target.comment().value())
                .query((rs, n) -> FlagReason.valueOf(rs.getString(1))).list();
    }

    /** Content with open flags in the forums the member moderates (all forums when null), oldest flag first. */
    public List<OpenFlags> open(@Nullable MemberId moderator, @Nullable FlagReason reason, int offset, int limit) {
        return jdbc.sql("""
                        select submission_id, comment_id, min(forum_id), count(distinct organisation_id),
                               array_agg(distinct reason), array_remove(array_agg(note), null), min(created_at)
                        from flag where handled_at is null
                          and (cast(:all as boolean)
                               or forum_id in (select forum_id from forum_moderator where member_id = :moderator))
                        group by submission_id, comment_id
                        having cast(:reason as text) is null or bool_or(reason = :reason)
                        order by min(created_at), submission_id, comment_id
                        limit :limit offset :offset""")
                .param("all", moderator == null).param("moderator", moderator == null ? 0L : moderator.value())
                .param("reason", reason == null ? null : reason.name())
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new OpenFlags(new FlagTarget(SubmissionId.of(rs.getLong(1)),
                        rs.getObject(2) == null ? null : CommentId.of(rs.getLong(2))), ForumId.of(rs.getLong(3)),
                        rs.getInt(4), Arrays.stream((String[]) rs.getArray(5).getArray()).map(FlagReason::valueOf).toList(),
                        Arrays.asList((String[]) rs.getArray(6).getArray()), rs.getTimestamp(7).toInstant()))
                .list();
    }

    public int countOpen(@Nullable MemberId moderator, @Nullable FlagReason reason) {
        return jdbc.sql("""
                        select count(*) from (select 1 from flag where handled_at is null
                          and (cast(:all as boolean)
                               or forum_id in (select forum_id from forum_moderator where member_id = :moderator))
                        group by submission_id, comment_id
                        having cast(:reason as text) is null or bool_or(reason = :reason)) t""")
                .param("all", moderator == null).param("moderator", moderator == null ? 0L : moderator.value())
                .param("reason", reason == null ? null : reason.name())
                .query(Integer.class).single();
    }

    public int close(FlagTarget target, String outcome, MemberId by) {
        return jdbc.sql("""
                        update flag set handled_at = now(), handled_by = ?, outcome = ?
                        where submission_id = ? and coalesce(comment_id, 0) = ? and handled_at is null""")
                .params(by.value(), outcome, target.submission().value(),
                        target.comment() == null ? 0 : target.comment().value())
                .update();
    }

    /** Content whose oldest open flag is older than the limit and whose moderators were not yet alerted. */
    public record Overdue(FlagTarget target, String title, java.util.Set<MemberId> moderators) {
    }

    /**
     * Marks the overdue flags alerted and returns what they are on, with the forum's moderators:
     * each flag alerts once, and a job run twice at once alerts once (the update locks the rows).
     */
    public List<Overdue> takeOverdue(java.time.Duration limit) {
        List<long[]> targets = jdbc.sql("""
                        update flag set alerted_at = now()
                        where handled_at is null and alerted_at is null and (submission_id, coalesce(comment_id, 0)) in (
                            select submission_id, coalesce(comment_id, 0) from flag where handled_at is null
                            group by submission_id, coalesce(comment_id, 0)
                            having min(created_at) < now() - make_interval(secs => ?))
                        returning submission_id, coalesce(comment_id, 0), forum_id""")
                .param(limit.toSeconds())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list();
        java.util.Map<String, long[]> distinct = new java.util.LinkedHashMap<>();
        targets.forEach(t -> distinct.putIfAbsent(t[0] + ":" + t[1], t));
        List<Overdue> overdue = new java.util.ArrayList<>();
        for (long[] t : distinct.values()) {
            String title = jdbc.sql("select title from submission where id = ?").param(t[0]).query(String.class).single();
            java.util.Set<MemberId> moderators = new java.util.LinkedHashSet<>(jdbc.sql(
                            "select member_id from forum_moderator where forum_id = ? order by member_id")
                    .param(t[2]).query((rs, n) -> MemberId.of(rs.getLong(1))).list());
            overdue.add(new Overdue(new FlagTarget(SubmissionId.of(t[0]), t[1] == 0 ? null : CommentId.of(t[1])), title,
                    moderators));
        }
        return overdue;
    }
}
