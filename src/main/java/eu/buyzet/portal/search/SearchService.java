package eu.buyzet.portal.search;

import eu.buyzet.portal.search.internal.SearchRepository;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.submission.SubmissionDisclosure;
import eu.buyzet.portal.submission.SubmissionId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search over published needs, solutions and proposals: the read side above submission and
 * footprint. What a hit may show is {@link SubmissionDisclosure}'s to decide: only published, not
 * hidden submissions, of members-only forums for signed-in members only, with a snippet cut from
 * the submission's own texts.
 */
@Service
public class SearchService {

    private final SearchRepository search;
    private final SubmissionDisclosure disclosure;

    SearchService(SearchRepository search, SubmissionDisclosure disclosure) {
        this.search = search;
        this.disclosure = disclosure;
    }

    /** The search page's and the forum page's results, each with its newest declared footprint. */
    @DisclosureChannel("search.results")
    @Transactional(readOnly = true)
    public List<SubmissionHit> list(SearchQuery query, PageRequest page) {
        List<SubmissionHit> hits = listed(search.findPublished(query, !disclosure.listsMembersOnlyForums(), page));
        if (query.sort() == SearchQuery.Sort.FOOTPRINT || hits.isEmpty()) {
            return hits; // sorted by the footprint, the hits carry it already
        }
        Map<SubmissionId, Double> co2e = search.footprints(hits.stream().map(h -> h.submission().id()).toList());
        return hits.stream().map(h -> h.withCo2e(co2e.get(h.submission().id()))).toList();
    }

    @Transactional(readOnly = true)
    public int count(SearchQuery query) {
        return search.countPublished(query, !disclosure.listsMembersOnlyForums());
    }

    /** Published content of public forums, whoever asks: what the open API publishes (it shows no footprint in lists). */
    @Transactional(readOnly = true)
    public List<SubmissionHit> listPublic(SearchQuery query, PageRequest page) {
        return listed(search.findPublished(query, true, page));
    }

    @Transactional(readOnly = true)
    public int countPublic(SearchQuery query) {
        return search.countPublished(query, true);
    }

    /** Whether the search finds the submission, for the current reader: how a followed search hears of a new post. */
    @Transactional(readOnly = true)
    public boolean matches(SearchQuery query, SubmissionId submission) {
        return search.matches(query, !disclosure.listsMembersOnlyForums(), submission);
    }

    /** Organisations whose published submissions the current user can see, for the organisation filter. */
    @DisclosureChannel("search.organisations")
    @Transactional(readOnly = true)
    public List<PublishingOrganisation> publishingOrganisations() {
        return search.publishingOrganisations(!disclosure.listsMembersOnlyForums());
    }

    private List<SubmissionHit> listed(List<SubmissionHit> hits) {
        return hits.stream().filter(h -> disclosure.listed(h.submission())).toList();
    }
}
