package eu.buyzet.portal.buyergroup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import eu.buyzet.portal.buyergroup.BuyerGroup;
import eu.buyzet.portal.buyergroup.BuyerGroupLifecycle;
import eu.buyzet.portal.buyergroup.BuyerGroupService;
import eu.buyzet.portal.buyergroup.BuyerGroupShares;
import eu.buyzet.portal.shared.ui.DateFields;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.ReaderFormats;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionPage;
import eu.buyzet.portal.submission.SubmissionKind;
import eu.buyzet.portal.submission.SubmissionPageSection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * On a joint-purchase proposal's page: its buyer group, or for the proposal's agency the way to
 * form one.
 */
@org.springframework.stereotype.Component
class BuyerGroupSection implements SubmissionPageSection {

    private final BuyerGroupService groups;
    private final BuyerGroupLifecycle lifecycle;
    private final BuyerGroupShares shares;

    BuyerGroupSection(BuyerGroupService groups, BuyerGroupLifecycle lifecycle, BuyerGroupShares shares) {
        this.groups = groups;
        this.shares = shares;
        this.lifecycle = lifecycle;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> create(SubmissionPage page) {
        Submission proposal = page.submission();
        if (proposal.kind() != SubmissionKind.PROPOSAL) {
            return Optional.empty();
        }
        Section section = new Section();
        section.addClassName("card");
        section.setId("buyer-group");
        section.add(new H2(section.getTranslation("buyer-group.section")));
        Optional<BuyerGroup> group = groups.forProposal(proposal);
        if (group.isPresent()) {
            BuyerGroup g = group.get();
            section.add(new Paragraph(section.getTranslation("buyer-group.status") + ": "
                    + section.getTranslation(g.status().messageKey())));
            Anchor open = new Anchor("buyer-groups/" + g.id(), section.getTranslation("buyer-group.open"));
            open.setId("open-buyer-group");
            section.add(new Paragraph(open));
        } else {
            section.add(new Paragraph(section.getTranslation("buyer-group.none")));
            if (lifecycle.mayForm(proposal)) {
                Button form = new Button(section.getTranslation("buyer-group.form"), e -> openForm(section, proposal));
                form.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                form.setId("form-buyer-group");
                section.add(form);
            }
        }
        return Optional.of(section);
    }

    private void openForm(Section section, Submission proposal) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(section.getTranslation("buyer-group.form"));
        TextField body = new TextField(section.getTranslation("buyer-group.central-purchasing-body"));
        body.setWidthFull();
        body.setId("central-purchasing-body");
        body.setManualValidation(true);
        DatePicker planned = DateFields.localised(new DatePicker(section.getTranslation("buyer-group.planned-tender-date")));
        planned.setId("planned-tender-date");
        planned.setManualValidation(true);
        Paragraph start = new Paragraph(shares.startingShare(proposal.id())
                .map(s -> section.getTranslation("buyer-group.form.starting-share",
                        ReaderFormats.of(section).figure(Objects.requireNonNull(s.share().quantity(), "a starting share counts")
                                .doubleValue()),
                        section.getTranslation(Objects.requireNonNull(s.share().unit(), "a starting share has its unit")
                                .messageKey()), s.needTitle()))
                .orElseGet(() -> section.getTranslation("buyer-group.form.no-starting-share")));
        start.setId("buyer-group-starting-share");
        dialog.add(new Paragraph(section.getTranslation("buyer-group.form.lead")), start, body, planned);
        Button create = new Button(section.getTranslation("buyer-group.form"), e -> FormSubmit.attempt(dialog,
                Map.of("centralPurchasingBody", body, "plannedTenderDate", planned),
                () -> lifecycle.form(proposal.id(), body.getValue(), planned.getValue()))
                .ifPresent(g -> {
                    dialog.close();
                    section.getUI().ifPresent(ui -> ui.navigate("buyer-groups/" + g.id()));
                }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("confirm-form-buyer-group");
        dialog.getFooter().add(new Button(section.getTranslation("action.cancel"), e -> dialog.close()), create);
        dialog.setWidth("min(36rem, 100vw)");
        dialog.open();
    }
}
