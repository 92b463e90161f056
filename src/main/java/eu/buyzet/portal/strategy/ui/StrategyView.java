package eu.buyzet.portal.strategy.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.buyzet.portal.shared.Formats;
import eu.buyzet.portal.shared.ui.Confirmation;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.ReaderFormats;
import eu.buyzet.portal.shared.ui.ViewFrame;
import eu.buyzet.portal.strategy.Strategy;
import eu.buyzet.portal.strategy.StrategyAction;
import eu.buyzet.portal.strategy.StrategyId;
import eu.buyzet.portal.strategy.StrategyPage;
import eu.buyzet.portal.strategy.StrategyFiles;
import eu.buyzet.portal.strategy.StrategyService;
import eu.buyzet.portal.strategy.StrategyWorkflow;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One strategy version: its facts, the draft's title and summary for the owner, how §7-9 is met,
 * the instruments, the planned years, the computed scenario, the tender timeline, consultation comments, the lifecycle steps the reader may take (each
 * confirmed) and the versions side by side. It prints {@link StrategyPage} and decides nothing.
 */
@Route("strategies")
@AnonymousAllowed
class StrategyView extends ViewFrame implements HasUrlParameter<Long>, HasDynamicTitle {

    private final StrategyService strategies;
    private final StrategyWorkflow workflow;
    private final StrategyFiles files;
    private final Div content = new Div();
    private @Nullable StrategyPage page;

    StrategyView(StrategyService strategies, StrategyWorkflow workflow, StrategyFiles files) {
        this.strategies = strategies;
        this.workflow = workflow;
        this.files = files;
        add(content);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(strategies.page(StrategyId.of(id)));
    }

    private void reload() {
        if (page != null) {
            show(strategies.page(page.strategy().id()));
        }
    }

    private void show(StrategyPage shown) {
        page = shown;
        Strategy s = shown.strategy();
        Formats formats = ReaderFormats.of(this);
        content.removeAll();
        setHeading(s.title());
        setLead(s.summary());
        DescriptionList facts = new DescriptionList();
        facts.addClassName("footprint-list");
        facts.setId("strategy-facts");
        Figures.text(facts, "strategy.status", getTranslation("strategy.status." + s.status().name()) + " · "
                + getTranslation("strategy.version", s.number()), "strategy-status");
        Figures.text(facts, "strategy.owner", s.ownerName(), "strategy-owner");
        if (s.adoptedAt() != null) {
            // the adopter's name is for those who may see the area; everyone else reads the date
            String adopted = s.adoptedByName() == null ? getTranslation("strategy.adopted-on", formats.date(s.adoptedAt()))
                    : getTranslation("strategy.adopted-by", s.adoptedByName(), formats.date(s.adoptedAt()));
            Figures.text(facts, "strategy.status.ADOPTED", adopted, "strategy-adopted");
        }
        content.add(facts);
        if (shown.may(StrategyAction.DOWNLOAD)) {
            content.add(new DocumentLinks(files, s, getLocale()));
        }
        if (shown.area() != null) {
            content.add(new Paragraph(new Anchor("strategies/areas/" + s.area(),
                    getTranslation("strategy.area-link", s.areaName()))));
        }
        Div steps = steps(shown);
        if (steps.getComponentCount() > 0) {
            content.add(steps);
        }
        if (shown.may(StrategyAction.EDIT)) {
            content.add(titleAndSummary(s));
        }
        content.add(new ClimateWeightingBadge(shown.climateWeighting()),
                new InstrumentsSection(shown, strategies, this::reload),
                new ScenarioYearsSection(shown, strategies, this::reload));
        scenario(shown);
        if (shown.area() != null) {
            content.add(new TimelineSection(shown.timeline()));
        }
        if (!shown.comments().isEmpty() || shown.may(StrategyAction.COMMENT)) {
            content.add(new CommentsSection(shown, workflow, this::reload));
        }
        content.add(new VersionComparison(s, shown.versions()));
    }

