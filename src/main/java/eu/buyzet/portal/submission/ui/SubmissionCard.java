package eu.buyzet.portal.submission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionHit;
import eu.buyzet.portal.submission.SubmissionStatus;

/**
 * One submission in a list, as a card in a single grid column: title link, kind, organisation,
 * date and the search snippet wrap to the screen's width, so lists read on a phone without
 * scrolling sideways.
 */
final class SubmissionCard {

    private SubmissionCard() {
    }

    static Component of(SubmissionHit hit, Component context) {
        Div card = of(hit.submission(), context, false);
        if (hit.co2eWtwKg() != null) {
            java.text.NumberFormat format = java.text.NumberFormat.getIntegerInstance(
                    com.vaadin.flow.component.UI.getCurrent().getLocale());
            Span footprint = new Span(context.getTranslation("search.card-footprint", format.format(hit.co2eWtwKg())));
            footprint.addClassName("submission-card-meta");
            footprint.addClassName("submission-card-footprint");
            card.add(footprint);
        }
        card.add(new Div(SubmissionTexts.snippet(hit)));
        return card;
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
