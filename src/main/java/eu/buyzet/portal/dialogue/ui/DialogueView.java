package eu.buyzet.portal.dialogue.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadEvent;
import eu.buyzet.portal.dialogue.Dialogue;
import eu.buyzet.portal.dialogue.DialogueAccess;
import eu.buyzet.portal.dialogue.DialogueEvent;
import eu.buyzet.portal.dialogue.DialogueId;
import eu.buyzet.portal.dialogue.DialogueInput;
import eu.buyzet.portal.dialogue.DialogueParticipants;
import eu.buyzet.portal.dialogue.DialoguePhase;
import eu.buyzet.portal.dialogue.DialogueQuestion;
import eu.buyzet.portal.dialogue.DialogueService;
import eu.buyzet.portal.dialogue.Meeting;
import eu.buyzet.portal.dialogue.MeetingDetails;
import eu.buyzet.portal.dialogue.MeetingKind;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.ViewFrame;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One market dialogue: its purpose and questions to the market, the published questions and
 * answers (never naming who asked to other suppliers), meetings with booking and calendar
 * invitations, written input, the timeline, and the report. Each action is checked again by the
 * service.
 */
@Route("dialogues")
@AnonymousAllowed
class DialogueView extends ViewFrame implements HasUrlParameter<Long>, HasDynamicTitle {

    private final DialogueService dialogues;
    private final Div content = new Div();
    private Dialogue dialogue;

    DialogueView(DialogueService dialogues) {
        this.dialogues = dialogues;
        add(content);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        dialogue = dialogues.get(DialogueId.of(id));
        render();
    }

    private void reload() {
        dialogue = dialogues.get(dialogue.id());
        render();
    }

    private void render() {
        Dialogue d = dialogue;
        content.removeAll();
        setHeading(d.title());
        Locale locale = getLocale();
        DialogueAccess access = dialogues.access(d);

        Paragraph facts = new Paragraph(getTranslation(d.phase().messageKey()) + " · "
                + getTranslation("dialogue.deadline-short", DialogueCards.when(d.clarificationDeadline(), locale)));
        facts.setId("dialogue-phase");
        content.add(facts);
        if (d.locked()) {
            Paragraph locked = new Paragraph(getTranslation("dialogue.locked", d.lockedReason()));
            locked.addClassName("notice");
            locked.setId("dialogue-locked");
            content.add(locked);
        }
        if (d.submissionId() != null) {
            content.add(new Paragraph(new Anchor("submissions/" + d.submissionId(),
                    getTranslation("dialogue.for", d.submissionTitle()))));
        }
        content.add(new Paragraph(new Anchor("forums/" + d.forumId(),
                "nb".equals(locale.getLanguage()) ? d.forumTitleNb() : d.forumTitleEn())));
        Paragraph purpose = new Paragraph(d.purpose());
        purpose.addClassName("submission-summary");
        content.add(new H2(getTranslation("dialogue.purpose")), purpose);
        if (!d.questions().isEmpty()) {
            OrderedList asked = new OrderedList();
            d.questions().forEach(q -> asked.add(new ListItem(q)));
            content.add(new H2(getTranslation("dialogue.questions")), asked);
        }

        Div actions = new Div();
        actions.addClassName("view-toolbar");
        actions.setId("dialogue-actions");
        if (access.runs() && d.phase() != DialoguePhase.CLOSED) {
            DialoguePhase next = d.locked() ? DialoguePhase.CLOSED : d.phase().next();
            actions.add(button("advance-phase", getTranslation("dialogue.advance", getTranslation(next.messageKey())),
                    false, () -> act(() -> dialogues.advance(d.id(), d.version()), "dialogue.advanced")));
            actions.add(button("plan-meeting", getTranslation("dialogue.plan-meeting"), false, this::openMeeting));
        }
        if (access.mayRegister()) {
            actions.add(button("register-dialogue", getTranslation("dialogue.register"), true, () -> act(() -> {
                dialogues.register(d.id());
                return d;
            }, "dialogue.registered")));
        }
        if (access.mayAsk()) {
            actions.add(button("ask-question", getTranslation("dialogue.ask"), true, this::openAsk));
        }
        if (access.mayGiveInput()) {
            actions.add(button("give-input", getTranslation("dialogue.input"), false, this::openInput));
        }
        if (actions.getComponentCount() > 0) {
            content.add(actions);
        }
        if (access.participant()) {
            Paragraph registered = new Paragraph(getTranslation("dialogue.you-take-part"));
            registered.setId("dialogue-registered");
            content.add(registered);
        }

        content.add(questionsSection(d, access));
        content.add(meetingsSection(d, locale, access));
        content.add(inputSection(d, access));
        content.add(participantsSection(d, access));
        content.add(timeline(d, locale));
        Anchor report = new Anchor((DownloadEvent event) -> {
            event.setFileName("market-dialogue-" + d.id() + ".pdf");
            event.setContentType("application/pdf");
            byte[] pdf = dialogues.report(d.id());
            try (OutputStream out = event.getOutputStream()) {
                out.write(pdf);
            }
        }, getTranslation("dialogue.report"));
        report.setId("download-report");
        content.add(new Paragraph(report));
    }

