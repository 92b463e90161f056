package eu.buyzet.portal.submission;

import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.OrganisationId;
import java.time.LocalDate;

/**
 * Filters for lists of published submissions; null means "any". {@code text} is a full-text
 * search in Norwegian and English.
 */
public record SubmissionFilter(ForumId forumId, SubmissionKind kind, CpvCode cpv, OrganisationId organisationId,
                               LocalDate publishedFrom, LocalDate publishedTo, String text, Double minCo2eKg,
                               Sort sort) {
    public static final SubmissionFilter ANY = new SubmissionFilter(null, null, null, null, null, null, null);

    /** Newest first, or (with text) most relevant first; or the largest declared footprint first. */
    public enum Sort { DEFAULT, FOOTPRINT }

    public SubmissionFilter(ForumId forumId, SubmissionKind kind, CpvCode cpv, OrganisationId organisationId,
                            LocalDate publishedFrom, LocalDate publishedTo, String text) {
        this(forumId, kind, cpv, organisationId, publishedFrom, publishedTo, text, null, Sort.DEFAULT);
    }

    public SubmissionFilter {
        sort = sort == null ? Sort.DEFAULT : sort;
    }

    public static SubmissionFilter inForum(ForumId forumId) {
        return new SubmissionFilter(forumId, null, null, null, null, null, null);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /**
     * The filter as the search page's query parameters (q, kind, forum, cpv, org, from, to,
     * minCo2e, sort), in a fixed order: the form a followed search is stored in.
     */
    public java.util.Map<String, String> toQuery() {
        java.util.Map<String, String> q = new java.util.LinkedHashMap<>();
        if (hasText()) {
            q.put("q", text.strip());
        }
        if (kind != null) {
            q.put("kind", kind.name());
        }
        if (forumId != null) {
            q.put("forum", forumId.toString());
        }
        if (cpv != null) {
            q.put("cpv", cpv.value());
        }
        if (organisationId != null) {
            q.put("org", Long.toString(organisationId.value()));
        }
        if (publishedFrom != null) {
            q.put("from", publishedFrom.toString());
        }
        if (publishedTo != null) {
            q.put("to", publishedTo.toString());
        }
        if (minCo2eKg != null) {
            q.put("minCo2e", String.valueOf(minCo2eKg));
        }
        if (sort == Sort.FOOTPRINT) {
            q.put("sort", "footprint");
        }
        return q;
    }

    public String toQueryString() {
        return toQuery().entrySet().stream()
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
    }

    /** Reads what {@link #toQueryString()} wrote; parts it cannot read are left out. */
    public static SubmissionFilter fromQueryString(String query) {
        java.util.Map<String, String> q = new java.util.HashMap<>();
        for (String pair : (query == null ? "" : query).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                q.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return new SubmissionFilter(read(q, "forum", v -> ForumId.of(Long.parseLong(v))),
                read(q, "kind", SubmissionKind::valueOf), read(q, "cpv", CpvCode::parse),
                read(q, "org", v -> OrganisationId.of(Long.parseLong(v))), read(q, "from", LocalDate::parse),
                read(q, "to", LocalDate::parse), read(q, "q", v -> v.isBlank() ? null : v),
                read(q, "minCo2e", Double::parseDouble),
                "footprint".equals(q.get("sort")) ? Sort.FOOTPRINT : Sort.DEFAULT);
    }

    private static <T> T read(java.util.Map<String, String> q, String name, java.util.function.Function<String, T> parse) {
        try {
            String v = q.get(name);
            return v == null ? null : parse.apply(v);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