    /** The computed scenario, and for the draft's owner the button that computes it with today's factor set. */
    private void scenario(StrategyPage shown) {
        Strategy s = shown.strategy();
        var result = shown.result();
        if (result != null) {
            content.add(new ScenarioSection(result));
        }
        if (!shown.may(StrategyAction.EDIT)) {
            return;
        }
        Div compute = new Div();
        compute.addClassName("view-toolbar");
        if (result == null) {
            Paragraph none = new Paragraph(getTranslation("strategy.scenario.not-computed"));
            none.setId("strategy-scenario-not-computed");
            compute.add(none);
        }
        Button button = new Button(getTranslation("strategy.scenario.compute"));
        button.setId("strategy-compute");
        button.addClickListener(e -> FormSubmit.attempt(compute, Map.of(),
                () -> strategies.computeScenario(s.id(), s.version())).ifPresent(x -> {
                    FieldErrors.notifySuccess(this, getTranslation("strategy.scenario.computed"));
                    reload();
                }));
        compute.add(button);
        content.add(compute);
    }

    private Div titleAndSummary(Strategy s) {
        TextField title = new TextField(getTranslation("strategy.title"));
        title.setValue(s.title());
        title.setId("strategy-title");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        title.setWidthFull();
        TextArea summary = new TextArea(getTranslation("strategy.summary"));
        summary.setValue(s.summary());
        summary.setId("strategy-summary");
        summary.setMaxLength(8000);
        summary.setWidthFull();
        Button save = new Button(getTranslation("strategy.save"));
        save.setId("strategy-save");
        Div form = new Div(title, summary, save);
        save.addClickListener(e -> {
            Map<String, HasValidation> fields = new LinkedHashMap<>();
            fields.put("title", title);
            fields.put("summary", summary);
            FormSubmit.attempt(form, fields, () -> strategies.edit(s.id(), s.version(), title.getValue(),
                    summary.getValue())).ifPresent(x -> {
                        FieldErrors.notifySuccess(this, getTranslation("strategy.saved"));
                        reload();
                    });
        });
        form.addClassName("card");
        return form;
    }

    private Div steps(StrategyPage shown) {
        Strategy s = shown.strategy();
        Div steps = new Div();
        steps.addClassName("view-toolbar");
        if (shown.may(StrategyAction.SEND_TO_CONSULTATION)) {
            steps.add(step("consultation", "strategy-consultation",
                    () -> workflow.sendToConsultation(s.id(), s.version())));
        }
        if (shown.may(StrategyAction.ADOPT)) {
            steps.add(step("adopt", "strategy-adopt", () -> workflow.adopt(s.id(), s.version())));
        }
        if (shown.may(StrategyAction.NEW_VERSION)) {
            steps.add(step("new-version", "strategy-new-version", () -> workflow.newVersion(s.id())));
        }
        return steps;
    }

    /** A lifecycle step behind a confirmation; the strategy it leads to is shown after. */
    private Button step(String name, String id, Supplier<Strategy> take) {
        String key = "strategy.action." + name;
        Button button = new Button(getTranslation(key));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId(id);
        button.addClickListener(e -> Confirmation.ask(new Confirmation.Texts(getTranslation(key + ".question"),
                getTranslation(key + ".consequence"), getTranslation(key)), id + "-confirm", false,
                () -> FormSubmit.attempt(this, Map.of(), take).ifPresent(next -> {
                    if (page != null && next.id().equals(page.strategy().id())) {
                        reload();
                    } else {
                        getUI().ifPresent(ui -> ui.navigate("strategies/" + next.id()));
                    }
                })));
        return button;
    }

    @Override
    public String getPageTitle() {
        return (page == null ? getTranslation("strategy.heading") : page.strategy().title()) + " – "
                + getTranslation("app.name");
    }
}