    private Section questionsSection(Dialogue d, DialogueAccess access) {
        Section section = new Section(new H2(getTranslation("dialogue.qa")));
        section.addClassName("card");
        section.setId("dialogue-questions");
        List<DialogueQuestion> questions = dialogues.questions(d.id());
        if (questions.isEmpty()) {
            section.add(new Paragraph(getTranslation("dialogue.qa.none")));
        }
        boolean answerer = access.answers();
        for (DialogueQuestion q : questions) {
            Div item = new Div();
            item.addClassName("comment-thread");
            item.setId("question-" + q.id());
            item.add(new H3(q.text()));
            if (q.askerName() != null) {
                Paragraph asker = new Paragraph(getTranslation("dialogue.asked-by", q.askerName()));
                asker.addClassName("helper");
                item.add(asker);
            } else if (q.mine()) {
                Paragraph yours = new Paragraph(getTranslation("dialogue.your-question"));
                yours.addClassName("helper");
                item.add(yours);
            }
            if (q.published()) {
                item.add(new Paragraph(getTranslation("dialogue.answer") + ": " + q.answer()));
                if (q.originalText() != null && !q.originalText().equals(q.text())) {
                    Paragraph original = new Paragraph(getTranslation("dialogue.as-asked", q.originalText()));
                    original.addClassName("helper");
                    item.add(original);
                }
            } else {
                Paragraph pending = new Paragraph(getTranslation("dialogue.pending"));
                pending.addClassName("notice");
                item.add(pending);
                if (answerer) {
                    item.add(button("answer-" + q.id(), getTranslation("dialogue.answer-publish"), true,
                            () -> openAnswer(q)));
                }
            }
            section.add(item);
        }
        return section;
    }

