package eu.buyzet.portal.search;

import eu.buyzet.portal.search.internal.SearchCache;
import eu.buyzet.portal.search.internal.SearchGate;
import eu.buyzet.portal.search.internal.SearchRepository;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.submission.SubmissionDisclosure;
import eu.buyzet.portal.submission.SubmissionId;
import eu.buyzet.portal.shared.Markdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    /** Of each kind of named thing, the page shows this many: a name search is a way in, not a list. */
    public static final int NAMED_PER_KIND = 5;
    /** The most organisations one page of the organisation filter reads. */
    static final int MAX_ORGANISATIONS_PAGE = 100;

    private final SearchRepository search;
    private final SearchGate gate;
    private final SearchCache cache;
    private final SubmissionDisclosure disclosure;
    private final List<NameSearch> names;

    SearchService(SearchRepository search, SearchGate gate, SearchCache cache, SubmissionDisclosure disclosure,
                  List<NameSearch> names) {
        this.search = search;
        this.gate = gate;
        this.cache = cache;
        this.disclosure = disclosure;
        this.names = names;
    }

    /**
     * Forums, market dialogues and buyer groups whose name or description holds every word of the
     * search text, as their own features let the reader see them, with the words marked. None
     * without text.
     */
    @DisclosureChannel("search.named")
    @Transactional(readOnly = true)
    public List<NamedHit> findNamed(SearchQuery query, Locale locale) {
        String text = query.text();
        if (text == null) {
            return List.of();
        }
        return names.stream().flatMap(n -> n.find(text, locale, NAMED_PER_KIND).stream())
                .map(h -> new NamedHit(h.kindKey(), Marks.mark(h.title(), text), Marks.mark(h.description(), text),
                        h.route()))
                .toList();
    }

    /**
     * The search page's and the forum page's results, each with its newest declared footprint.
     * Like {@link #count}, {@link #listPublic} and {@link #countPublic} it reads through the
     * {@link SearchGate}: read-only, within the search's bulkhead and statement timeout.
     *
     * @throws SearchUnavailableException when the search is too broad to finish in time or every
     *     search slot is taken
     */
    @DisclosureChannel("search.results")
    public List<SubmissionHit> list(SearchQuery query, PageRequest page) {
        boolean publicOnly = !disclosure.listsMembersOnlyForums();
        return listed(cache.page(SearchCache.Use.PAGE, query, publicOnly, page.offset(), page.limit(), () -> gate.read(query, () -> {
            SearchRepository.Found found = search.findCounted(query, publicOnly, page);
            List<SubmissionHit> hits = snippets(query, found.hits());
            if (hits.isEmpty()) {
                return found;
            }
            List<SubmissionId> ids = hits.stream().map(h -> h.submission().id()).toList();
            // the tailpipe part beside well-to-wheel on every card (decision 040)
            Map<SubmissionId, Double> tailpipe = search.tailpipes(ids);
            if (query.sort() != SearchQuery.Sort.FOOTPRINT) { // sorted by the footprint, the hits carry it already
                Map<SubmissionId, Double> co2e = search.footprints(ids);
                hits = hits.stream().map(h -> h.withCo2e(co2e.get(h.submission().id()))).toList();
            }
            return new SearchRepository.Found(hits.stream().map(h -> h.withTailpipe(tailpipe.get(h.submission().id())))
                    .toList(), found.count());
        })));
    }

    /** The number of hits, up to {@link #countCap}: a bigger number would cost more than it tells. */
    public int count(SearchQuery query) {
        boolean publicOnly = !disclosure.listsMembersOnlyForums();
        return cache.count(query, publicOnly, () -> gate.read(query, () -> search.countPublished(query, publicOnly)));
    }

    /** The most {@link #count} counts for this query: at or above it the reader is told "more than". */
    public static int countCap(SearchQuery query) {
        return query.hasText() ? SearchRepository.window(query) : SearchRepository.COUNT_CAP;
    }

    /** Published content of public forums, whoever asks: what the open API publishes (it shows no footprint in lists). */
    public List<SubmissionHit> listPublic(SearchQuery query, PageRequest page) {
        return listed(cache.page(SearchCache.Use.API, query, true, page.offset(), page.limit(),
                () -> gate.read(query, () -> {
                    SearchRepository.Found found = search.findCounted(query, true, page);
                    return new SearchRepository.Found(snippets(query, found.hits()), found.count());
                })));
    }

    /**
     * The open API's cursor paging: the published content of public forums after {@code after},
     * newest first, for a list without text in the default order.
     */
    public List<SubmissionHit> listPublicAfter(SearchQuery query, ListCursor after, int limit) {
        return gate.read(query, () -> listed(search.findPublished(query, true, new PageRequest(0, limit), after)));
    }

    public int countPublic(SearchQuery query) {
        return cache.count(query, true, () -> gate.read(query, () -> search.countPublished(query, true)));
    }

    /** Whether the search finds the submission, for the current reader: how a followed search hears of a new post. */
    @Transactional(readOnly = true)
    public boolean matches(SearchQuery query, SubmissionId submission) {
        return search.matches(query, !disclosure.listsMembersOnlyForums(), submission);
    }

    /**
     * One page of the organisation filter: organisations whose published submissions the current user
     * can see and whose name has every word of {@code filter}, by name. Paged, because a whole
     * country's suppliers are thousands: the filter reads what its drop-down shows, not every name.
     */
    @DisclosureChannel("search.organisations")
    @Transactional(readOnly = true)
    public List<PublishingOrganisation> publishingOrganisations(String filter, int offset, int limit) {
        return search.publishingOrganisations(!disclosure.listsMembersOnlyForums(), filter, Math.max(0, offset),
                Math.clamp(limit, 0, MAX_ORGANISATIONS_PAGE));
    }

    /** The organisation a shared search's {@code org=} names, if the current user could pick it in the filter. */
    @DisclosureChannel("search.organisations")
    @Transactional(readOnly = true)
    public Optional<PublishingOrganisation> publishingOrganisation(OrganisationId id) {
        return search.publishingOrganisation(!disclosure.listsMembersOnlyForums(), id);
    }

    /**
     * A text search's hits get the passage that matches best, cut from the words a reader sees:
     * title, summary and the body without its Markdown marks (so no {@code **} in a snippet).
     */
    private List<SubmissionHit> snippets(SearchQuery query, List<SubmissionHit> hits) {
        String text = query.text();
        if (text == null || hits.isEmpty()) {
            return hits;
        }
        List<String> headlines = search.headlines(hits.stream().map(h -> h.submission())
                .map(s -> s.title() + ". " + s.summary() + " " + Markdown.toPlainText(s.bodyMarkdown())).toList(), text);
        List<SubmissionHit> marked = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            marked.add(hits.get(i).withSnippet(headlines.get(i)));
        }
        return marked;
    }

    private List<SubmissionHit> listed(List<SubmissionHit> hits) {
        return hits.stream().filter(h -> disclosure.listed(h.submission())).toList();
    }
}
