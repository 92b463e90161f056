package eu.buyzet.portal.dialogue;

import eu.buyzet.portal.dialogue.internal.DialogueRepository;
import eu.buyzet.portal.dialogue.internal.DialogueRepository.BookingRow;
import eu.buyzet.portal.dialogue.internal.DialogueRepository.MeetingRow;
import eu.buyzet.portal.dialogue.internal.DialogueRepository.QuestionRow;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionService;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may see which fact of a market dialogue: decided here once, and asked by every channel
 * (the page's read models, the PDF report, the calendar invitation, the open API, the answer
 * notification). Market dialogues run under equal treatment and confidentiality (directive
 * 2014/24/EU art. 18, 21, 40): a supplier's input and questions reach the buyers, never its rivals.
 *
 * <p>Readers, by their relation to the dialogue:
 * <ul>
 *   <li><b>moderator</b>: a moderator of the dialogue's forum, or an admin (they run it);</li>
 *   <li><b>the dialogue's agency</b>: an agency member of the organisation whose need or
 *       joint-purchase proposal the dialogue serves; for a dialogue that serves none (a forum-wide
 *       dialogue), every agency;</li>
 *   <li><b>insider</b>: a moderator or the dialogue's agency;</li>
 *   <li><b>participant</b>: a member of a supplier organisation that registered;</li>
 *   <li><b>own organisation</b>: a supplier member reading what its own organisation gave;</li>
 *   <li>everyone else who may see the forum: anonymous visitors, suppliers that do not take part,
 *       other agencies, moderators of other forums.</li>
 * </ul>
 *
 * <table>
 *   <caption>Fact → who sees it (on every channel; the open API and the answer notification
 *   always read as "everyone else", whoever calls)</caption>
 *   <tr><th>fact</th><th>who sees it</th></tr>
 *   <tr><td>the dialogue (title, purpose, questions to the market, phase, deadline, lock and its
 *       reason)</td><td>everyone who may see the forum (the open API: public forums only)</td></tr>
 *   <tr><td>the title of the need or joint-purchase proposal the dialogue serves (page, report)</td><td>as
 *       the submission feature's own rule lets the reader see that submission: not while it is hidden
 *       by a moderator, withdrawn or a draft, except for those who see it then (its owner, moderators);
 *       the open API gives its id only</td></tr>
 *   <tr><td>a published question (as published) and its answer</td><td>everyone who may see the dialogue</td></tr>
 *   <tr><td>an unpublished question</td><td>insiders and the asking organisation</td></tr>
 *   <tr><td>who asked (organisation)</td><td>insiders only; the asking organisation sees "yours";
 *       never another supplier, never a public channel (open API, public report, notification)</td></tr>
 *   <tr><td>the wording as asked, before rephrasing, and when it was asked</td><td>insiders and the
 *       asking organisation</td></tr>
 *   <tr><td>written input, its confidential parts included</td><td>insiders (all of it, confidential
 *       parts marked) and the organisation that gave it (its own); no one else, on no channel</td></tr>
 *   <tr><td>who takes part (names)</td><td>insiders; a participant sees its own organisation; the
 *       number of participants is seen by everyone who may see the dialogue</td></tr>
 *   <tr><td>a timeline entry</td><td>everyone who may see the dialogue; its detail only for the
 *       steps whose detail is public (announced: the title; meeting planned and minutes published:
 *       the meeting's title; locked: the tender notice), otherwise (a registering supplier's name)
 *       for insiders only</td></tr>
 *   <tr><td>a meeting: kind, title, time, place, places taken and waiting</td><td>everyone who may
 *       see the dialogue</td></tr>
 *   <tr><td>a meeting's online link</td><td>participants and insiders</td></tr>
 *   <tr><td>minutes</td><td>participants and insiders</td></tr>
 *   <tr><td>who booked a meeting, who waits</td><td>insiders only</td></tr>
 *   <tr><td>the reader's own booking, slot or waiting place</td><td>that supplier organisation only</td></tr>
 *   <tr><td>report version</td><td>insiders: the agencies' version; participants: the participants'
 *       version; everyone else: the public version. Each holds exactly the facts above for its reader.</td></tr>
 *   <tr><td>"an answer is published" notice (in-app and mail)</td><td>members of participating
 *       organisations; it carries the dialogue's title and link, nothing of the question or asker</td></tr>
 *   <tr><td>personal data export</td><td>the member's own questions (both wordings, the answer),
 *       the input, registrations and bookings they made; nothing of anyone else</td></tr>
 * </table>
 */
@Component
public class DialogueDisclosure {

    /** Timeline steps whose detail is public: titles the page shows anyway, and the tender notice. */
    private static final Set<String> PUBLIC_DETAIL = Set.of("announced", "meeting-planned", "minutes-published",
            "locked");

    private final CurrentUser currentUser;
    private final ForumService forums;
    private final SubmissionService submissions;
    private final DialogueRepository dialogues;

    DialogueDisclosure(CurrentUser currentUser, ForumService forums, SubmissionService submissions,
                       DialogueRepository dialogues) {
        this.currentUser = currentUser;
        this.forums = forums;
        this.submissions = submissions;
        this.dialogues = dialogues;
    }

    /** How the dialogue's agency is related to a reader. */
    enum Agency {
        /** Not the dialogue's agency. */
        NONE,
        /** A member of the agency whose need or proposal the dialogue serves: it may also answer. */
        OWNER,
        /** An agency, and the dialogue serves no need or proposal: every agency is a buyer in the forum. */
        FORUM
    }