    private Section meetingsSection(Dialogue d, Locale locale, DialogueAccess access) {
        Section section = new Section(new H2(getTranslation("dialogue.meetings")));
        section.addClassName("card");
        section.setId("dialogue-meetings");
        List<Meeting> meetings = dialogues.meetings(d.id());
        if (meetings.isEmpty()) {
            section.add(new Paragraph(getTranslation("dialogue.meetings.none")));
        }
        for (Meeting m : meetings) {
            Div item = new Div();
            item.setId("meeting-" + m.id());
            item.add(new H3(m.title()));
            String kind = m.kind() == MeetingKind.ONE_TO_ONE
                    ? getTranslation("dialogue.one-to-one", m.capacity(), m.slotMinutes())
                    : getTranslation("dialogue.meeting-kind.plenary");
            String where = m.place() != null ? m.place() : m.onlineLink() != null ? m.onlineLink()
                    : getTranslation("dialogue.online-for-participants");
            item.add(new Paragraph(kind + " · " + DialogueCards.when(m.startsAt(), locale) + " · " + where));
            Paragraph seats = new Paragraph(getTranslation("dialogue.seats", m.booked(), m.capacity(), m.waiting()));
            seats.setId("meeting-seats-" + m.id());
            item.add(seats);
            if (m.myBooking()) {
                Paragraph mine = new Paragraph(m.waitingListed() ? getTranslation("dialogue.waiting")
                        : getTranslation("dialogue.booked", DialogueCards.when(m.mySlotStart(), locale)));
                mine.setId("my-booking-" + m.id());
                item.add(mine);
            }
            if (m.minutes() != null) {
                item.add(new Paragraph(getTranslation("dialogue.minutes") + ": " + m.minutes()));
            }
            Div buttons = new Div();
            buttons.addClassName("view-toolbar");
            boolean upcoming = m.startsAt().isAfter(Instant.now());
            if (access.participant() && upcoming && d.phase() != DialoguePhase.CLOSED) {
                buttons.add(m.myBooking()
                        ? button("cancel-booking-" + m.id(), getTranslation("dialogue.cancel-booking"), false,
                        () -> act(() -> dialogues.cancelBooking(m.id()), "dialogue.booking-cancelled"))
                        : button("book-" + m.id(), getTranslation("dialogue.book"), true,
                        () -> act(() -> dialogues.book(m.id()), "dialogue.booking-made")));
            }
            Anchor ics = new Anchor((DownloadEvent event) -> {
                event.setFileName("meeting-" + m.id() + ".ics");
                event.setContentType("text/calendar; charset=UTF-8");
                String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
                String calendar = dialogues.invitation(m.id(), base);
                try (OutputStream out = event.getOutputStream()) {
                    out.write(calendar.getBytes(StandardCharsets.UTF_8));
                }
            }, getTranslation("dialogue.ics"));
            ics.setId("ics-" + m.id());
            buttons.add(ics);
            if (access.runs() && !upcoming) {
                buttons.add(button("minutes-" + m.id(), getTranslation("dialogue.publish-minutes"), false,
                        () -> openMinutes(m)));
            }
            item.add(buttons);
            if (access.seesWhoBooked()) {
                UnorderedList booked = new UnorderedList();
                dialogues.bookings(m.id()).forEach(b -> booked.add(new ListItem(b)));
                item.add(booked);
            }
            section.add(item);
        }
        return section;
    }

    private Section inputSection(Dialogue d, DialogueAccess access) {
        Section section = new Section(new H2(getTranslation("dialogue.inputs")));
        section.addClassName("card");
        section.setId("dialogue-inputs");
        List<DialogueInput> inputs = dialogues.inputs(d.id());
        if (inputs.isEmpty()) {
            section.add(new Paragraph(getTranslation(access.seesAllInput() ? "dialogue.inputs.none"
                    : "dialogue.inputs.private")));
        }
        UnorderedList list = new UnorderedList();
        for (DialogueInput i : inputs) {
            String question = i.questionIndex() < d.questions().size() ? d.questions().get(i.questionIndex()) : "";
            list.add(new ListItem(i.organisationName() + " – " + (i.questionIndex() + 1) + ". " + question + ": "
                    + i.answer() + (i.confidential() ? " (" + getTranslation("dialogue.confidential") + ")" : "")));
        }
        section.add(list);
        return section;
    }

    private Section participantsSection(Dialogue d, DialogueAccess access) {
        Section section = new Section(new H2(getTranslation("dialogue.participants")));
        section.setId("dialogue-participants");
        DialogueParticipants participants = dialogues.participants(d.id());
        if (participants.count() == 0) {
            section.add(new Paragraph(getTranslation("dialogue.participants.none")));
            return section;
        }
        Paragraph count = new Paragraph(getTranslation("dialogue.participants.count", participants.count()));
        count.setId("dialogue-participant-count");
        section.add(count);
        UnorderedList list = new UnorderedList();
        participants.named().forEach(p -> list.add(new ListItem(p.name())));
        if (list.getComponentCount() > 0) {
            section.add(list);
        }
        if (!access.seesParticipantNames()) {
            Paragraph names = new Paragraph(getTranslation("dialogue.participants.names-private"));
            names.addClassName("helper");
            section.add(names);
        }
        return section;
    }

