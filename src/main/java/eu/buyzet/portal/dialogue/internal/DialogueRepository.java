package eu.buyzet.portal.dialogue.internal;

import eu.buyzet.portal.dialogue.Dialogue;
import eu.buyzet.portal.dialogue.DialogueDetails;
import eu.buyzet.portal.dialogue.DialogueEvent;
import eu.buyzet.portal.dialogue.DialogueId;
import eu.buyzet.portal.dialogue.DialogueInput;
import eu.buyzet.portal.dialogue.DialoguePhase;
import eu.buyzet.portal.dialogue.MeetingDetails;
import eu.buyzet.portal.dialogue.MeetingKind;
import eu.buyzet.portal.dialogue.Participant;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.submission.SubmissionId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class DialogueRepository {

    /** A question as stored, with its asker. */
    public record QuestionRow(long id, DialogueId dialogueId, MemberId askedBy, OrganisationId askerOrganisation,
                              String askerName, String originalText, @Nullable String publishedText,
                              @Nullable String answer, Instant askedAt, @Nullable Instant publishedAt, int version) {
    }

    /** A meeting as stored, with how many have a place and how many wait. */
    public record MeetingRow(long id, DialogueId dialogueId, MeetingKind kind, String title, Instant startsAt,
                             int slotMinutes, int capacity, @Nullable String place, @Nullable String onlineLink,
                             @Nullable String minutes, @Nullable Instant minutesPublishedAt, int booked, int waiting) {
    }

    /** A booking: a seat (slot) or, when null, a place on the waiting list. */
    public record BookingRow(OrganisationId organisationId, String organisationName, @Nullable Integer seat,
                             Instant bookedAt) {
    }

    private static final String DIALOGUE = """
            select d.id, d.forum_id, f.title_nb, f.title_en, d.submission_id, d.title, d.purpose, d.questions,
                   d.phase, d.clarification_deadline, d.locked_reason, d.locked_at, d.created_at, d.version
            from dialogue d join forum f on f.id = d.forum_id
            """;

    private final JdbcClient jdbc;

    DialogueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public DialogueId insert(DialogueDetails d, MemberId by) {
        return DialogueId.of(jdbc.sql("""
                        insert into dialogue (forum_id, submission_id, title, purpose, questions, clarification_deadline,
                            created_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(Arrays.asList(d.forumId().value(), d.submissionId() == null ? null : d.submissionId().value(), d.title(),
                        d.purpose(), d.questions().toArray(String[]::new), Timestamp.from(d.clarificationDeadline()),
                        by.value()))
                .query(Long.class).single());
    }

    public Optional<Dialogue> find(DialogueId id) {
        return jdbc.sql(DIALOGUE + " where d.id = ?").param(id.value()).query(DialogueRepository::dialogue).optional();
    }

    /** Dialogues in forums the reader may see, newest first; a forum's own when {@code forum} is given. */
    public List<Dialogue> list(@Nullable ForumId forum, boolean publicForumsOnly, int offset, int limit) {
        return jdbc.sql(DIALOGUE + " where " + where(forum, publicForumsOnly)
                        + " order by d.created_at desc, d.id desc limit :limit offset :offset")
                .param("forum", forum == null ? null : forum.value()).param("limit", limit).param("offset", offset)
                .query(DialogueRepository::dialogue).list();
    }

    /** Dialogues in forums the reader may see whose title or purpose holds every word pattern, newest first. */
    public List<Dialogue> findByWords(String[] wordPatterns, boolean publicForumsOnly, int limit) {
        return jdbc.sql(DIALOGUE + " where " + where(null, publicForumsOnly)
                        + " and lower(d.title || ' ' || d.purpose) like all(:words)"
                        + " order by d.created_at desc, d.id desc limit :limit")
                .param("forum", null).param("words", wordPatterns).param("limit", limit)
                .query(DialogueRepository::dialogue).list();
    }

    public int count(@Nullable ForumId forum, boolean publicForumsOnly) {
        return jdbc.sql("select count(*) from dialogue d join forum f on f.id = d.forum_id where "
                        + where(forum, publicForumsOnly))
                .param("forum", forum == null ? null : forum.value()).query(Integer.class).single();
    }

    private static String where(@Nullable ForumId forum, boolean publicForumsOnly) {
        return (forum == null ? "cast(:forum as bigint) is null" : "d.forum_id = :forum")
                + (publicForumsOnly ? " and f.visibility = 'PUBLIC'" : "");
    }

    /** Takes the dialogue's row lock, so that a question and the lock (or a phase change) do not cross. */
    public Dialogue lock(DialogueId id) {
        jdbc.sql("select id from dialogue where id = ? for update").param(id.value()).query(Long.class).single();
        return find(id).orElseThrow();
    }

    public boolean setPhase(DialogueId id, int version, DialoguePhase phase) {
        return jdbc.sql("update dialogue set phase = ?, version = version + 1 where id = ? and version = ?")
                .params(phase.name(), id.value(), version).update() == 1;
    }

    /** Closes the dialogues of these submissions to new input; returns those it closed. */
    public List<DialogueId> lockFor(List<SubmissionId> submissions, String reason) {
        if (submissions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        update dialogue set locked_reason = ?, locked_at = now(), version = version + 1
                        where submission_id = any (?) and locked_at is null returning id""")
                .params(reason, submissions.stream().map(SubmissionId::value).toArray(Long[]::new))
                .query((rs, n) -> DialogueId.of(rs.getLong(1))).list();
    }

    public boolean addParticipant(DialogueId id, OrganisationId organisation, MemberId by) {
        return jdbc.sql("""
                        insert into dialogue_participant (dialogue_id, organisation_id, registered_by) values (?, ?, ?)
                        on conflict do nothing""")
                .params(id.value(), organisation.value(), by.value()).update() == 1;
    }

    public List<Participant> participants(DialogueId id) {
        return jdbc.sql("""
                        select p.organisation_id, o.name, p.registered_at from dialogue_participant p
                        join organisation o on o.id = p.organisation_id where p.dialogue_id = ?
                        order by p.registered_at, p.organisation_id""")
                .param(id.value())
                .query((rs, n) -> new Participant(OrganisationId.of(rs.getLong(1)), rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    public boolean isParticipant(DialogueId id, OrganisationId organisation) {
        return jdbc.sql("select count(*) from dialogue_participant where dialogue_id = ? and organisation_id = ?")
                .params(id.value(), organisation.value()).query(Integer.class).single() > 0;
    }

    /** Replaces the organisation's written input with these answers. */
    public void replaceInput(DialogueId id, OrganisationId organisation, List<DialogueInput> answers, MemberId by) {
        jdbc.sql("delete from dialogue_input where dialogue_id = ? and organisation_id = ?")
                .params(id.value(), organisation.value()).update();
        for (DialogueInput a : answers) {
            jdbc.sql("""
                            insert into dialogue_input (dialogue_id, organisation_id, question_index, answer, confidential,
                                submitted_by)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(id.value(), organisation.value(), a.questionIndex(), a.answer(), a.confidential(), by.value())
                    .update();
        }
    }

    /** When the organisation last saved its written input, if it has. */
    public java.util.Optional<java.time.Instant> inputSavedAt(DialogueId id, OrganisationId organisation) {
        return jdbc.sql("select max(submitted_at) from dialogue_input where dialogue_id = ? and organisation_id = ?")
                .params(id.value(), organisation.value())
                .query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
                .optional();
    }

    /** Written input, of one organisation or (null) of all. */
    public List<DialogueInput> inputs(DialogueId id, @Nullable OrganisationId organisation) {
        return jdbc.sql("""
                        select i.organisation_id, o.name, i.question_index, i.answer, i.confidential, i.submitted_at
                        from dialogue_input i join organisation o on o.id = i.organisation_id
                        where i.dialogue_id = :dialogue and (cast(:organisation as bigint) is null
                                                             or i.organisation_id = :organisation)
                        order by o.name, i.organisation_id, i.question_index""")
                .param("dialogue", id.value()).param("organisation", organisation == null ? null : organisation.value())
                .query((rs, n) -> new DialogueInput(OrganisationId.of(rs.getLong(1)), rs.getString(2), rs.getInt(3),
                        rs.getString(4), rs.getBoolean(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    public long addQuestion(DialogueId id, String text, MemberId by, OrganisationId organisation) {
        return jdbc.sql("""
                        insert into dialogue_question (dialogue_id, asked_by, asker_organisation_id, original_text)
                        values (?, ?, ?, ?) returning id""")
                .params(id.value(), by.value(), organisation.value(), text).query(Long.class).single();
    }

    private static final String QUESTION = """
            select q.id, q.dialogue_id, q.asked_by, q.asker_organisation_id, o.name, q.original_text, q.published_text,
                   q.answer, q.asked_at, q.published_at, q.version
            from dialogue_question q join organisation o on o.id = q.asker_organisation_id
            """;

    public Optional<QuestionRow> question(long id) {
        return jdbc.sql(QUESTION + " where q.id = ?").param(id).query(DialogueRepository::question).optional();
    }

    /** Published ones first, in publishing order, then pending ones in asking order. */
    public List<QuestionRow> questions(DialogueId id) {
        return jdbc.sql(QUESTION + " where q.dialogue_id = ? order by q.published_at nulls last, q.id")
                .param(id.value()).query(DialogueRepository::question).list();
    }

    public boolean publish(long question, int version, String text, String answer, MemberId by) {
        return jdbc.sql("""
                        update dialogue_question set published_text = ?, answer = ?, answered_by = ?, published_at = now(),
                            version = version + 1
                        where id = ? and version = ? and published_at is null""")
                .params(text, answer, by.value(), question, version).update() == 1;
    }

    public long addMeeting(DialogueId id, MeetingDetails m, MemberId by) {
        return jdbc.sql("""
                        insert into dialogue_meeting (dialogue_id, kind, title, starts_at, slot_minutes, capacity, place,
                            online_link, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(Arrays.asList(id.value(), m.kind().name(), m.title(), Timestamp.from(m.startsAt()), m.slotMinutes(),
                        m.capacity(), m.place(), m.onlineLink(), by.value()))
                .query(Long.class).single();
    }

    private static final String MEETING = """
            select m.id, m.dialogue_id, m.kind, m.title, m.starts_at, m.slot_minutes, m.capacity, m.place, m.online_link,
                   m.minutes, m.minutes_published_at,
                   (select count(*) from dialogue_booking b where b.meeting_id = m.id and b.seat is not null),
                   (select count(*) from dialogue_booking b where b.meeting_id = m.id and b.seat is null)
            from dialogue_meeting m
            """;

    public Optional<MeetingRow> meeting(long id) {
        return jdbc.sql(MEETING + " where m.id = ?").param(id).query(DialogueRepository::meeting).optional();
    }

    public List<MeetingRow> meetings(DialogueId id) {
        return jdbc.sql(MEETING + " where m.dialogue_id = ? order by m.starts_at, m.id").param(id.value())
                .query(DialogueRepository::meeting).list();
    }

    /** Serialises bookings of one meeting, so that two never take the same seat. */
    public void lockMeeting(long meeting) {
        jdbc.sql("select id from dialogue_meeting where id = ? for update").param(meeting).query(Long.class).single();
    }

    public List<BookingRow> bookings(long meeting) {
        return jdbc.sql("""
                        select b.organisation_id, o.name, b.seat, b.booked_at from dialogue_booking b
                        join organisation o on o.id = b.organisation_id where b.meeting_id = ?
                        order by b.seat nulls last, b.booked_at, b.organisation_id""")
                .param(meeting)
                .query((rs, n) -> new BookingRow(OrganisationId.of(rs.getLong(1)), rs.getString(2),
                        (Integer) rs.getObject(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    public void book(long meeting, OrganisationId organisation, @Nullable Integer seat, MemberId by) {
        jdbc.sql("insert into dialogue_booking (meeting_id, organisation_id, booked_by, seat) values (?, ?, ?, ?)")
                .params(Arrays.asList(meeting, organisation.value(), by.value(), seat)).update();
    }

    public boolean cancelBooking(long meeting, OrganisationId organisation) {
        return jdbc.sql("delete from dialogue_booking where meeting_id = ? and organisation_id = ?")
                .params(meeting, organisation.value()).update() == 1;
    }

    public void giveSeat(long meeting, OrganisationId organisation, int seat) {
        jdbc.sql("update dialogue_booking set seat = ? where meeting_id = ? and organisation_id = ?")
                .params(seat, meeting, organisation.value()).update();
    }

    public void publishMinutes(long meeting, String minutes) {
        jdbc.sql("update dialogue_meeting set minutes = ?, minutes_published_at = now() where id = ?")
                .params(minutes, meeting).update();
    }

    public void addEvent(DialogueId id, String step, @Nullable String detail, @Nullable MemberId by) {
        jdbc.sql("insert into dialogue_event (dialogue_id, step, detail, by_member) values (?, ?, ?, ?)")
                .params(Arrays.asList(id.value(), step, detail, by == null ? null : by.value())).update();
    }

    public List<DialogueEvent> events(DialogueId id) {
        return jdbc.sql("select step, detail, at from dialogue_event where dialogue_id = ? order by at, id")
                .param(id.value())
                .query((rs, n) -> new DialogueEvent(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    private static Dialogue dialogue(ResultSet rs, int n) throws SQLException {
        return new Dialogue(DialogueId.of(rs.getLong(1)), ForumId.of(rs.getLong(2)), rs.getString(3), rs.getString(4),
                // the need's title is the submission feature's fact: DialogueDisclosure adds it as the reader may see it
                rs.getObject(5) == null ? null : SubmissionId.of(rs.getLong(5)), null, rs.getString(6),
                rs.getString(7), Arrays.asList((String[]) rs.getArray(8).getArray()),
                DialoguePhase.valueOf(rs.getString(9)), rs.getTimestamp(10).toInstant(), rs.getString(11),
                rs.getTimestamp(12) == null ? null : rs.getTimestamp(12).toInstant(), rs.getTimestamp(13).toInstant(),
                rs.getInt(14));
    }

    private static QuestionRow question(ResultSet rs, int n) throws SQLException {
        return new QuestionRow(rs.getLong(1), DialogueId.of(rs.getLong(2)), MemberId.of(rs.getLong(3)),
                OrganisationId.of(rs.getLong(4)), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getTimestamp(9).toInstant(), rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant(),
                rs.getInt(11));
    }

    private static MeetingRow meeting(ResultSet rs, int n) throws SQLException {
        return new MeetingRow(rs.getLong(1), DialogueId.of(rs.getLong(2)), MeetingKind.valueOf(rs.getString(3)),
                rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getInt(6), rs.getInt(7), rs.getString(8),
                rs.getString(9), rs.getString(10),
                rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant(), rs.getInt(12), rs.getInt(13));
    }
}
