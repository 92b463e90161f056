package eu.buyzet.portal.strategy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import eu.buyzet.portal.shared.Formats;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.ReaderFormats;
import eu.buyzet.portal.strategy.StrategyAction;
import eu.buyzet.portal.strategy.StrategyComment;
import eu.buyzet.portal.strategy.StrategyPage;
import eu.buyzet.portal.strategy.StrategyWorkflow;
import java.util.Map;

/** Consultation comments, as the page gives them, and the comment box for those consulted. */
class CommentsSection extends Section {

    CommentsSection(StrategyPage page, StrategyWorkflow workflow, Runnable refresh) {
        addClassName("card");
        setId("strategy-comments");
        add(new H2(getTranslation("strategy.comments")));
        Formats formats = ReaderFormats.of(this);
        if (page.comments().isEmpty()) {
            add(new Paragraph(getTranslation("strategy.comments-none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("strategy-comment-list");
            for (StrategyComment c : page.comments()) {
                list.add(new ListItem(new Paragraph(getTranslation("strategy.comment.by", c.authorName(),
                        c.organisationName(), formats.dateTime(c.createdAt()))), new Paragraph(c.body())));
            }
            add(list);
        }
        if (page.may(StrategyAction.COMMENT)) {
            TextArea text = new TextArea(getTranslation("strategy.comment"));
            text.setId("strategy-comment");
            text.setMaxLength(4000);
            text.setWidthFull();
            Button send = new Button(getTranslation("strategy.comment.send"), e -> FormSubmit.attempt(this,
                    Map.of("comment", text), () -> workflow.comment(page.strategy().id(), text.getValue()))
                    .ifPresent(c -> refresh.run()));
            send.setId("strategy-comment-send");
            add(text, send);
        }
    }
}
