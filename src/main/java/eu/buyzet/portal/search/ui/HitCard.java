package eu.buyzet.portal.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import eu.buyzet.portal.search.SubmissionHit;
import eu.buyzet.portal.shared.Formats;
import eu.buyzet.portal.shared.ui.ReaderFormats;
import eu.buyzet.portal.submission.Submission;

/**
 * One hit in a list, as a card in a single grid column: title link, kind, organisation, date, the
 * declared footprint and the search snippet wrap to the screen's width, so lists read on a phone
 * without scrolling sideways. The same card (and classes) as "My submissions" shows.
 */
final class HitCard {

    private HitCard() {
    }

    static Component of(SubmissionHit hit, Component context) {
        Submission s = hit.submission();
        Formats formats = ReaderFormats.of(context);
        Div card = new Div();
        card.addClassName("submission-card");
        Anchor title = new Anchor("submissions/" + s.id(), s.title());
        title.addClassName("submission-link");
        StringBuilder facts = new StringBuilder(context.getTranslation(s.kind().messageKey()))
                .append(" · ").append(s.organisationName());
        if (s.publishedAt() != null) {
            facts.append(" · ").append(formats.date(s.publishedAt()));
        }
        Span meta = new Span(facts.toString());
        meta.addClassName("submission-card-meta");
        card.add(title, meta);
        if (hit.co2eWtwKg() != null) {
            Span footprint = new Span(context.getTranslation("search.card-footprint",
                    formats.whole(hit.co2eWtwKg())));
            footprint.addClassName("submission-card-meta");
            footprint.addClassName("submission-card-footprint");
            card.add(footprint);
            // beside well-to-wheel, the figure Oslo's climate budget counts (decision 040)
            Double tailpipe = hit.co2eTailpipeKg();
            Span territorial = new Span(context.getTranslation("search.card-tailpipe",
                    context.getTranslation("footprint.tailpipe"), tailpipe == null
                            ? context.getTranslation("footprint.tailpipe.not-computed")
                            : context.getTranslation("search.card-tailpipe.kg", formats.whole(tailpipe))));
            territorial.addClassNames("submission-card-meta", "submission-card-tailpipe");
            card.add(territorial);
        }
        // escaped, with the matched words marked
        card.add(new Div(MarkedText.snippet(hit.snippet() == null ? "" : hit.snippet())));
        return card;
    }
}
