package eu.buyzet.portal.dialogue;

import static eu.buyzet.portal.dialogue.DialogueRules.strip;

import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.dialogue.DialogueDisclosure.Reader;
import eu.buyzet.portal.dialogue.internal.DialogueRepository;
import eu.buyzet.portal.dialogue.internal.DialogueRepository.QuestionRow;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions and written input, under equal treatment: a participant asks, and the answer reaches
 * every participant at once without naming who asked; no question after the clarification
 * deadline, and no question or input once the dialogue is locked by a tender notice, whoever calls.
 * A supplier's written input reaches the buyers, never its rivals.
 */
@Service
public class DialogueQuestionService {

    static final int MAX_QUESTION = 4000;
    static final int MAX_ANSWER = 10000;

    private final DialogueRepository dialogues;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final DialogueDisclosure disclosure;
    private final DialogueFacts facts;
    private final DialogueSteps steps;
    private final Clock clock;

    DialogueQuestionService(DialogueRepository dialogues, CurrentUser currentUser, AuditTrail audit,
                            ApplicationEventPublisher events, DialogueDisclosure disclosure, DialogueFacts facts,
                            DialogueSteps steps, Optional<Clock> clock) {
        this.dialogues = dialogues;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.disclosure = disclosure;
        this.facts = facts;
        this.steps = steps;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * A participant asks. Refused after the clarification deadline, once the dialogue is locked,
     * and outside the open and meetings phases, whoever calls.
     */
    @PreAuthorize("hasRole('SUPPLIER')")
    @Transactional
    public DialogueQuestion ask(Dialogue dialogue, String text) {
        PortalUser user = currentUser.require();
        Dialogue d = dialogues.lock(facts.visible(dialogue.id()).id());
        Reader r = facts.reader(d);
        DialogueRules.enforce(DialogueRules.ask(d, r, clock.instant()));
        String q = strip(text);
        if (q.isEmpty()) {
            throw ValidationException.of("question", "validation.required");
        }
        if (q.length() > MAX_QUESTION) {
            throw ValidationException.of("question", "validation.too-long");
        }
        long qid = dialogues.addQuestion(d.id(), q, user.memberId(), user.organisationId());
        audit.record("market-dialogue.question-asked", "dialogue", d.id(), Map.of("question", qid,
                "organisation", user.organisationId().value()));
        return facts.questions(d, r).stream().filter(x -> x.id() == qid).findFirst().orElseThrow();
    }

    /**
     * Publishes a question with its answer to every participant at once. The moderator may
     * rephrase the question (for instance to take out who asked); the original is kept. The
     * question's version is the one the answerer read.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public DialogueQuestion answer(DialogueQuestion question, String publishedText, String answer) {
        QuestionRow q = dialogues.question(question.id())
                .orElseThrow(() -> new NotFoundException("Question " + question.id()));
        Dialogue d = facts.visible(q.dialogueId());
        Reader r = facts.reader(d);
        if (!DialogueRules.answers(r)) {
            throw new AccessDeniedException("Only moderators or the dialogue's agency answer questions in " + d.id());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String text = strip(publishedText);
        String reply = strip(answer);
        if (text.isEmpty()) {
            errors.put("publishedText", "validation.required");
        } else if (text.length() > MAX_QUESTION) {
            errors.put("publishedText", "validation.too-long");
        }
        if (reply.isEmpty()) {
            errors.put("answer", "validation.required");
        } else if (reply.length() > MAX_ANSWER) {
            errors.put("answer", "validation.too-long");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!dialogues.publish(q.id(), question.version(), text, reply, currentUser.require().memberId())) {
            throw new ConcurrentEditException();
        }
        steps.record(d.id(), "answer-published", null, Map.of("question", q.id(),
                "rephrased", !text.equals(q.originalText())));
        events.publishEvent(answerPublished(d));
        return facts.questions(d, r).stream().filter(x -> x.id() == q.id()).findFirst().orElseThrow();
    }

    /**
     * The notice that an answer is out, which the notification feature delivers in-app and by
     * mail: the dialogue's title and link for the participants the policy names, nothing of the
     * question or who asked it.
     */
    @DisclosureChannel("dialogue.answer-notification")
    private DialogueAnswerPublished answerPublished(Dialogue d) {
        return new DialogueAnswerPublished(d.id(), d.title(), disclosure.answerRecipients(dialogues.participants(d.id())));
    }

    /** The current supplier's own written input, as the input form starts from it. */
    @PreAuthorize("hasRole('SUPPLIER')")
    @Transactional(readOnly = true)
    public List<DialogueInput> myInput(Dialogue dialogue) {
        Dialogue d = facts.visible(dialogue.id());
        return dialogues.inputs(d.id(), currentUser.require().organisationId());
    }

    /**
     * A participant's written input: answers by question index (from 0); those in
     * {@code confidential} are for agencies and moderators only. Replaces earlier input: {@code basedOn}
     * is when the input the form showed was saved ({@link DialogueInput#savedAt}), null when it showed
     * none, so that a colleague's answers saved meanwhile are never wiped without a word.
     */
    @PreAuthorize("hasRole('SUPPLIER')")
    @Transactional
    public List<DialogueInput> submitInput(Dialogue dialogue, @Nullable Instant basedOn, Map<Integer, String> answers,
                                           @Nullable Set<Integer> confidential) {
        PortalUser user = currentUser.require();
        Dialogue d = dialogues.lock(facts.visible(dialogue.id()).id());
        Reader r = facts.reader(d);
        DialogueRules.enforce(DialogueRules.giveInput(d, r));
        Map<String, String> errors = new LinkedHashMap<>();
        List<DialogueInput> kept = new ArrayList<>();
        answers.forEach((index, text) -> {
            String a = strip(text);
            if (index == null || index < 0 || index >= d.questions().size()) {
                errors.put("answers", "validation.dialogue.no-such-question");
            } else if (a.length() > MAX_ANSWER) {
                errors.put("answers[" + index + "]", "validation.too-long");
            } else if (!a.isEmpty()) {
                kept.add(new DialogueInput(user.organisationId(), user.organisationName(), index, a,
                        confidential != null && confidential.contains(index), null));
            }
        });
        if (kept.isEmpty() && errors.isEmpty()) {
            errors.put("answers", "validation.dialogue.answer-something");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!java.util.Objects.equals(dialogues.inputSavedAt(d.id(), user.organisationId()).orElse(null), basedOn)) {
            throw new ConcurrentEditException();
        }
        dialogues.replaceInput(d.id(), user.organisationId(), kept, user.memberId());
        audit.record("market-dialogue.input-submitted", "dialogue", d.id(), Map.of("organisation",
                user.organisationId().value(), "answers", kept.size(),
                "confidential", kept.stream().filter(DialogueInput::confidential).count()));
        return facts.inputs(d, r);
    }
}
