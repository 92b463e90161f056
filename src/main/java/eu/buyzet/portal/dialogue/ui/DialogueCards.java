package eu.buyzet.portal.dialogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import eu.buyzet.portal.dialogue.Dialogue;
import eu.buyzet.portal.dialogue.PhaseStep;
import eu.buyzet.portal.dialogue.QuestionWindow;
import eu.buyzet.portal.shared.ui.ReaderFormats;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A dialogue in a list: its title, phase and whether it takes questions; and the phase stepper. */
final class DialogueCards {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private DialogueCards() {
    }

    static Component of(Dialogue d, Component context) {
        Div card = new Div();
        card.addClassName("submission-card");
        Anchor title = new Anchor("dialogues/" + d.id(), d.title());
        title.addClassName("submission-link");
        // the component may not be attached yet (a section being built): its locale then comes from the current UI
        Locale locale = ReaderFormats.of(context).locale();
        String facts = context.getTranslation(d.phase().messageKey()) + " · "
                + window(d.questionWindow(Instant.now()), context, locale);
        Span meta = new Span(facts);
        meta.addClassName("submission-card-meta");
        card.add(title, meta);
        return card;
    }

    /** Whether and until when questions are taken, in words; no deadline once it no longer holds. */
    static String window(QuestionWindow window, Component context, Locale locale) {
        Instant at = window.at();
        return at == null ? context.getTranslation(window.state().messageKey())
                : context.getTranslation(window.state().messageKey(), when(at, locale));
    }

    /**
     * The phases in order as a list, the current one marked for assistive technology
     * (aria-current="step"), each with when it began or what lies ahead in it.
     */
    static Component stepper(List<PhaseStep> steps, Component context, Locale locale) {
        OrderedList list = new OrderedList();
        list.addClassName("phase-stepper");
        list.setId("dialogue-phases");
        list.getElement().setAttribute("aria-label", context.getTranslation("dialogue.phases"));
        for (PhaseStep step : steps) {
            ListItem item = new ListItem();
            item.addClassName("phase-step");
            item.addClassName("phase-step-" + step.state().name().toLowerCase(Locale.ROOT));
            item.setId("phase-" + step.phase().name().toLowerCase(Locale.ROOT));
            if (step.current()) {
                item.getElement().setAttribute("aria-current", "step");
            }
            Span name = new Span(context.getTranslation(step.phase().messageKey()));
            name.addClassName("phase-name");
            item.add(name);
            List<String> dates = new ArrayList<>();
            Instant started = step.startedAt();
            dates.add(started == null ? context.getTranslation(step.state().messageKey())
                    : context.getTranslation(step.state().messageKey() + ".since", when(started, locale)));
            Instant until = step.questionsUntil();
            if (until != null) {
                dates.add(context.getTranslation("dialogue.step.questions-until", when(until, locale)));
            }
            Instant meeting = step.firstMeeting();
            if (meeting != null) {
                dates.add(context.getTranslation("dialogue.step.next-meeting", when(meeting, locale)));
            }
            for (String date : dates) {
                Span line = new Span(date);
                line.addClassName("phase-date");
                item.add(line);
            }
            list.add(item);
        }
        return list;
    }

    static String when(Instant at, Locale locale) {
        return at.atZone(OSLO).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale));
    }
}
