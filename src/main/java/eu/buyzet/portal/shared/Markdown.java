package eu.buyzet.portal.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Turns what members write in Markdown into HTML that is safe to show: CommonMark renders it
 * (raw HTML escaped), then jsoup's allow-list sanitiser removes anything outside plain text
 * formatting, lists, quotes, code, tables and http(s)/mailto links, which open with
 * {@code rel="nofollow noopener"}. A link whose URL was unsafe is left as its text.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img")
            .addTags("hr")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");
    private static final Cleaner CLEANER = new Cleaner(SAFE);
    /** Parsed once: jsoup parses a selector given as a string on every call. */
    private static final Evaluator LINK_WITHOUT_URL = QueryParser.parse("a:not([href])");

    /** Markdown's text as a reader sees it, on one line: for snippets, where {@code **} and {@code #} are noise. */
    private static final TextContentRenderer TEXT = TextContentRenderer.builder()
            .lineBreakRendering(LineBreakRendering.COMPACT).build();

    /**
     * Rendering and sanitising is a pure function of the text and costs about a sixth of a
     * submission's API read (profiled on the generated million): a text read again is served from
     * here. Bounded by characters, about 16 MB of heap at most.
     */
    private static final Cache<String, String> RENDERED = Caffeine.newBuilder()
            .maximumWeight(8_000_000)
            .weigher((String source, String html) -> source.length() + html.length())
            .build();

    /**
     * As {@link #RENDERED}, for the plain text every search snippet is cut from: a page of hits
     * parsed twenty bodies per request, a tenth of a filtered search's portal time (profiled on the
     * generated million, decision 058), and the newest matches of common words recur from search
     * to search.
     */
    private static final Cache<String, String> PLAIN = Caffeine.newBuilder()
            .maximumWeight(4_000_000)
            .weigher((String source, String text) -> source.length() + text.length())
            .build();
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Markdown() {
    }

    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return RENDERED.get(markdown, Markdown::render);
    }

    /**
     * The sanitiser's document is changed in place rather than written out and parsed again: one
     * HTML parse instead of two, with the same HTML (compared on the generated million's texts and
     * hostile ones), in half the time.
     */
    private static String render(String markdown) {
        Node document = PARSER.parse(markdown);
        Element body = CLEANER.clean(Jsoup.parseBodyFragment(RENDERER.render(document))).body();
        // a link whose unsafe URL was removed is only text now
        body.select(LINK_WITHOUT_URL).unwrap();
        return body.html();
    }

    /**
     * The words a reader sees, without Markdown's marks: emphasis, headings, list bullets, link
     * targets and code fences go; line breaks become spaces. Not HTML: escape it where it is shown.
     */
    public static String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return PLAIN.get(markdown, m -> SPACES.matcher(TEXT.render(PARSER.parse(m))).replaceAll(" ").strip());
    }
}
