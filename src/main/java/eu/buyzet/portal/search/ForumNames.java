package eu.buyzet.portal.search;

import eu.buyzet.portal.forum.Forum;
import eu.buyzet.portal.forum.ForumFilter;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.shared.Markdown;
import eu.buyzet.portal.shared.PageRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Forums found by name, through the forum list the reader may see (search already reads forums). */
@Component
@Order(1)
class ForumNames implements NameSearch {

    private final ForumService forums;

    ForumNames(ForumService forums) {
        this.forums = forums;
    }

    @Override
    public List<NamedHit> find(String text, Locale locale, int limit) {
        return forums.list(new ForumFilter(text, null), new PageRequest(0, limit)).stream()
                .map(f -> hit(f, locale)).toList();
    }

    private static NamedHit hit(Forum f, Locale locale) {
        return new NamedHit("search.kind.forum", f.title(locale), Markdown.toPlainText(f.description(locale)),
                "forums/" + f.id());
    }
}
