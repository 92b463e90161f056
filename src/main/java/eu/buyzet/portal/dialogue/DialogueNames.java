package eu.buyzet.portal.dialogue;

import eu.buyzet.portal.search.NameSearch;
import eu.buyzet.portal.search.NamedHit;
import eu.buyzet.portal.shared.Markdown;
import java.util.List;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Market dialogues on the search page: those {@link DialogueService#find} lets the reader see. */
@Component
@Order(2)
class DialogueNames implements NameSearch {

    private final DialogueService dialogues;

    DialogueNames(DialogueService dialogues) {
        this.dialogues = dialogues;
    }

    @Override
    public List<NamedHit> find(String text, Locale locale, int limit) {
        return dialogues.find(text, limit).stream().map(d -> new NamedHit("search.kind.dialogue", d.title(),
                Markdown.toPlainText(d.purpose()), "dialogues/" + d.id())).toList();
    }
}
