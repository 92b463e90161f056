package eu.buyzet.portal.dialogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.buyzet.portal.dialogue.Dialogue;
import eu.buyzet.portal.dialogue.DialogueInput;
import eu.buyzet.portal.dialogue.DialogueMeetingService;
import eu.buyzet.portal.dialogue.DialogueQuestion;
import eu.buyzet.portal.dialogue.DialogueQuestionService;
import eu.buyzet.portal.dialogue.Meeting;
import eu.buyzet.portal.dialogue.MeetingDetails;
import eu.buyzet.portal.dialogue.MeetingKind;
import eu.buyzet.portal.shared.ui.DateFields;
import eu.buyzet.portal.shared.ui.DecimalField;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.RequiredFields;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The dialogue page's forms: asking, answering, written input, planning a meeting, minutes. Each
 * hands what was typed to the service, shows its field errors next to the fields, and on success
 * tells the user and lets the page read itself again.
 */
final class DialogueForms {

    private final Component page;
    private final DialogueQuestionService questions;
    private final DialogueMeetingService meetings;
    private final Runnable reload;

    DialogueForms(Component page, DialogueQuestionService questions, DialogueMeetingService meetings,
                  Runnable reload) {
        this.page = page;
        this.questions = questions;
        this.meetings = meetings;
        this.reload = reload;
    }

    void ask(Dialogue dialogue) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("dialogue.ask"));
        TextArea question = new TextArea(t("dialogue.question"));
        question.setHelperText(t("dialogue.question.help"));
        question.setWidthFull();
        question.setId("question-text");
        question.setManualValidation(true);
        RequiredFields.mark(question);
        dialog.add(RequiredFields.legend(page), question);
        confirm(dialog, "confirm-ask", t("dialogue.ask"), Map.of("question", question),
                () -> questions.ask(dialogue, question.getValue()), "dialogue.asked");
    }

    void answer(DialogueQuestion q) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("dialogue.answer-publish"));
        TextArea text = new TextArea(t("dialogue.published-question"));
        text.setHelperText(t("dialogue.published-question.help"));
        text.setValue(q.originalText() == null ? q.text() : q.originalText());
        text.setWidthFull();
        text.setId("published-text");
        TextArea answer = new TextArea(t("dialogue.answer"));
        answer.setWidthFull();
        answer.setId("answer-text");
        text.setManualValidation(true);
        answer.setManualValidation(true);
        RequiredFields.mark(text, answer);
        dialog.add(RequiredFields.legend(page), text, answer);
        confirm(dialog, "confirm-answer", t("dialogue.answer-publish"), Map.of("publishedText", text, "answer", answer),
                () -> questions.answer(q, text.getValue(), answer.getValue()), "dialogue.answered");
    }

    /** The written input form, filled with what the organisation gave before. */
    void input(Dialogue dialogue) {
        List<DialogueInput> given = questions.myInput(dialogue);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("dialogue.input"));
        Map<Integer, String> existing = new HashMap<>();
        Set<Integer> wasConfidential = new HashSet<>();
        given.forEach(i -> {
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
            Checkbox c = new Checkbox(t("dialogue.confidential-check"));
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
        confirm(dialog, "confirm-input", t("action.save"), fields, () -> {
            Map<Integer, String> typed = new HashMap<>();
            Set<Integer> secret = new HashSet<>();
            for (int i = 0; i < answers.size(); i++) {
                typed.put(i, answers.get(i).getValue());
                if (confidential.get(i).getValue()) {
                    secret.add(i);
                }
            }
            return questions.submitInput(dialogue, DialogueInput.savedAt(given), typed, secret);
        }, "dialogue.input-saved");
    }

    void meeting(Dialogue dialogue) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("dialogue.plan-meeting"));
        Select<MeetingKind> kind = new Select<>();
        kind.setLabel(t("dialogue.meeting-kind"));
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> t(k.messageKey()));
        kind.setValue(MeetingKind.PLENARY);
        kind.setId("meeting-kind");
        TextField title = new TextField(t("dialogue.meeting-title"));
        title.setWidthFull();
        title.setId("meeting-title");
        DateTimePicker starts = DateFields.localised(new DateTimePicker(t("dialogue.meeting-starts")));
        starts.setValue(LocalDateTime.now(DialogueCards.OSLO).plusWeeks(2).withHour(9).withMinute(0).withSecond(0)
                .withNano(0));
        starts.setId("meeting-starts");
        DecimalField minutes = DecimalField.wholeNumber(t("dialogue.slot-minutes"));
        minutes.setHelperText(t("dialogue.slot-minutes.help"));
        minutes.setNumber(60);
        minutes.setId("meeting-minutes");
        DecimalField capacity = DecimalField.wholeNumber(t("dialogue.capacity"));
        capacity.setHelperText(t("dialogue.capacity.help"));
        capacity.setNumber(20);
        capacity.setId("meeting-capacity");
        TextField place = new TextField(t("dialogue.place"));
        place.setWidthFull();
        place.setId("meeting-place");
        TextField link = new TextField(t("dialogue.online-link"));
        link.setWidthFull();
        link.setId("meeting-link");
        for (HasValidation f : List.of(kind, title, starts, minutes, capacity, place, link)) {
            f.setManualValidation(true);
        }
        // the start's date-time picker is a group, on which axe allows no aria-required; it starts filled in
        RequiredFields.mark(kind, title);
        dialog.add(RequiredFields.legend(page), kind, title, starts, minutes, capacity, place, link);
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("kind", kind);
        fields.put("title", title);
        fields.put("startsAt", starts);
        fields.put("slotMinutes", minutes);
        fields.put("capacity", capacity);
        fields.put("place", place);
        fields.put("onlineLink", link);
        confirm(dialog, "confirm-meeting", t("dialogue.plan-meeting"), fields,
                () -> meetings.addMeeting(dialogue, new MeetingDetails(kind.getValue(), title.getValue(),
                        starts.getValue() == null ? null : starts.getValue().atZone(DialogueCards.OSLO).toInstant(),
                        minutes.integerValue(), capacity.integerValue(), place.getValue(), link.getValue())),
                "dialogue.meeting-planned");
    }

    void minutes(Meeting m) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("dialogue.publish-minutes"));
        TextArea text = new TextArea(t("dialogue.minutes"));
        text.setWidthFull();
        text.setMinHeight("10rem");
        text.setId("minutes-text");
        text.setManualValidation(true);
        RequiredFields.mark(text);
        dialog.add(RequiredFields.legend(page), text);
        confirm(dialog, "confirm-minutes", t("dialogue.publish-minutes"), Map.of("minutes", text),
                () -> meetings.publishMinutes(m, text.getValue()), "dialogue.minutes-published");
    }

    private void confirm(Dialog dialog, String id, String label, Map<String, ? extends HasValidation> fields,
                         Supplier<Object> step, String doneKey) {
        Button ok = new Button(label, e -> FormSubmit.attempt(dialog, fields, step, reload).ifPresent(done -> {
            dialog.close();
            FieldErrors.notifySuccess(page, t(doneKey));
            reload.run();
        }));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId(id);
        dialog.getFooter().add(new Button(t("action.cancel"), e -> dialog.close()), ok);
        dialog.setWidth("min(40rem, 100vw)");
        dialog.open();
    }

    private String t(String key) {
        return page.getTranslation(key);
    }
}
