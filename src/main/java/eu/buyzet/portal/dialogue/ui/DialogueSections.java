package eu.buyzet.portal.dialogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import eu.buyzet.portal.dialogue.DialogueEvent;
import eu.buyzet.portal.dialogue.DialogueInput;
import eu.buyzet.portal.dialogue.DialoguePage;
import eu.buyzet.portal.dialogue.DialoguePage.QuestionEntry;
import eu.buyzet.portal.dialogue.DialogueParticipants;
import eu.buyzet.portal.dialogue.DialogueQuestion;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** The dialogue page's read-only sections, rendered from its read model as they come. */
final class DialogueSections {

    private final Component page;

    DialogueSections(Component page) {
        this.page = page;
    }

    static Button button(String id, String text, boolean primary, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.setId(id);
        if (primary) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return b;
    }

    Section questions(List<QuestionEntry> questions, Consumer<DialogueQuestion> answer) {
        Section section = new Section(new H2(t("dialogue.qa")));
        section.addClassName("card");
        section.setId("dialogue-questions");
        if (questions.isEmpty()) {
            section.add(new Paragraph(t("dialogue.qa.none")));
        }
        for (QuestionEntry entry : questions) {
            DialogueQuestion q = entry.question();
            Div item = new Div();
            item.addClassName("comment-thread");
            item.setId("question-" + q.id());
            item.add(new H3(q.text()));
            if (q.askerName() != null) {
                item.add(helper(page.getTranslation("dialogue.asked-by", q.askerName())));
            } else if (q.mine()) {
                item.add(helper(t("dialogue.your-question")));
            }
            if (q.published()) {
                item.add(new Paragraph(t("dialogue.answer") + ": " + q.answer()));
                if (q.originalText() != null && !q.originalText().equals(q.text())) {
                    item.add(helper(page.getTranslation("dialogue.as-asked", q.originalText())));
                }
            } else {
                Paragraph pending = new Paragraph(t("dialogue.pending"));
                pending.addClassName("notice");
                item.add(pending);
            }
            if (entry.mayAnswer()) {
                item.add(button("answer-" + q.id(), t("dialogue.answer-publish"), true, () -> answer.accept(q)));
            }
            section.add(item);
        }
        return section;
    }

    Section inputs(DialoguePage p) {
        Section section = new Section(new H2(t("dialogue.inputs")));
        section.addClassName("card");
        section.setId("dialogue-inputs");
        if (p.inputs().isEmpty()) {
            section.add(new Paragraph(t(p.access().seesAllInput() ? "dialogue.inputs.none" : "dialogue.inputs.private")));
        }
        List<String> asked = p.dialogue().questions();
        UnorderedList list = new UnorderedList();
        for (DialogueInput i : p.inputs()) {
            String question = i.questionIndex() < asked.size() ? asked.get(i.questionIndex()) : "";
            list.add(new ListItem(i.organisationName() + " – " + (i.questionIndex() + 1) + ". " + question + ": "
                    + i.answer() + (i.confidential() ? " (" + t("dialogue.confidential") + ")" : "")));
        }
        section.add(list);
        return section;
    }

    Section participants(DialoguePage p) {
        Section section = new Section(new H2(t("dialogue.participants")));
        section.setId("dialogue-participants");
        DialogueParticipants participants = p.participants();
        if (participants.count() == 0) {
            section.add(new Paragraph(t("dialogue.participants.none")));
            return section;
        }
        Paragraph count = new Paragraph(page.getTranslation("dialogue.participants.count", participants.count()));
        count.setId("dialogue-participant-count");
        section.add(count);
        UnorderedList list = new UnorderedList();
        participants.named().forEach(x -> list.add(new ListItem(x.name())));
        if (list.getComponentCount() > 0) {
            section.add(list);
        }
        if (!p.access().seesParticipantNames()) {
            section.add(helper(t("dialogue.participants.names-private")));
        }
        return section;
    }

    Section timeline(List<DialogueEvent> events, Locale locale) {
        Section section = new Section(new H2(t("dialogue.timeline")));
        section.setId("dialogue-timeline");
        OrderedList list = new OrderedList();
        for (DialogueEvent e : events) {
            list.add(new ListItem(DialogueCards.when(e.at(), locale) + ": " + t(e.messageKey())
                    + (e.detail() == null ? "" : " – " + e.detail())));
        }
        section.add(list);
        return section;
    }

    private Paragraph helper(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("helper");
        return p;
    }

    private String t(String key) {
        return page.getTranslation(key);
    }
}
