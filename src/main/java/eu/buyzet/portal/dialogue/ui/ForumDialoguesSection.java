package eu.buyzet.portal.dialogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.buyzet.portal.dialogue.DialogueDetails;
import eu.buyzet.portal.dialogue.DialoguePhaseService;
import eu.buyzet.portal.dialogue.DialogueService;
import eu.buyzet.portal.forum.Forum;
import eu.buyzet.portal.forum.ForumPageSection;
import eu.buyzet.portal.search.SearchQuery;
import eu.buyzet.portal.search.SearchService;
import eu.buyzet.portal.search.SubmissionHit;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ui.DateFields;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.RequiredFields;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionKind;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** On a forum's page: its market dialogues, and for its moderators the way to open one. */
@org.springframework.stereotype.Component
class ForumDialoguesSection implements ForumPageSection {

    private final DialogueService dialogues;
    private final DialoguePhaseService phases;
    private final SearchService search;

    ForumDialoguesSection(DialogueService dialogues, DialoguePhaseService phases, SearchService search) {
        this.dialogues = dialogues;
        this.phases = phases;
        this.search = search;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Component create(Forum forum) {
        Section section = new Section();
        section.add(new H2(section.getTranslation("dialogue.heading")));
        section.setId("forum-dialogues");
        UnorderedList list = new UnorderedList();
        dialogues.list(forum.id(), new PageRequest(0, 20))
                .forEach(d -> list.add(new ListItem(DialogueCards.of(d, section))));
        if (list.getComponentCount() == 0) {
            section.add(new Paragraph(section.getTranslation("dialogue.none")));
        } else {
            section.add(list);
        }
        if (phases.mayOpenIn(forum)) {
            Button open = new Button(section.getTranslation("dialogue.create"), e -> openCreate(section, forum));
            open.setId("create-dialogue");
            section.add(open);
        }
        return section;
    }

    private void openCreate(Section section, Forum forum) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(section.getTranslation("dialogue.create"));
        TextField title = new TextField(section.getTranslation("dialogue.title"));
        title.setWidthFull();
        title.setId("dialogue-title");
        TextArea purpose = new TextArea(section.getTranslation("dialogue.purpose"));
        purpose.setWidthFull();
        purpose.setId("dialogue-purpose");
        TextArea questions = new TextArea(section.getTranslation("dialogue.questions"));
        questions.setHelperText(section.getTranslation("dialogue.questions.help"));
        questions.setWidthFull();
        questions.setId("dialogue-questions");
        DateTimePicker deadline = DateFields.localised(new DateTimePicker(section.getTranslation("dialogue.deadline")));
        deadline.setValue(LocalDateTime.now(DialogueCards.OSLO).plusWeeks(3).withHour(12).withMinute(0)
                .withSecond(0).withNano(0));
        deadline.setId("dialogue-deadline");
        ComboBox<Submission> need = new ComboBox<>(section.getTranslation("dialogue.for-need"));
        need.setItems(Stream.concat(published(forum, SubmissionKind.NEED), published(forum, SubmissionKind.PROPOSAL))
                .toList());
        need.setItemLabelGenerator(s -> section.getTranslation(s.kind().messageKey()) + ": " + s.title());
        need.setClearButtonVisible(true);
        need.setWidthFull();
        need.setId("dialogue-need");
        for (HasValidation f : List.of(title, purpose, questions, deadline, need)) {
            f.setManualValidation(true);
        }
        // the date-time picker is a group, on which axe allows no aria-required: it starts filled in instead
        RequiredFields.mark(title, purpose);
        dialog.add(RequiredFields.legend(section), title, purpose, questions, deadline, need);
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("purpose", purpose);
        fields.put("questions", questions);
        fields.put("clarificationDeadline", deadline);
        fields.put("submissionId", need);
        Button create = new Button(section.getTranslation("dialogue.create"), e -> FormSubmit.attempt(dialog, fields,
                () -> phases.create(new DialogueDetails(forum.id(), need.getValue() == null ? null : need.getValue().id(),
                        title.getValue(), purpose.getValue(), Arrays.asList(questions.getValue().split("\\R")),
                        deadline.getValue() == null ? null
                                : deadline.getValue().atZone(DialogueCards.OSLO).toInstant())))
                .ifPresent(d -> {
                    dialog.close();
                    section.getUI().ifPresent(ui -> ui.navigate("dialogues/" + d.id()));
                }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("confirm-create-dialogue");
        dialog.getFooter().add(new Button(section.getTranslation("action.cancel"), e -> dialog.close()), create);
        dialog.setWidth("min(44rem, 100vw)");
        dialog.open();
    }

    private Stream<Submission> published(Forum forum, SubmissionKind kind) {
        return search.list(SearchQuery.inForum(forum.id()).withKind(kind), new PageRequest(0, 200)).stream()
                .map(SubmissionHit::submission);
    }
}
