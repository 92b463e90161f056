package eu.buyzet.portal.search;

import java.util.List;
import java.util.Locale;

/**
 * Another feature's things found by name on the search page (forums, market dialogues, buyer
 * groups). The feature that owns them decides, through its own disclosure policy, which the
 * current reader may find; search only shows what it is given. Implementations are ordered with
 * {@link org.springframework.core.annotation.Order}: the page lists them in that order.
 */
public interface NameSearch {

    /**
     * At most {@code limit} things the current reader may see whose name or description holds
     * every word of {@code text}, newest or most relevant first, in {@code locale}'s language where
     * they have two.
     */
    List<NamedHit> find(String text, Locale locale, int limit);
}
