package eu.buyzet.portal.dialogue.api;

import eu.buyzet.portal.dialogue.Dialogue;
import eu.buyzet.portal.dialogue.DialogueId;
import eu.buyzet.portal.dialogue.DialogueQuestion;
import eu.buyzet.portal.dialogue.DialogueService;
import eu.buyzet.portal.dialogue.Meeting;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.api.ApiPage;
import eu.buyzet.portal.shared.api.InvalidParameterException;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open read API for market dialogues of public forums. It publishes what the public may see
 * ({@code DialogueDisclosure}), whoever calls: no asker, no written input, no participant names,
 * no online meeting links, no minutes.
 */
@RestController
@RequestMapping(path = "/api/v1/dialogues", produces = "application/json")
@Tag(name = "Market dialogues", description = "Market dialogues of public forums and their published questions and answers")
class DialogueApi {

    private final DialogueService dialogues;

    DialogueApi(DialogueService dialogues) {
        this.dialogues = dialogues;
    }

    @Schema(name = "Dialogue")
    record DialogueJson(long id, long forumId, @Nullable Long submissionId, String title, String purpose,
                        List<String> questions,
                        @Schema(allowableValues = {"ANNOUNCED", "OPEN", "MEETINGS", "CLOSED"}) String phase,
                        Instant clarificationDeadline,
                        @Schema(description = "Why it closed to new input by itself, e.g. the tender notice")
                        @Nullable String lockedReason, @Nullable Instant lockedAt, Instant createdAt,
                        @Schema(description = "In GET /{id} only") @Nullable List<MeetingJson> meetings) {
        static DialogueJson of(Dialogue d, @Nullable List<MeetingJson> meetings) {
            return new DialogueJson(d.id().value(), d.forumId().value(),
                    d.submissionId() == null ? null : d.submissionId().value(), d.title(), d.purpose(), d.questions(),
                    d.phase().name(), d.clarificationDeadline(), d.lockedReason(), d.lockedAt(), d.createdAt(), meetings);
        }
    }

    @Schema(name = "DialogueMeeting")
    record MeetingJson(long id, @Schema(allowableValues = {"PLENARY", "ONE_TO_ONE"}) String kind, String title,
                       Instant startsAt, Instant endsAt, int slotMinutes, int capacity, int booked, int waiting,
                       @Nullable String place,
                       @Schema(description = "Always null here: the link is given to participants on the portal")
                       @Nullable String onlineLink,
                       @Schema(description = "Always null here: minutes are for participants and the buyers")
                       @Nullable String minutes) {
        static MeetingJson of(Meeting m) {
            return new MeetingJson(m.id(), m.kind().name(), m.title(), m.startsAt(), m.endsAt(), m.slotMinutes(),
                    m.capacity(), m.booked(), m.waiting(), m.place(), m.onlineLink(), m.minutes());
        }
    }

    @Schema(name = "DialogueQuestion", description = "A published question and its answer; who asked is never published")
    record QuestionJson(long id, String question, @Nullable String answer, @Nullable Instant publishedAt) {
    }

    @GetMapping
    @DisclosureChannel("dialogue.api-list")
    @Operation(summary = "List market dialogues of public forums, newest first")
    ApiPage<DialogueJson> list(@Parameter(description = "Zero-based page") @RequestParam(defaultValue = "0") int page,
                               @Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "20") int size) {
        InvalidParameterException.checkPaging(page, size);
        return ApiPage.of(dialogues.listPublic(new PageRequest(page * size, size)).stream()
                .map(d -> DialogueJson.of(d, null)).toList(), page, size, dialogues.countPublic());
    }

    @GetMapping("/{id}")
    @DisclosureChannel("dialogue.api-dialogue")
    @Operation(summary = "One market dialogue of a public forum, with its meetings")
    DialogueJson get(@PathVariable long id) {
        Dialogue d = find(id);
        return DialogueJson.of(d, dialogues.publicMeetings(d).stream().map(MeetingJson::of).toList());
    }

    @GetMapping("/{id}/questions")
    @DisclosureChannel("dialogue.api-questions")
    @Operation(summary = "The published questions and answers of a market dialogue, in publishing order")
    List<QuestionJson> questions(@PathVariable long id) {
        Dialogue d = find(id);
        return dialogues.publishedQuestions(d).stream()
                .map((DialogueQuestion q) -> new QuestionJson(q.id(), q.text(), q.answer(), q.publishedAt())).toList();
    }

    private Dialogue find(long id) {
        return dialogues.findPublic(DialogueId.of(id)).orElseThrow(() -> new NotFoundException("Dialogue " + id));
    }
}
