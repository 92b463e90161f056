package eu.buyzet.portal.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;
import eu.buyzet.portal.search.SubmissionHit;
import eu.buyzet.portal.shared.ui.ReaderFormats;
import eu.buyzet.portal.submission.Submission;

/**
 * One hit in a list, as a card in a single grid column: title link, kind, organisation, date, the
 * declared footprint and the search snippet wrap to the screen's width, so lists read on a phone
 * without scrolling sideways. The same card (and classes) as "My submissions" shows.
 *
 * <p>Rendered in the browser from a few strings per hit, not as server-side components: a page of
 * fifty cards as components was about 500 of Vaadin's state nodes to build, serialise and keep in the
 * session for as long as the list is open (docs/performance.md, 2026-12-04). Lit escapes every bound
 * value, so titles and snippets stay text, as they were as text nodes.
 */
final class HitCard {

    private static final String TEMPLATE = """
            <div class="submission-card">\
            <a class="submission-link" href="submissions/${item.id}">${item.title}</a>\
            <span class="submission-card-meta">${item.facts}</span>\
            ${item.footprint ? html`<span class="submission-card-meta submission-card-footprint">${item.footprint}</span>\
            <span class="submission-card-meta submission-card-tailpipe">${item.tailpipe}</span>` : ''}\
            <div><span class="snippet">${(item.snippet || []).map((t, i) => i % 2 ? html`<mark>${t}</mark>` : t)}</span></div>\
            </div>""";

    private HitCard() {
    }

    /** The cards of a grid's one column, in the language and formats of {@code context}'s reader. */
    static LitRenderer<SubmissionHit> renderer(Component context) {
        return LitRenderer.<SubmissionHit>of(TEMPLATE)
                .withProperty("id", hit -> hit.submission().id().toString())
                .withProperty("title", hit -> hit.submission().title())
                .withProperty("facts", hit -> facts(hit.submission(), context))
                .withProperty("footprint", hit -> hit.co2eWtwKg() == null ? null
                        : context.getTranslation("search.card-footprint",
                                ReaderFormats.of(context).whole(hit.co2eWtwKg())))
                .withProperty("tailpipe", hit -> hit.co2eWtwKg() == null ? null : tailpipe(hit, context))
                .withProperty("snippet", hit -> MarkedText.parts(hit.snippet() == null ? "" : hit.snippet()));
    }

    private static String facts(Submission s, Component context) {
        StringBuilder facts = new StringBuilder(context.getTranslation(s.kind().messageKey()))
                .append(" · ").append(s.organisationName());
        if (s.publishedAt() != null) {
            facts.append(" · ").append(ReaderFormats.of(context).date(s.publishedAt()));
        }
        return facts.toString();
    }

    /** Beside well-to-wheel, the figure Oslo's climate budget counts (decision 040). */
    private static String tailpipe(SubmissionHit hit, Component context) {
        Double tailpipe = hit.co2eTailpipeKg();
        return context.getTranslation("search.card-tailpipe", context.getTranslation("footprint.tailpipe"),
                tailpipe == null ? context.getTranslation("footprint.tailpipe.not-computed")
                        : context.getTranslation("search.card-tailpipe.kg", ReaderFormats.of(context).whole(tailpipe)));
    }
}
