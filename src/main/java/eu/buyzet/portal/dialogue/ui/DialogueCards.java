package eu.buyzet.portal.dialogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import eu.buyzet.portal.dialogue.Dialogue;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** A dialogue in a list: its title, phase and clarification deadline. */
final class DialogueCards {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private DialogueCards() {
    }

    static Component of(Dialogue d, Component context) {
        Div card = new Div();
        card.addClassName("submission-card");
        Anchor title = new Anchor("dialogues/" + d.id(), d.title());
        title.addClassName("submission-link");
        Locale locale = context.getUI().map(ui -> ui.getLocale()).orElse(Locale.ENGLISH);
        String facts = context.getTranslation(d.phase().messageKey()) + " · "
                + context.getTranslation("dialogue.deadline-short", when(d.clarificationDeadline(), locale))
                + (d.locked() ? " · " + context.getTranslation("dialogue.locked-short") : "");
        Span meta = new Span(facts);
        meta.addClassName("submission-card-meta");
        card.add(title, meta);
        return card;
    }

    static String when(java.time.Instant at, Locale locale) {
        return at.atZone(OSLO).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale));
    }
}
