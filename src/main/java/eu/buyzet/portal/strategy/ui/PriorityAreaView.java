package eu.buyzet.portal.strategy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import eu.buyzet.portal.buyergroup.BuyerGroupService;
import eu.buyzet.portal.contract.ContractService;
import eu.buyzet.portal.contract.MappedContract;
import eu.buyzet.portal.dialogue.DialogueService;
import eu.buyzet.portal.forum.ForumService;
import eu.buyzet.portal.search.SearchService;
import eu.buyzet.portal.submission.SubmissionService;
import eu.buyzet.portal.shared.Formats;
import eu.buyzet.portal.shared.ui.EmptyState;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.ReaderFormats;
import eu.buyzet.portal.shared.ui.ViewFrame;
import eu.buyzet.portal.strategy.AreaAction;
import eu.buyzet.portal.strategy.AreaBaseline;
import eu.buyzet.portal.strategy.PriorityArea;
import eu.buyzet.portal.strategy.PriorityAreaId;
import eu.buyzet.portal.strategy.PriorityAreaPage;
import eu.buyzet.portal.strategy.PriorityAreaService;
import eu.buyzet.portal.strategy.Strategy;
import eu.buyzet.portal.strategy.StrategyService;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One priority area: its baseline, contracts, who is consulted, its strategies, and (for the
 * owner) changing it and starting a strategy. It prints {@link PriorityAreaPage} and decides nothing.
 */
@Route("strategies/areas")
@PermitAll
class PriorityAreaView extends ViewFrame implements HasUrlParameter<Long>, HasDynamicTitle {

    private final PriorityAreaService areas;
    private final StrategyService strategies;
    private final ContractService contracts;
    private final DialogueService dialogues;
    private final BuyerGroupService groups;
    private final ForumService forums;
    private final SearchService search;
    private final SubmissionService submissions;
    private final Div content = new Div();
    private @Nullable PriorityAreaPage page;

    PriorityAreaView(PriorityAreaService areas, StrategyService strategies, ContractService contracts,
                          DialogueService dialogues, BuyerGroupService groups, ForumService forums, SearchService search,
                     SubmissionService submissions) {
        this.areas = areas;
        this.strategies = strategies;
        this.contracts = contracts;
        this.dialogues = dialogues;
        this.groups = groups;
        this.forums = forums;
        this.search = search;
        this.submissions = submissions;
        add(content);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(areas.page(PriorityAreaId.of(id)));
    }

    private void show(PriorityAreaPage shown) {
        page = shown;
        PriorityArea a = shown.area();
        Formats formats = ReaderFormats.of(this);
        content.removeAll();
        setHeading(a.name());
        setLead(a.description());
        DescriptionList facts = new DescriptionList();
        facts.addClassName("footprint-list");
        Figures.text(facts, "strategy.owner", a.ownerName(), "area-owner");
        if (a.cpvCategory() != null) {
            Figures.text(facts, "strategy.area.category", a.cpvCategory(), "area-category");
        }
        Figures.text(facts, "strategy.area.consulted", shown.consultedNames().isEmpty()
                ? getTranslation("strategy.area.consulted-none") : String.join(", ", shown.consultedNames()),
                "area-consulted");
        content.add(facts, baseline(a.baseline(), formats), contractList(shown, formats), strategyList(shown));
        if (shown.actions().contains(AreaAction.START_STRATEGY)) {
            content.add(startStrategy(a));
        }
        if (shown.actions().contains(AreaAction.EDIT)) {
            Button edit = new Button(getTranslation("strategy.area.edit"));
            edit.setId("area-edit");
            edit.addClickListener(e -> {
                edit.setVisible(false);
                content.add(new AreaForm(contracts, dialogues, groups, forums, search, submissions,
                        areas.agencyChoices(a), a,
                        draft -> areas.update(a.id(), a.version(), draft), saved -> {
                            FieldErrors.notifySuccess(this, getTranslation("strategy.area.saved"));
                            show(areas.page(saved.id()));
                        }));
            });
            content.add(edit);
        }
    }

    private Section baseline(@Nullable AreaBaseline b, Formats formats) {
        Section section = new Section(new H2(getTranslation("strategy.area.baseline")));
        section.addClassName("card");
        section.setId("area-baseline");
        if (b == null || b.factorSetId().isEmpty()) {
            section.add(new Paragraph(getTranslation("strategy.area.baseline-none")));
            return section;
        }
        section.add(new Paragraph(getTranslation("strategy.area.baseline-source", formats.date(b.computedOn()),
                b.factorSetName())), Figures.of(b.figures(), b.energyKwh(), formats, "baseline"));
        section.add(new Paragraph(getTranslation("strategy.area.without-flows", b.contractsWithoutFlows())));
        return section;
    }

    private Section contractList(PriorityAreaPage shown, Formats formats) {
        Section section = new Section(new H2(getTranslation("strategy.area.contracts")));
        section.addClassName("card");
        UnorderedList list = new UnorderedList();
        list.setId("area-contract-list");
        for (MappedContract c : shown.contracts()) {
            String end = c.endDate() == null ? "" : " · " + formats.date(c.endDate());
            list.add(new ListItem(new Anchor("footprint/contracts/" + c.id(), c.title()),
                    new com.vaadin.flow.component.html.Span(" · " + c.organisationName() + end)));
        }
        section.add(list);
        return section;
    }

    private Section strategyList(PriorityAreaPage shown) {
        Section section = new Section(new H2(getTranslation("strategy.strategies")));
        section.addClassName("card");
        if (shown.strategies().isEmpty()) {
            section.add(shown.actions().contains(AreaAction.START_STRATEGY)
                    ? EmptyState.of(getTranslation("strategy.empty.strategies"))
                    : EmptyState.of(getTranslation("strategy.empty.other")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.setId("area-strategies");
        for (Strategy s : shown.strategies()) {
            list.add(new ListItem(new Anchor("strategies/" + s.id(), s.title()), new com.vaadin.flow.component.html.Span(
                    " · " + getTranslation("strategy.status." + s.status().name()) + " · "
                            + getTranslation("strategy.version", s.number()))));
        }
        section.add(list);
        return section;
    }

    private Div startStrategy(PriorityArea a) {
        TextField title = new TextField(getTranslation("strategy.area.start-title"));
        title.setId("strategy-new-title");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        title.setWidthFull();
        Button start = new Button(getTranslation("strategy.area.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("strategy-start");
        start.addClickListener(e -> FormSubmit.attempt(this, Map.of("title", title),
                        () -> strategies.create(a.id(), title.getValue()))
                .ifPresent(s -> getUI().ifPresent(ui -> ui.navigate("strategies/" + s.id()))));
        Div form = new Div(title, start);
        form.addClassName("card");
        return form;
    }

    @Override
    public String getPageTitle() {
        return (page == null ? getTranslation("strategy.areas") : page.area().name()) + " – " + getTranslation("app.name");
    }
}
