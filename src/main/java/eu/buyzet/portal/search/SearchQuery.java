package eu.buyzet.portal.search;

import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.submission.SubmissionKind;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A search over published needs, solutions and proposals; null means "any". {@code text} is a
 * full-text search in Norwegian and English.
 *
 * <p>This record is the one form of a search: the search page keeps it in its URL, the open API
 * reads it from its query parameters and a followed search is stored as its query string. All
 * three read it with {@link #parse(Map)} (or {@link #parse(String)}), so that a value one of them
 * cannot use is unusable for all of them: the page and a followed search leave it out, the open
 * API answers 400 naming the parameter. A parameter given twice counts with its first value, as
 * in the page's URL; unknown parameters are ignored.
 */
public record SearchQuery(@Nullable ForumId forumId, @Nullable SubmissionKind kind, @Nullable CpvCode cpv,
                          @Nullable OrganisationId organisationId, @Nullable LocalDate publishedFrom,
                          @Nullable LocalDate publishedTo, @Nullable String text, @Nullable Double minCo2eKg,
                          Sort sort) {

    public static final SearchQuery ANY = new SearchQuery(null, null, null, null, null, null, null, null, Sort.DEFAULT);

    /** Newest first, or (with text) most relevant first; or the largest declared footprint first. */
    public enum Sort { DEFAULT, FOOTPRINT }

    /** The query parameters, in the fixed order {@link #toQuery()} writes them. */
    public static final List<String> PARAMETERS = List.of("q", "kind", "forum", "cpv", "org", "from", "to", "minCo2e",
            "sort");

    public SearchQuery {
        sort = sort == null ? Sort.DEFAULT : sort;
        text = cleanText(text);
        if (!validDate(publishedFrom) || !validDate(publishedTo)) {
            throw new IllegalArgumentException("Dates out of range: " + publishedFrom + ", " + publishedTo);
        }
        if (minCo2eKg != null) {
            if (!validMinCo2e(minCo2eKg)) {
                throw new IllegalArgumentException("Not a footprint threshold: " + minCo2eKg);
            }
            minCo2eKg = minCo2eKg + 0.0; // -0.0 becomes 0.0, so that both write the same URL
        }
    }

    /** Published content of one forum, newest first: the forum page's list. */
    public static SearchQuery inForum(ForumId forumId) {
        return ANY.withForum(forumId);
    }

    /** A threshold is a number of kilograms: finite and not negative. */
    public static boolean validMinCo2e(@Nullable Double kg) {
        return kg == null || (Double.isFinite(kg) && kg >= 0);
    }

    /** Dates are of the years 1 to 9999: what people mean, and what the database can compare. */
    public static boolean validDate(@Nullable LocalDate date) {
        return date == null || (date.getYear() >= 1 && date.getYear() <= 9999);
    }

    public boolean hasText() {
        return text != null;
    }

    /** Whether anything besides the text narrows the search: a forum, kind, CPV code, organisation, date or threshold. */
    public boolean narrowed() {
        return forumId != null || kind != null || cpv != null || organisationId != null || publishedFrom != null
                || publishedTo != null || minCo2eKg != null;
    }

    public SearchQuery withForum(@Nullable ForumId forum) {
        return new SearchQuery(forum, kind, cpv, organisationId, publishedFrom, publishedTo, text, minCo2eKg, sort);
    }

    public SearchQuery withKind(@Nullable SubmissionKind k) {
        return new SearchQuery(forumId, k, cpv, organisationId, publishedFrom, publishedTo, text, minCo2eKg, sort);
    }

    public SearchQuery withText(@Nullable String t) {
        return new SearchQuery(forumId, kind, cpv, organisationId, publishedFrom, publishedTo, t, minCo2eKg, sort);
    }

    /**
     * The same search as a follow keeps it: what it finds, not how it is ordered, with the text in
     * lower case. Full-text search ignores case, so this finds exactly what the page shows, and
     * following "Bus" and "bus" is one follow.
     */
    public SearchQuery forFollowing() {
        return new SearchQuery(forumId, kind, cpv, organisationId, publishedFrom, publishedTo,
                text == null ? null : text.toLowerCase(Locale.ROOT), minCo2eKg, Sort.DEFAULT);
    }

    /**
     * The search as the page's query parameters (q, kind, forum, cpv, org, from, to, minCo2e,
     * sort), in a fixed order: the form a followed search is stored in.
     */
    public Map<String, String> toQuery() {
        Map<String, String> q = new LinkedHashMap<>();
        put(q, "q", text);
        put(q, "kind", kind == null ? null : kind.name());
        put(q, "forum", forumId);
        put(q, "cpv", cpv);
        put(q, "org", organisationId);
        put(q, "from", publishedFrom);
        put(q, "to", publishedTo);
        put(q, "minCo2e", minCo2eKg);
        put(q, "sort", sort == Sort.FOOTPRINT ? "footprint" : null);
        return q;
    }

    private static void put(Map<String, String> q, String name, @Nullable Object value) {
        if (value != null) {
            q.put(name, value.toString());
        }
    }

    public String toQueryString() {
        return toQuery().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * A query string read: the search, and for each parameter whose value could not be used, why
     * (in English, for the open API's problem document). Those parameters are left out of {@code query}.
     */
    public record Parsed(SearchQuery query, Map<String, String> problems) {
        public Parsed {
            problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Reads a raw (URL-encoded) query string; a pair that cannot be decoded is left out, as servlet containers do. */
    public static Parsed parse(@Nullable String queryString) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : (queryString == null ? "" : queryString).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException undecodable) {
                // e.g. a stray "%": not a parameter anyone could have meant
            }
        }
        return parse(params);
    }

    /** Reads decoded query parameters; for each name the first value counts, a blank one means "any". */
    public static Parsed parse(Map<String, ? extends List<String>> parameters) {
        Map<String, String> problems = new LinkedHashMap<>();
        Reader r = new Reader(parameters, problems);
        String text = r.read("q", v -> v, null);
        SubmissionKind kind = r.read("kind", v -> SubmissionKind.valueOf(v.toUpperCase(Locale.ROOT)),
                "must be one of " + Arrays.toString(SubmissionKind.values()));
        ForumId forum = r.read("forum", v -> ForumId.of(Long.parseLong(v)), "must be of type long");
        CpvCode cpv = r.read("cpv", CpvCode::parse, "must be a CPV code such as 90511000-2");
        OrganisationId org = r.read("org", v -> OrganisationId.of(Long.parseLong(v)), "must be of type long");
        LocalDate from = r.read("from", SearchQuery::date, "must be a date such as 2026-01-31");
        LocalDate to = r.read("to", SearchQuery::date, "must be a date such as 2026-01-31");
        Double minCo2e = r.read("minCo2e", SearchQuery::kilograms, "must be a number of kg CO2e, 0 or more");
        Sort sort = Objects.requireNonNullElse(
                r.read("sort", v -> Sort.valueOf(v.toUpperCase(Locale.ROOT)), "must be default or footprint"),
                Sort.DEFAULT);
        return new Parsed(new SearchQuery(forum, kind, cpv, org, from, to, text, minCo2e, sort), problems);
    }

    private static LocalDate date(String v) {
        LocalDate date = LocalDate.parse(v);
        if (!validDate(date)) {
            throw new IllegalArgumentException("Out of range: " + v);
        }
        return date;
    }

    private static Double kilograms(String v) {
        // digits, a point and an exponent only: no "NaN", "Infinity", hex or type suffixes
        if (!v.matches("[0-9]*\\.?[0-9]+([eE][+-]?[0-9]+)?|[0-9]+\\.")) {
            throw new NumberFormatException(v);
        }
        double kg = Double.parseDouble(v);
        if (!validMinCo2e(kg)) {
            throw new NumberFormatException(v);
        }
        return kg;
    }

    private record Reader(Map<String, ? extends List<String>> parameters, Map<String, String> problems) {
        <T> @Nullable T read(String name, Function<String, T> parse, @Nullable String problem) {
            List<String> values = parameters.get(name);
            String value = values == null || values.isEmpty() || values.getFirst() == null ? "" : values.getFirst().strip();
            if (value.isEmpty()) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException | DateTimeParseException unusable) {
                if (problem != null) {
                    problems.put(name, problem);
                }
                return null;
            }
        }
    }

    /**
     * Text as the search reads it: control characters (which the database refuses) become
     * spaces, runs of spaces one; blank is no text. None of this changes what a full-text search finds.
     */
    private static @Nullable String cleanText(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String clean = text.codePoints().map(c -> Character.isISOControl(c) || Character.isWhitespace(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                .strip().replaceAll(" {2,}", " ");
        return clean.isEmpty() ? null : clean;
    }
}