    private Section timeline(Dialogue d, Locale locale) {
        Section section = new Section(new H2(getTranslation("dialogue.timeline")));
        section.setId("dialogue-timeline");
        OrderedList list = new OrderedList();
        for (DialogueEvent e : dialogues.timeline(d.id())) {
            list.add(new ListItem(DialogueCards.when(e.at(), locale) + ": " + getTranslation(e.messageKey())
                    + (e.detail() == null ? "" : " – " + e.detail())));
        }
        section.add(list);
        return section;
    }

    private Button button(String id, String text, boolean primary, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.setId(id);
        if (primary) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return b;
    }

    private void act(Supplier<Object> step, String doneKey) {
        FormSubmit.attempt(this, Map.of(), step).ifPresent(done -> {
            FieldErrors.notifySuccess(this, getTranslation(doneKey));
            reload();
        });
    }

    private void confirm(Dialog dialog, String id, String label, Map<String, ? extends HasValidation> fields,
                         Supplier<Object> step, String doneKey) {
        Button ok = new Button(label, e -> FormSubmit.attempt(dialog, fields, step).ifPresent(done -> {
            dialog.close();
            FieldErrors.notifySuccess(this, getTranslation(doneKey));
            reload();
        }));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId(id);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.setWidth("min(40rem, 100vw)");
        dialog.open();
    }

