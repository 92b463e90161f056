package eu.buyzet.portal.submission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import eu.buyzet.portal.shared.ui.MultiSelectTexts;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionService;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.FormSubmit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The needs a joint-purchase proposal gathers, each a link, and for the proposal's agency a
 * picker of the forum's published needs. The footprint card sums what they cause.
 */
final class LinkedNeedsPanel extends Section {

    LinkedNeedsPanel(SubmissionService submissions, Submission proposal, boolean editable) {
        addClassName("interest-panel");
        setId("linked-needs");
        add(new H2(getTranslation("proposal.needs")));
        List<Submission> linked = submissions.linkedNeeds(proposal.id());
        if (linked.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("proposal.needs.none"));
            none.setId("linked-needs-none");
            add(none);
        } else {
            UnorderedList list = new UnorderedList();
            linked.forEach(n -> list.add(new ListItem(new Anchor("submissions/" + n.id(), n.title()),
                    new com.vaadin.flow.component.html.Span(" – " + n.organisationName()))));
            add(list);
        }
        if (!editable) {
            return;
        }
        MultiSelectComboBox<Submission> picker = new MultiSelectComboBox<>(getTranslation("proposal.needs.choose"));
        MultiSelectTexts.localised(picker);
        picker.setItems(submissions.linkableNeeds(proposal.id()));
        picker.setItemLabelGenerator(n -> n.title() + " – " + n.organisationName());
        picker.setValue(new LinkedHashSet<>(linked));
        picker.setHelperText(getTranslation("proposal.needs.help"));
        picker.setManualValidation(true);
        picker.setWidthFull();
        picker.setId("linked-needs-picker");
        Button save = new Button(getTranslation("proposal.needs.save"), e -> FormSubmit.attempt(this,
                Map.of("linkedNeeds", picker), () -> submissions.linkNeeds(proposal.id(),
                        picker.getValue().stream().map(Submission::id).toList()))
                .ifPresent(saved -> {
                    FieldErrors.notifySuccess(this, getTranslation("proposal.needs.saved", saved.size()));
                    // the footprint card above sums the needs: show the page as it now is
                    getUI().ifPresent(ui -> ui.getPage().reload());
                }));
        save.setId("save-linked-needs");
        add(picker, save);
    }
}