    /** The report's versions, each for one kind of reader. */
    enum ReportVersion {
        AGENCIES, PARTICIPANTS, PUBLIC
    }

    /**
     * How a reader stands to one dialogue.
     *
     * @param organisation the reader's organisation; null when not signed in
     * @param supplier a supplier member (its organisation's input, questions and bookings are its own)
     */
    record Reader(@Nullable OrganisationId organisation, boolean supplier, boolean participant, Agency agency,
                  boolean moderator) {

        /** Not signed in, or a public channel that answers the same whoever asks. */
        static final Reader PUBLIC = new Reader(null, false, false, Agency.NONE, false);

        boolean insider() {
            return moderator || agency != Agency.NONE;
        }

        boolean own(OrganisationId org) {
            return supplier && organisation != null && organisation.equals(org);
        }
    }

    // ---- who reads ------------------------------------------------------------------------------

    /** Whether the signed-in reader (or the public) may see the dialogue at all: whether they see its forum. */
    boolean seesDialogue(Dialogue d) {
        return forums.find(d.forumId()).isPresent();
    }

    /**
     * The dialogue with the title of the need or proposal it serves, if the reader may see that
     * submission: the submission feature decides, so a hidden need's title does not come back here.
     */
    Dialogue withNeed(Dialogue d) {
        return d.submissionId() == null ? d
                : d.withSubmissionTitle(submissions.find(d.submissionId()).map(Submission::title).orElse(null));
    }

    /** Whether the dialogue is in a public forum, so that the open API may publish it. */
    boolean publishes(Dialogue d) {
        return forums.isPublic(d.forumId());
    }

    /** The current reader's relation to a dialogue they may see. */
    Reader reader(Dialogue d) {
        Optional<PortalUser> user = currentUser.get();
        if (user.isEmpty()) {
            return Reader.PUBLIC;
        }
        PortalUser u = user.get();
        boolean moderator = forums.find(d.forumId()).map(forums::canManage).orElse(false);
        boolean supplier = u.has(Role.SUPPLIER);
        boolean participant = supplier && dialogues.isParticipant(d.id(), u.organisationId());
        Agency agency = Agency.NONE;
        if (u.has(Role.AGENCY)) {
            if (d.submissionId() == null) {
                agency = Agency.FORUM;
            } else if (submissions.find(d.submissionId()).map(Submission::organisationId)
                    .filter(u.organisationId()::equals).isPresent()) {
                // the owning agency always sees its own need or proposal, whatever its state
                agency = Agency.OWNER;
            }
        }
        return new Reader(u.organisationId(), supplier, participant, agency, moderator);
    }

    // ---- the facts --------------------------------------------------------------------------------

    /** A question as the reader may see it, or nothing when they may not see it at all. */
    Optional<DialogueQuestion> question(Reader r, QuestionRow q) {
        boolean mine = r.own(q.askerOrganisation());
        boolean published = q.publishedAt() != null;
        if (!published && !r.insider() && !mine) {
            return Optional.empty();
        }
        boolean asked = r.insider() || mine;
        return Optional.of(new DialogueQuestion(q.id(),
                published ? Objects.requireNonNull(q.publishedText(), "published with its text") : q.originalText(),
                asked ? q.originalText() : null, q.answer(), r.insider() ? q.askerName() : null, mine,
                asked ? q.askedAt() : null, q.publishedAt(), q.version()));
    }

    /** Written input, confidential or not: the buyers see all of it, a supplier its own. */
    boolean seesInput(Reader r, DialogueInput input) {
        return r.insider() || r.own(input.organisationId());
    }

    /** The participants the reader may name: all for insiders, its own organisation for a participant. */
    List<Participant> participants(Reader r, List<Participant> all) {
        if (r.insider()) {
            return all;
        }
        return all.stream().filter(p -> r.own(p.organisationId())).toList();
    }

    boolean seesParticipantNames(Reader r) {
        return r.insider();
    }

    boolean seesWhoBooked(Reader r) {
        return r.insider();
    }

    /** A meeting as the reader may see it; {@code bookings} are the meeting's, to find the reader's own. */
    Meeting meeting(Reader r, MeetingRow m, List<BookingRow> bookings) {
        Optional<BookingRow> mine = r.supplier()
                ? bookings.stream().filter(b -> r.own(b.organisationId())).findFirst() : Optional.empty();
        boolean takesPart = r.participant() || r.insider();
        return new Meeting(m.id(), m.dialogueId(), m.kind(), m.title(), m.startsAt(), m.slotMinutes(), m.capacity(),
                m.place(), takesPart ? m.onlineLink() : null, takesPart ? m.minutes() : null,
                takesPart ? m.minutesPublishedAt() : null, m.booked(), m.waiting(), mine.isPresent(),
                mine.map(BookingRow::seat).orElse(null));
    }

    /** A timeline entry: every step for everyone, a detail that could name a supplier for insiders only. */
    DialogueEvent event(Reader r, DialogueEvent e) {
        return r.insider() || PUBLIC_DETAIL.contains(e.step()) ? e : new DialogueEvent(e.step(), null, e.at());
    }

    ReportVersion reportVersion(Reader r) {
        return r.insider() ? ReportVersion.AGENCIES : r.participant() ? ReportVersion.PARTICIPANTS : ReportVersion.PUBLIC;
    }

    /** Who hears that an answer is published: every participating organisation, at once. */
    List<OrganisationId> answerRecipients(List<Participant> participants) {
        return participants.stream().map(Participant::organisationId).toList();
    }
}
