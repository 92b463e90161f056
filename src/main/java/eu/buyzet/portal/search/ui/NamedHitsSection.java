package eu.buyzet.portal.search.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import eu.buyzet.portal.search.NamedHit;
import java.util.List;

/**
 * Forums, market dialogues and buyer groups the search words name, above the needs, solutions and
 * proposals: someone typing "waste" may be looking for the waste collection forum itself. Hidden
 * when nothing is named, so that a search without text looks as it always did.
 */
final class NamedHitsSection extends Section {

    private final UnorderedList list = new UnorderedList();

    NamedHitsSection() {
        setId("search-named");
        addClassName("named-hits");
        H2 heading = new H2(getTranslation("search.named.heading"));
        heading.setId("search-named-heading");
        getElement().setAttribute("aria-labelledby", "search-named-heading");
        add(heading, list);
        setVisible(false);
    }

    void show(List<NamedHit> hits) {
        list.removeAll();
        for (NamedHit hit : hits) {
            Anchor link = new Anchor(hit.route(), MarkedText.of(hit.title()));
            link.addClassName("submission-link");
            Span kind = new Span(getTranslation(hit.kindKey()));
            kind.addClassName("submission-card-meta");
            ListItem item = new ListItem(link, kind);
            if (!hit.description().isBlank()) {
                Paragraph description = new Paragraph(MarkedText.snippet(hit.description()));
                item.add(description);
            }
            item.addClassName("submission-card");
            list.add(item);
        }
        setVisible(!hits.isEmpty());
    }
}
