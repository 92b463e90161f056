package eu.buyzet.portal.forum.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.buyzet.portal.forum.Forum;
import eu.buyzet.portal.forum.ForumAction;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.forum.ForumPageSection;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.organisation.MemberService;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.CpvCatalogue;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.ViewFrame;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** One forum: what it is about, who runs it, and (for its moderators) how to change it. */
@Route("forums")
@AnonymousAllowed
class ForumView extends ViewFrame implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ForumService forums;
    private final MemberService members;
    private final List<ForumPageSection> sections;
    private final Div body = new Div();
    private Forum forum;

    ForumView(ForumService forums, MemberService members, List<ForumPageSection> sections) {
        this.forums = forums;
        this.members = members;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ForumPageSection::order)).toList();
        add(body);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        // NotFoundException for a forum the reader may not see: the error view answers 404
        show(forums.get(ForumId.of(id)));
    }

    private void show(Forum shown) {
        this.forum = shown;
        setHeading(shown.title(getLocale()));
        body.removeAll();
        getToolbar().removeAll();
        Set<ForumAction> actions = forums.actions(shown);
        if (!actions.isEmpty()) {
            Button edit = new Button(getTranslation("action.edit"),
                    e -> new ForumDialog(forums, members, forum, saved -> {
                        show(saved);
                        refocus();
                    }).open());
            edit.setId("edit-forum");
            edit.setEnabled(actions.contains(ForumAction.EDIT));
            boolean reopen = actions.contains(ForumAction.REOPEN);
            Button status = new Button(getTranslation(reopen ? "forum.reopen" : "forum.archive"),
                    e -> toggleArchived(reopen));
            status.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            status.setId("archive-forum");
            addToToolbar(edit, status);
        }
        if (shown.isArchived()) {
            Paragraph archived = new Paragraph(getTranslation("forum.archived-notice"));
            archived.addClassName("notice");
            archived.setId("archived-notice");
            body.add(archived);
        }
        Paragraph description = new Paragraph(shown.description(getLocale()));
        description.addClassName("forum-description");
        body.add(description);

        Div facts = new Div();
        facts.addClassName("card");
        facts.add(new H2(getTranslation("forum.about")));
        facts.add(fact("forum.region", shown.region()));
        facts.add(fact("forum.cpv", shown.cpvCodes().stream().map(CpvCatalogue.official()::describe).collect(Collectors.joining("; "))));
        facts.add(fact("forum.moderators", String.join(", ", shown.moderatorNames())));
        facts.add(fact("forum.status", getTranslation(shown.status().messageKey())));
        facts.add(fact("forum.visibility", getTranslation(shown.visibility().messageKey())));
        facts.add(fact("forum.latest-activity", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).format(shown.latestActivity().atZone(ForumsView.OSLO))));
        body.add(facts);
        sections.forEach(section -> body.add(section.create(shown)));
        body.add(new Anchor("forums", getTranslation("forum.back")));
    }

    private void toggleArchived(boolean reopen) {
        try {
            show(reopen ? forums.reopen(forum.id(), forum.version())
                    : forums.archive(forum.id(), forum.version()));
        } catch (ConcurrentEditException e) {
            FieldErrors.notifyError(this, getTranslation("error.concurrent-edit"));
        }
    }

    private Paragraph fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("fact-label");
        return new Paragraph(label, new Span(value));
    }

    @Override
    public String getPageTitle() {
        return (forum == null ? getTranslation("forums.heading") : forum.title(getLocale())) + " – "
                + getTranslation("app.name");
    }
}
