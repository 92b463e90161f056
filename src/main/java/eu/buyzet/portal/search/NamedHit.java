package eu.buyzet.portal.search;

/**
 * A forum, dialogue or buyer group found by name. {@code kindKey} is the message key of what it
 * is ("Forum"), {@code route} where it is read (e.g. {@code forums/12}). {@code title} and
 * {@code description} are plain text, not Markdown; as {@link SearchService#findNamed} returns
 * them they carry {@link Marks} around the matched words.
 */
public record NamedHit(String kindKey, String title, String description, String route) {
}
