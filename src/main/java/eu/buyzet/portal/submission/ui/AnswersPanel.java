package eu.buyzet.portal.submission.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import eu.buyzet.portal.submission.SolutionAnswers;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionStatus;
import java.util.List;
import java.util.Optional;

/**
 * How a need and the solutions offered for it lead to each other: on a need, the solutions that
 * answer it (as the service lets the reader see them); on a solution, the need it answers.
 */
final class AnswersPanel {

    private AnswersPanel() {
    }

    static Optional<Section> of(SolutionAnswers answers, Submission s) {
        if (s.kind() == SubmissionKind.NEED) {
            return Optional.of(solutions(answers.answering(s)));
        }
        if (s.kind() == SubmissionKind.SOLUTION) {
            return answers.answeredNeed(s).map(AnswersPanel::need);
        }
        return Optional.empty();
    }

    private static Section solutions(List<Submission> solutions) {
        Section section = new Section();
        section.addClassName("interest-panel");
        section.setId("answering-solutions");
        section.add(new H2(section.getTranslation("need.solutions")));
        if (solutions.isEmpty()) {
            Paragraph none = new Paragraph(section.getTranslation("need.solutions.none"));
            none.setId("answering-solutions-none");
            section.add(none);
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (Submission solution : solutions) {
            ListItem item = new ListItem(underlined(new Anchor("submissions/" + solution.id(), solution.title())),
                    new Span(" – " + solution.organisationName()));
            // the reader's own drafts, or what a moderator sees hidden, say so: others never see them
            if (solution.status() != SubmissionStatus.PUBLISHED || solution.hidden()) {
                item.add(new Span(" (" + section.getTranslation(solution.hidden() ? "submission.hidden-short"
                        : solution.status().messageKey()) + ")"));
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    /** A link beside text is underlined: its colour alone does not set it apart (WCAG 1.4.1). */
    private static Anchor underlined(Anchor link) {
        link.getStyle().set("text-decoration", "underline");
        return link;
    }

    private static Section need(Submission need) {
        Section section = new Section();
        section.addClassName("interest-panel");
        section.setId("answered-need");
        section.add(new H2(section.getTranslation("solution.answers")));
        Anchor link = underlined(new Anchor("submissions/" + need.id(), need.title()));
        link.setId("answered-need-link");
        section.add(new UnorderedList(new ListItem(link, new Span(" – " + need.organisationName()))));
        return section;
    }
}
