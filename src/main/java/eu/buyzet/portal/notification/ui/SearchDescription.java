package eu.buyzet.portal.notification.ui;

import com.vaadin.flow.component.Component;
import eu.buyzet.portal.forum.Forum;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.search.PublishingOrganisation;
import eu.buyzet.portal.search.SearchQuery;
import eu.buyzet.portal.search.SearchService;
import eu.buyzet.portal.shared.Formats;
import eu.buyzet.portal.shared.ui.ReaderFormats;
import java.util.ArrayList;
import java.util.List;

/**
 * A followed search in the reader's words, drawn from its query string each time it is shown:
 * "“buss” · Need · Zero-emission waste collection · published from 1 Jan 2026", not the URL's
 * {@code kind NEED · forum 12}. A forum or organisation the reader may no longer see is named by
 * its number only, as the search itself would not find it either.
 */
@org.springframework.stereotype.Component
class SearchDescription {

    private final ForumService forums;
    private final SearchService search;

    SearchDescription(ForumService forums, SearchService search) {
        this.forums = forums;
        this.search = search;
    }

    String of(String queryString, Component reader) {
        SearchQuery q = SearchQuery.parse(queryString).query();
        Formats formats = ReaderFormats.of(reader);
        List<String> parts = new ArrayList<>();
        if (q.text() != null) {
            parts.add(reader.getTranslation("search.follow.quoted", q.text()));
        }
        if (q.kind() != null) {
            parts.add(reader.getTranslation(q.kind().messageKey()));
        }
        if (q.forumId() != null) {
            parts.add(forums.find(q.forumId()).map((Forum f) -> f.title(formats.locale()))
                    .orElseGet(() -> reader.getTranslation("search.forum") + " " + q.forumId()));
        }
        if (q.cpv() != null) {
            parts.add(reader.getTranslation("search.cpv") + " " + q.cpv().value());
        }
        if (q.organisationId() != null) {
            parts.add(search.publishingOrganisation(q.organisationId()).map(PublishingOrganisation::name)
                    .orElseGet(() -> reader.getTranslation("submission.organisation") + " " + q.organisationId()));
        }
        if (q.publishedFrom() != null) {
            parts.add(reader.getTranslation("search.from") + " " + formats.date(q.publishedFrom()));
        }
        if (q.publishedTo() != null) {
            parts.add(reader.getTranslation("search.to") + " " + formats.date(q.publishedTo()));
        }
        if (q.minCo2eKg() != null) {
            parts.add(reader.getTranslation("search.min-co2e") + " " + formats.figure(q.minCo2eKg()) + " kg CO2e");
        }
        return String.join(" · ", parts);
    }
}
