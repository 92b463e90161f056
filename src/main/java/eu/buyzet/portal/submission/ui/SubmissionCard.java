package eu.buyzet.portal.submission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionStatus;

/**
 * One submission in a list, as a card in a single grid column: title link, kind, organisation,
 * date (and status) wrap to the screen's width, so lists read on a phone without
 * scrolling sideways.
 */
final class SubmissionCard {

    private SubmissionCard() {
    }

    static Div of(Submission s, Component context, boolean withStatus) {
        Div card = new Div();
        card.addClassName("submission-card");
        Anchor title = new Anchor("submissions/" + s.id(), s.title());
        title.addClassName("submission-link");
        StringBuilder facts = new StringBuilder(context.getTranslation(s.kind().messageKey()))
                .append(" · ").append(s.organisationName());
        if (s.publishedAt() != null) {
            facts.append(" · ").append(SubmissionTexts.date(s.publishedAt(), com.vaadin.flow.component.UI.getCurrent().getLocale()));
        }
        if (withStatus) {
            facts.append(" · ").append(context.getTranslation(s.status().messageKey()));
            if (s.hidden()) {
                facts.append(" · ").append(context.getTranslation("submission.hidden-short"));
            }
        } else if (s.status() != SubmissionStatus.PUBLISHED) {
            facts.append(" · ").append(context.getTranslation(s.status().messageKey()));
        }
        Span meta = new Span(facts.toString());
        meta.addClassName("submission-card-meta");
        card.add(title, meta);
        return card;
    }
}