    private void openAsk() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("dialogue.ask"));
        TextArea question = new TextArea(getTranslation("dialogue.question"));
        question.setHelperText(getTranslation("dialogue.question.help"));
        question.setWidthFull();
        question.setId("question-text");
        question.setManualValidation(true);
        dialog.add(question);
        confirm(dialog, "confirm-ask", getTranslation("dialogue.ask"), Map.of("question", question),
                () -> dialogues.ask(dialogue.id(), question.getValue()), "dialogue.asked");
    }

    private void openAnswer(DialogueQuestion q) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("dialogue.answer-publish"));
        TextArea text = new TextArea(getTranslation("dialogue.published-question"));
        text.setHelperText(getTranslation("dialogue.published-question.help"));
        text.setValue(q.originalText() == null ? q.text() : q.originalText());
        text.setWidthFull();
        text.setId("published-text");
        TextArea answer = new TextArea(getTranslation("dialogue.answer"));
        answer.setWidthFull();
        answer.setId("answer-text");
        text.setManualValidation(true);
        answer.setManualValidation(true);
        dialog.add(text, answer);
        confirm(dialog, "confirm-answer", getTranslation("dialogue.answer-publish"),
                Map.of("publishedText", text, "answer", answer),
                () -> dialogues.answer(q.id(), q.version(), text.getValue(), answer.getValue()), "dialogue.answered");
    }

    private void openInput() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("dialogue.input"));
        Map<Integer, String> existing = new HashMap<>();
        Set<Integer> wasConfidential = new HashSet<>();
        dialogues.inputs(dialogue.id()).forEach(i -> {
            existing.put(i.questionIndex(), i.answer());
            if (i.confidential()) {
                wasConfidential.add(i.questionIndex());
            }
        });
        List<TextArea> answers = new ArrayList<>();
        List<Checkbox> confidential = new ArrayList<>();
        Map<String, HasValidation> fields = new HashMap<>();
        for (int i = 0; i < dialogue.questions().size(); i++) {
            TextArea a = new TextArea((i + 1) + ". " + dialogue.questions().get(i));
            a.setValue(existing.getOrDefault(i, ""));
            a.setWidthFull();
            a.setId("input-" + i);
            a.setManualValidation(true);
            Checkbox c = new Checkbox(getTranslation("dialogue.confidential-check"));
            c.setValue(wasConfidential.contains(i));
            c.setId("input-confidential-" + i);
            answers.add(a);
            confidential.add(c);
            fields.put("answers[" + i + "]", a);
            dialog.add(a, c);
        }
        if (!answers.isEmpty()) {
            fields.put("answers", answers.getFirst());
        }
        confirm(dialog, "confirm-input", getTranslation("action.save"), fields, () -> {
            Map<Integer, String> given = new HashMap<>();
            Set<Integer> secret = new HashSet<>();
            for (int i = 0; i < answers.size(); i++) {
                given.put(i, answers.get(i).getValue());
                if (confidential.get(i).getValue()) {
                    secret.add(i);
                }
            }
            return dialogues.submitInput(dialogue.id(), given, secret);
        }, "dialogue.input-saved");
    }

    private void openMeeting() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("dialogue.plan-meeting"));
        Select<MeetingKind> kind = new Select<>();
        kind.setLabel(getTranslation("dialogue.meeting-kind"));
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(MeetingKind.PLENARY);
        kind.setId("meeting-kind");
        TextField title = new TextField(getTranslation("dialogue.meeting-title"));
        title.setWidthFull();
        title.setId("meeting-title");
        DateTimePicker starts = new DateTimePicker(getTranslation("dialogue.meeting-starts"));
        starts.setValue(LocalDateTime.now(DialogueCards.OSLO).plusWeeks(2).withHour(9).withMinute(0).withSecond(0)
                .withNano(0));
        starts.setId("meeting-starts");
        IntegerField minutes = new IntegerField(getTranslation("dialogue.slot-minutes"));
        minutes.setHelperText(getTranslation("dialogue.slot-minutes.help"));
        minutes.setValue(60);
        minutes.setId("meeting-minutes");
        IntegerField capacity = new IntegerField(getTranslation("dialogue.capacity"));
        capacity.setHelperText(getTranslation("dialogue.capacity.help"));
        capacity.setValue(20);
        capacity.setId("meeting-capacity");
        TextField place = new TextField(getTranslation("dialogue.place"));
        place.setWidthFull();
        place.setId("meeting-place");
        TextField link = new TextField(getTranslation("dialogue.online-link"));
        link.setWidthFull();
        link.setId("meeting-link");
        for (HasValidation f : List.of(kind, title, starts, minutes, capacity, place, link)) {
            f.setManualValidation(true);
        }
        dialog.add(kind, title, starts, minutes, capacity, place, link);
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("kind", kind);
        fields.put("title", title);
        fields.put("startsAt", starts);
        fields.put("slotMinutes", minutes);
        fields.put("capacity", capacity);
        fields.put("place", place);
        fields.put("onlineLink", link);
        confirm(dialog, "confirm-meeting", getTranslation("dialogue.plan-meeting"), fields,
                () -> dialogues.addMeeting(dialogue.id(), new MeetingDetails(kind.getValue(), title.getValue(),
                        starts.getValue() == null ? null : starts.getValue().atZone(DialogueCards.OSLO).toInstant(),
                        minutes.getValue(), capacity.getValue(), place.getValue(), link.getValue())),
                "dialogue.meeting-planned");
    }

    private void openMinutes(Meeting m) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("dialogue.publish-minutes"));
        TextArea text = new TextArea(getTranslation("dialogue.minutes"));
        text.setWidthFull();
        text.setMinHeight("10rem");
        text.setId("minutes-text");
        text.setManualValidation(true);
        dialog.add(text);
        confirm(dialog, "confirm-minutes", getTranslation("dialogue.publish-minutes"), Map.of("minutes", text),
                () -> dialogues.publishMinutes(m.id(), text.getValue()), "dialogue.minutes-published");
    }

    @Override
    public String getPageTitle() {
        return (dialogue == null ? getTranslation("dialogue.heading") : dialogue.title()) + " – "
                + getTranslation("app.name");
    }
}
