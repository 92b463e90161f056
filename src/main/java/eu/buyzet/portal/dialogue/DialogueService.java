package eu.buyzet.portal.dialogue;

import eu.buyzet.portal.dialogue.DialogueDisclosure.Reader;
import eu.buyzet.portal.dialogue.internal.DialogueRepository;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.SqlText;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Market dialogues, run by a forum's moderators under equal treatment: every supplier gets the
 * same answers at the same time without learning who asked; a supplier's input reaches the buyers,
 * never its rivals. This service finds and lists dialogues and gives the open API what the public
 * sees; {@link DialoguePageService} reads a dialogue's page, {@link DialoguePhaseService} opens and
 * runs it, {@link DialogueQuestionService} takes questions and written input,
 * {@link DialogueMeetingService} the meetings, {@link DialogueExportService} the report and
 * invitations. What each reader sees is decided by {@link DialogueDisclosure}.
 */
@Service
public class DialogueService {

    private final DialogueRepository dialogues;
    private final CurrentUser currentUser;
    private final DialogueDisclosure disclosure;
    private final DialogueFacts facts;

    DialogueService(DialogueRepository dialogues, CurrentUser currentUser, DialogueDisclosure disclosure,
                    DialogueFacts facts) {
        this.dialogues = dialogues;
        this.currentUser = currentUser;
        this.disclosure = disclosure;
        this.facts = facts;
    }

    /** How the current user may bring a dialogue about: by the role that opens them or asks for them. */
    public DialogueStart howToStart() {
        return currentUser.get().map(u -> u.has(Role.MODERATOR) || u.has(Role.ADMIN)
                ? DialogueStart.OPEN_IN_A_FORUM_YOU_MODERATE
                : u.has(Role.AGENCY) ? DialogueStart.ASK_THE_MODERATORS : DialogueStart.FOLLOW_A_FORUM)
                .orElse(DialogueStart.FOLLOW_A_FORUM);
    }

    /** The dialogue, if the reader may see its forum; otherwise it does not exist for them. */
    @DisclosureChannel("dialogue.details")
    @Transactional(readOnly = true)
    public Dialogue get(DialogueId id) {
        return facts.visible(id);
    }

    /** Dialogues the reader may see, newest first; of one forum when it is given. */
    @DisclosureChannel("dialogue.list")
    @Transactional(readOnly = true)
    public List<Dialogue> list(@Nullable ForumId forum, PageRequest page) {
        return dialogues.list(forum, currentUser.get().isEmpty(), page.offset(), page.limit());
    }

    /**
     * Dialogues the reader may see (as {@link #list}) whose title or purpose holds every word of
     * {@code text}, newest first: what the search page shows of dialogues.
     */
    @DisclosureChannel("dialogue.search")
    @Transactional(readOnly = true)
    public List<Dialogue> find(String text, int limit) {
        String[] words = SqlText.wordPatterns(text);
        return words.length == 0 ? List.of() : dialogues.findByWords(words, currentUser.get().isEmpty(), limit);
    }

    @Transactional(readOnly = true)
    public int count(@Nullable ForumId forum) {
        return dialogues.count(forum, currentUser.get().isEmpty());
    }

    /** Dialogues of public forums, whoever asks: what the open API publishes. */
    @Transactional(readOnly = true)
    public List<Dialogue> listPublic(PageRequest page) {
        return dialogues.list(null, true, page.offset(), page.limit());
    }

    @Transactional(readOnly = true)
    public int countPublic() {
        return dialogues.count(null, true);
    }

    /** The dialogue if it is in a public forum, whoever asks: what the open API publishes. */
    @Transactional(readOnly = true)
    public Optional<Dialogue> findPublic(DialogueId id) {
        return dialogues.find(id).filter(disclosure::publishes);
    }

    /**
     * Published questions and answers of a dialogue of a public forum as the public sees them,
     * whoever asks: no asker, no original wording. What the open API publishes.
     */
    @DisclosureChannel("dialogue.published-questions")
    @Transactional(readOnly = true)
    public List<DialogueQuestion> publishedQuestions(Dialogue dialogue) {
        return facts.questions(published(dialogue), Reader.PUBLIC);
    }

    /** Meetings as the public sees them, whoever asks: no online link, no minutes. What the open API publishes. */
    @DisclosureChannel("dialogue.public-meetings")
    @Transactional(readOnly = true)
    public List<Meeting> publicMeetings(Dialogue dialogue) {
        return facts.meetings(published(dialogue), Reader.PUBLIC);
    }

    private Dialogue published(Dialogue dialogue) {
        return findPublic(dialogue.id()).orElseThrow(() -> new NotFoundException("Dialogue " + dialogue.id()));
    }
}
