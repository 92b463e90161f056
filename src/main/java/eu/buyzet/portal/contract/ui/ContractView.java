package eu.buyzet.portal.contract.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import eu.buyzet.portal.contract.ContractId;
import eu.buyzet.portal.contract.ContractService;
import eu.buyzet.portal.contract.CvdTargetService;
import eu.buyzet.portal.footprint.FootprintService;
import eu.buyzet.portal.contract.MappedContract;
import eu.buyzet.portal.forum.Forum;
import eu.buyzet.portal.forum.ForumFilter;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.forum.ForumStatus;
import eu.buyzet.portal.shared.CpvCatalogue;
import eu.buyzet.portal.shared.Formats;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ui.Confirmation;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.ViewFrame;
import eu.buyzet.portal.footprint.components.FootprintFigures;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One mapped contract: what it is, its footprint flow by flow with the factor set's sources, and
 * for its agency the way on: change it, remove it, or start a need from it so that today's
 * transport becomes the baseline solutions are measured against.
 */
@Route("footprint/contracts")
@RolesAllowed({"AGENCY", "MODERATOR", "ADMIN"})
class ContractView extends ViewFrame implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ContractService contracts;
    private final FootprintService footprints;
    private final ForumService forums;
    private final CvdTargetService cvdTargets;
    private final Div content = new Div();
    private MappedContract contract;

    ContractView(ContractService contracts, FootprintService footprints, ForumService forums,
                 CvdTargetService cvdTargets) {
        this.contracts = contracts;
        this.cvdTargets = cvdTargets;
        this.footprints = footprints;
        this.forums = forums;
        add(content);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        contract = contracts.get(ContractId.of(id));
        render();
    }

    private void render() {
        MappedContract c = contract;
        content.removeAll();
        setHeading(c.title());
        Locale locale = getLocale();
        DescriptionList facts = new DescriptionList();
        facts.addClassName("footprint-list");
        fact(facts, "contracts.agency", c.organisationName());
        if (c.reference() != null) {
            fact(facts, "contracts.reference", c.reference());
        }
        fact(facts, "contracts.cpv", c.cpvCodes().stream().map(CpvCatalogue.official()::describe)
                .collect(Collectors.joining("; ")));
        fact(facts, "contracts.category", getTranslation(c.transportCategory().messageKey()));
        fact(facts, "contracts.cvd-scope", getTranslation(c.inCvdScope() ? "contracts.cvd-scope.in"
                : "contracts.cvd-scope.out"));
        fact(facts, "contracts.supplier", c.supplierName());
        if (c.annualValue() != null) {
            fact(facts, "contracts.annual-value", Formats.of(locale).amount(c.annualValue()) + " "
                    + c.currency());
        }
        if (c.awardDate() != null) {
            fact(facts, "contracts.award-date", c.awardDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(locale)));
        }
        if (c.endDate() != null) {
            fact(facts, "contracts.end-date", c.endDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(locale)));
        }
        if (c.trips() != null) {
            fact(facts, "contracts.metric.trips", FootprintFigures.number(c.trips(), locale)
                    + (c.estimated() ? " (" + getTranslation("contracts.estimate.badge") + ")" : ""));
        }
        fact(facts, "contracts.updated", getTranslation("contracts.updated-by", c.updatedByName(),
                Formats.of(locale).date(c.updatedAt())));
        content.add(facts);

        Section footprint = new Section(new H2(getTranslation("footprint.heading")));
        footprint.addClassName("card");
        footprint.setId("footprint");
        if (c.result() == null) {
            footprint.add(new Paragraph(getTranslation("contracts.not-computed")));
        } else {
            if (!c.result().factorSetId().equals(footprints.defaultFactorSet().id())) {
                Paragraph older = new Paragraph(getTranslation("contracts.older-factor-set"));
                older.addClassName("notice");
                footprint.add(older);
            }
            if (c.estimate() != null) {
                footprint.add(EstimateNotice.of(this, locale, c.estimate()));
            }
            String factorSetId = c.result().factorSetId();
            footprint.add(FootprintFigures.of(this, c.result(), () -> footprints.factorSet(factorSetId)));
        }
        content.add(footprint);
        if (c.result() != null) {
            content.add(new CvdSection(cvdTargets, c.id(), c.organisationName(), c.inCvdScope()));
        }

        if (c.needId() != null) {
            content.add(new Paragraph(new Anchor("submissions/" + c.needId(), getTranslation("contracts.need-created"))));
        }
        if (contracts.canEdit(c)) {
            Button edit = new Button(getTranslation("action.edit"), e -> getUI().ifPresent(ui -> ui.navigate(
                    ContractEditorView.class, QueryParameters.simple(Map.of("id", c.id().toString())))));
            edit.setId("edit-contract");
            Button need = new Button(getTranslation("contracts.create-need"), e -> openCreateNeed());
            need.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            need.setId("create-need");
            Button delete = new Button(getTranslation("action.delete"), e -> confirmDelete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setId("delete-contract");
            Div actions = new Div(edit, need, delete);
            actions.addClassName("view-toolbar");
            content.add(actions);
        }
        content.add(new Paragraph(new Anchor("footprint/contracts", getTranslation("contracts.back"))));
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private void openCreateNeed() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("contracts.create-need"));
        ComboBox<Forum> forum = new ComboBox<>(getTranslation("contracts.need-forum"));
        forum.setItems(forums.list(new ForumFilter(null, ForumStatus.OPEN), new PageRequest(0, PageRequest.MAX_LIMIT)));
        forum.setItemLabelGenerator(f -> f.title(getLocale()));
        forum.setRequiredIndicatorVisible(true);
        forum.setId("need-forum");
        forum.setWidthFull();
        TextField title = new TextField(getTranslation("submission.title"));
        title.setValue(contract.title());
        title.setId("need-title");
        title.setWidthFull();
        TextArea summary = new TextArea(getTranslation("submission.summary"));
        summary.setValue(getTranslation("contracts.need-summary", contract.title(), contract.supplierName()));
        summary.setId("need-summary");
        summary.setWidthFull();
        for (HasValidation field : java.util.List.of(forum, title, summary)) {
            field.setManualValidation(true);
        }
        Paragraph lead = new Paragraph(getTranslation("contracts.create-need.lead"));
        dialog.add(lead, forum, title, summary);
        Button create = new Button(getTranslation("contracts.create-need.confirm"), e -> FormSubmit.attempt(dialog,
                Map.of("forumId", forum, "title", title, "summary", summary),
                () -> contracts.createNeed(contract.id(), forum.getValue() == null ? null : forum.getValue().id(),
                        title.getValue(), summary.getValue()))
                .ifPresent(need -> {
                    dialog.close();
                    getUI().ifPresent(ui -> ui.navigate("submissions/" + need));
                }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("confirm-create-need");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), create);
        dialog.setWidth("min(40rem, 100vw)");
        dialog.open();
    }

    private void confirmDelete() {
        Confirmation.ask(new Confirmation.Texts(getTranslation("contracts.delete-confirm", contract.title()),
                getTranslation("contracts.delete-lead") + " " + getTranslation("confirm.cannot-be-undone"),
                getTranslation("action.delete")), "confirm-delete-contract", true,
                () -> FormSubmit.attempt(this, Map.of(), () -> {
                    contracts.delete(contract.id(), contract.version());
                    return contract;
                }).ifPresent(done -> {
                    FieldErrors.notifySuccess(this, getTranslation("contracts.deleted"));
                    getUI().ifPresent(ui -> ui.navigate("footprint/contracts"));
                }));
    }

    @Override
    public String getPageTitle() {
        return (contract == null ? getTranslation("contracts.heading") : contract.title()) + " – "
                + getTranslation("app.name");
    }
}
