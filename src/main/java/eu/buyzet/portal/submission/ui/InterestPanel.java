package eu.buyzet.portal.submission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.submission.InterestService;
import eu.buyzet.portal.submission.InterestedOrganisation;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionPage;
import java.util.List;
import java.util.Map;

/** How many organisations are interested, the current user's own mark, and (for the author) who. */
class InterestPanel extends Div {

    private static final int SHOWN = 200;

    private final InterestService interests;
    private final SubmissionPage page;
    private final Submission submission;
    private final Span count = new Span();

    InterestPanel(InterestService interests, SubmissionPage page) {
        this.interests = interests;
        this.page = page;
        this.submission = page.submission();
        addClassName("interest-panel");
        count.setId("interest-count");
        // read out when the count changes after a click
        count.getElement().setAttribute("aria-live", "polite");
        render();
    }

    private void render() {
        removeAll();
        showCount(interests.count(submission.id()));
        add(count);
        if (interests.canMark(page)) {
            boolean marked = interests.isMarked(submission.id());
            Button toggle = new Button(getTranslation(marked ? "interest.unmark" : "interest.mark"), e ->
                    FormSubmit.attempt(this, Map.of(), () -> marked ? interests.unmark(submission.id())
                            : interests.mark(submission.id())).ifPresent(n -> render()));
            toggle.setId("interest-toggle");
            toggle.getElement().setAttribute("aria-pressed", Boolean.toString(marked));
            if (!marked) {
                toggle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            add(toggle);
        }
        if (interests.canSeeWho(submission)) {
            List<InterestedOrganisation> who = interests.interested(submission.id(), new PageRequest(0, SHOWN));
            UnorderedList list = new UnorderedList();
            who.forEach(i -> list.add(new ListItem(i.organisationName() + " (" + i.memberName() + ", "
                    + SubmissionTexts.date(i.markedAt(), getLocale()) + ")")));
            if (who.isEmpty()) {
                list.add(new ListItem(getTranslation("interest.nobody")));
            }
            Details details = new Details(getTranslation("interest.who"), list);
            details.setId("interest-who");
            add(details);
        }
    }

    private void showCount(int n) {
        count.setText(getTranslation(n == 1 ? "interest.count.one" : "interest.count", n));
    }
}
