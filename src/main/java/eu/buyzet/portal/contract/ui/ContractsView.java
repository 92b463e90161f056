package eu.buyzet.portal.contract.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.contract.ContractExport;
import eu.buyzet.portal.contract.ContractFigures;
import eu.buyzet.portal.contract.ContractId;
import eu.buyzet.portal.contract.ContractMetric;
import eu.buyzet.portal.contract.ContractService;
import eu.buyzet.portal.contract.CpvCategoryTotal;
import eu.buyzet.portal.contract.CpvLevel;
import eu.buyzet.portal.contract.CvdFacts;
import eu.buyzet.portal.contract.CvdTargetService;
import eu.buyzet.portal.contract.MappingAgency;
import eu.buyzet.portal.contract.RankedContract;
import eu.buyzet.portal.contract.Recomputed;
import eu.buyzet.portal.contract.TransportCategory;
import eu.buyzet.portal.footprint.components.FootprintFigures;
import eu.buyzet.portal.shared.CpvCatalogue;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ui.BarChart;
import eu.buyzet.portal.shared.ui.EmptyState;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.ReaderFormats;
import eu.buyzet.portal.shared.ui.ViewFrame;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which contracts and CPV categories cause the most transport: for one agency or across all of
 * them, by trips, vehicle-km, CO2e, NOx or PM, with a chart of the ten largest and the whole
 * ranking as CSV or XLSX. The choices are in the URL, so a ranking can be shared as a link.
 */
@Route("footprint/contracts")
@Menu(title = "nav.contracts", order = 9)
@RolesAllowed({"AGENCY", "MODERATOR", "ADMIN"})
class ContractsView extends ViewFrame implements BeforeEnterObserver, HasDynamicTitle {

    /** Everyone across agencies; a select cannot hold null next to a placeholder in all locales. */
    private static final MappingAgency ALL = new MappingAgency(new OrganisationId(0), "", 0);
    private static final int CHART_SIZE = 10;

    private final ContractService contracts;
    private final Select<MappingAgency> agency = new Select<>();
    private final Select<ContractMetric> metric = new Select<>();
    private final Select<String> grouping = new Select<>();
    /** "all" or a {@link TransportCategory} name: a select cannot hold null next to a placeholder. */
    private final Select<String> category = new Select<>();
    private final Div chartBox = new Div();
    private final Paragraph total = new Paragraph();
    private final Grid<RankedContract> contractGrid = new Grid<>();
    private final Grid<CpvCategoryTotal> categoryGrid = new Grid<>();
    private final Div exports = new Div();
    private boolean restoring;

    private final AuditTrail audit;
    private final CvdTargetService cvdTargets;

    ContractsView(ContractService contracts, CvdTargetService cvdTargets, AuditTrail audit) {
        this.cvdTargets = cvdTargets;
        this.audit = audit;
        this.contracts = contracts;
        setHeading(getTranslation("contracts.heading"));
        setLead(getTranslation("contracts.lead"));
        addClassName("list-view");
        if (contracts.canMap()) {
            Button add = new Button(getTranslation("contracts.add"), e -> getUI().ifPresent(ui ->
                    ui.navigate(ContractEditorView.class)));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("add-contract");
            Button recompute = new Button(getTranslation("contracts.recompute"), e -> {
                Recomputed done = contracts.recomputeMine();
                FieldErrors.notifySuccess(this, getTranslation("contracts.recomputed", done.changed()));
                if (!done.refused().isEmpty()) {
                    FieldErrors.notifyError(this, getTranslation("contracts.recompute-refused", done.refused().size(),
                            String.join(", ", done.refused())));
                }
                refresh();
            });
            recompute.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            recompute.setId("recompute-contracts");
            addToToolbar(add, recompute);
        }

        agency.setLabel(getTranslation("contracts.agency"));
        agency.setItemLabelGenerator(a -> a == ALL ? getTranslation("contracts.all-agencies")
                : getTranslation("contracts.agency-option", a.name(), a.contracts()));
        agency.setId("contracts-agency");
        agency.setWidth("min(100%, 30rem)");
        metric.setLabel(getTranslation("contracts.rank-by"));
        metric.setItems(ContractMetric.values());
        metric.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        metric.setValue(ContractMetric.CO2E);
        metric.setId("contracts-metric");
        grouping.setLabel(getTranslation("contracts.group-by"));
        grouping.setItems("contracts", "division", "group", "class");
        grouping.setItemLabelGenerator(g -> getTranslation("contracts.group." + g));
        grouping.setValue("contracts");
        grouping.setId("contracts-grouping");
        category.setLabel(getTranslation("contracts.category"));
        List<String> categories = new java.util.ArrayList<>(List.of("all"));
        java.util.Arrays.stream(TransportCategory.values()).map(Enum::name).forEach(categories::add);
        category.setItems(categories);
        category.setItemLabelGenerator(c -> c.equals("all") ? getTranslation("contracts.category.all")
                : getTranslation(TransportCategory.valueOf(c).messageKey()));
        category.setValue("all");
        category.setId("contracts-category");
        Div filters = new Div(agency, category, metric, grouping);
        filters.addClassName("search-filters");

        chartBox.setId("contracts-chart");
        total.setId("contracts-total");
        total.setClassName("helper");
        exports.addClassName("view-toolbar");
        Anchor ratios = new Anchor("footprint/contracts/spend-ratios", getTranslation("spend-ratios.link"));
        ratios.setId("spend-ratios-link");
        exports.setId("contracts-exports");

        contractGrid.addComponentColumn(this::card).setHeader(getTranslation("contracts.ranking"));
        contractGrid.setItems(q -> contracts.rank(selectedAgency(), selectedCategory(), metric.getValue(),
                new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> contracts.count(selectedAgency(), selectedCategory()));
        String empty = getTranslation(contracts.canMap() ? "empty.contracts.agency" : "empty.contracts.other");
        contractGrid.setEmptyStateComponent(EmptyState.of(empty));
        categoryGrid.setEmptyStateComponent(EmptyState.of(empty));
        contractGrid.setId("contract-ranking");
        contractGrid.setAriaLabel(getTranslation("contracts.ranking"));
        contractGrid.addClassName("card-grid");
        categoryGrid.addComponentColumn(this::card).setHeader(getTranslation("contracts.ranking"));
        categoryGrid.setId("category-ranking");
        categoryGrid.setAriaLabel(getTranslation("contracts.ranking"));
        categoryGrid.addClassName("card-grid");
        categoryGrid.setVisible(false);

        add(filters, new Paragraph(ratios), new H2(getTranslation("contracts.top", CHART_SIZE)), chartBox, total, exports, contractGrid,
                categoryGrid);
        agency.addValueChangeListener(e -> changed());
        metric.addValueChangeListener(e -> changed());
        grouping.addValueChangeListener(e -> changed());
        category.addValueChangeListener(e -> changed());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        List<MappingAgency> agencies = new java.util.ArrayList<>();
        agencies.add(ALL);
        agencies.addAll(contracts.agencies());
        agency.setItems(agencies);
        Optional<OrganisationId> own = contracts.ownAgency();
        String wanted = first(params, "agency").orElse(own.map(id -> id.toString()).orElse("all"));
        agency.setValue(agencies.stream().filter(a -> a != ALL && a.id().toString().equals(wanted)).findFirst()
                .orElse(ALL));
        metric.setValue(first(params, "rank").flatMap(v -> java.util.Arrays.stream(ContractMetric.values())
                .filter(m -> m.name().equalsIgnoreCase(v)).findFirst()).orElse(ContractMetric.CO2E));
        grouping.setValue(first(params, "group").filter(List.of("division", "group", "class")::contains)
                .orElse("contracts"));
        category.setValue(first(params, "category").map(c -> c.toUpperCase(Locale.ROOT).replace('-', '_'))
                .filter(c -> java.util.Arrays.stream(TransportCategory.values()).anyMatch(t -> t.name().equals(c)))
                .orElse("all"));
        restoring = false;
        refresh();
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream().findFirst();
    }

    private @Nullable OrganisationId selectedAgency() {
        return agency.getValue() == null || agency.getValue() == ALL ? null : agency.getValue().id();
    }

    private @Nullable TransportCategory selectedCategory() {
        return category.getValue() == null || category.getValue().equals("all") ? null
                : TransportCategory.valueOf(category.getValue());
    }

    private void changed() {
        if (restoring) {
            return;
        }
        refresh();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("agency", selectedAgency() == null ? "all" : selectedAgency().toString());
        params.put("rank", metric.getValue().name().toLowerCase(Locale.ROOT));
        if (!grouping.getValue().equals("contracts")) {
            params.put("group", grouping.getValue());
        }
        if (selectedCategory() != null) {
            params.put("category", selectedCategory().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory()
                .replaceState(null, new Location("footprint/contracts", QueryParameters.simple(params))));
    }

    private void refresh() {
        ContractMetric m = metric.getValue();
        boolean byContract = grouping.getValue().equals("contracts");
        contractGrid.setVisible(byContract);
        categoryGrid.setVisible(!byContract);
        chartBox.removeAll();
        exports.removeAll();
        List<BarChart.Bar> bars;
        if (byContract) {
            contractGrid.getDataProvider().refreshAll();
            int count = contracts.count(selectedAgency(), selectedCategory());
            total.setText(getTranslation("contracts.total", count));
            bars = contracts.rank(selectedAgency(), selectedCategory(), m, new PageRequest(0, CHART_SIZE)).stream()
                    .filter(r -> r.figures().value(m) != null)
                    .map(r -> new BarChart.Bar(r.rank() + ". " + shorten(r.title())
                            + (r.estimated() ? " (" + getTranslation("contracts.estimate.badge") + ")" : ""),
                            display(m, Objects.requireNonNull(r.figures().value(m), "filtered")),
                            "#0b6e4f"))
                    .toList();
            if (count > 0) {
                exports.add(download("csv"), download("xlsx"));
            }
        } else {
            CpvLevel level = CpvLevel.valueOf(grouping.getValue().toUpperCase(Locale.ROOT));
            List<CpvCategoryTotal> categories = contracts.byCpvCategory(selectedAgency(), selectedCategory(), m, level);
            categoryGrid.setItems(categories);
            total.setText(getTranslation("contracts.total-categories", categories.size()));
            bars = categories.stream().limit(CHART_SIZE).filter(c -> c.figures().value(m) != null)
                    .map(c -> new BarChart.Bar(c.rank() + ". " + shorten(c.label()),
                            display(m, Objects.requireNonNull(c.figures().value(m), "filtered")),
                            "#0b6e4f"))
                    .toList();
        }
        if (bars.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("contracts.none"));
            none.setId("contracts-none");
            chartBox.add(none);
        } else {
            chartBox.add(new BarChart(getTranslation("contracts.chart", getTranslation(m.messageKey())),
                    displayUnit(m), bars));
        }
    }

    private Anchor download(String format) {
        ContractMetric m = metric.getValue();
        OrganisationId scope = selectedAgency();
        TransportCategory only = selectedCategory();
        Locale locale = getLocale();
        Anchor link = new Anchor((DownloadEvent event) -> {
            event.setFileName("contract-footprint-" + (scope == null ? "all" : scope) + "."
                    + format);
            event.setContentType(format.equals("csv") ? "text/csv; charset=UTF-8"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            List<RankedContract> ranking = contracts.rankAll(scope, only, m);
            audit.recordAccess("data-export.contract-footprint", "contract-ranking", scope == null ? "all" : scope,
                    Map.of("format", format, "metric", m.name(), "rows", ranking.size(), "category",
                            only == null ? "all" : only.name()));
            try (OutputStream out = event.getOutputStream()) {
                Map<ContractId, CvdFacts> cvd = cvdTargets.factsOf(ranking);
                if (format.equals("csv")) {
                    ContractExport.csv(ranking, cvd, key -> getTranslation(locale, key), out);
                } else {
                    ContractExport.xlsx(ranking, cvd, key -> getTranslation(locale, key),
                            getTranslation(locale, "contracts.heading"), out);
                }
            }
        }, getTranslation(format.equals("csv") ? "contracts.download-csv" : "contracts.download-xlsx"));
        link.setId("download-" + format);
        return link;
    }

    private Component card(RankedContract r) {
        Div card = new Div();
        card.addClassName("submission-card");
        Span rank = new Span(getTranslation("contracts.place", r.rank()));
        rank.addClassName("contract-rank");
        Anchor title = new Anchor("footprint/contracts/" + r.id(), r.title());
        title.addClassName("submission-link");
        StringBuilder facts = new StringBuilder(r.organisationName()).append(" · ")
                .append(CpvCatalogue.official().describe(r.mainCpv())).append(" · ").append(r.supplierName());
        if (r.endDate() != null) {
            facts.append(" · ").append(getTranslation("contracts.ends", ReaderFormats.of(this).date(r.endDate())));
        }
        Span meta = new Span(facts.toString());
        meta.addClassName("submission-card-meta");
        // the category and the estimate mark share the place's line, so a card grows no taller
        Div placeLine = new Div(rank, new Span(" · " + getTranslation(r.transportCategory().messageKey())));
        placeLine.addClassName("contract-place-line");
        if (r.estimated()) {
            Span estimated = EstimateNotice.badge(this);
            estimated.setText(" · " + getTranslation("contracts.estimate.in-ranking"));
            placeLine.add(estimated);
        }
        card.add(placeLine, title, meta, figures(r.figures()));
        return card;
    }

    private Component card(CpvCategoryTotal c) {
        Div card = new Div();
        card.addClassName("submission-card");
        Span rank = new Span(getTranslation("contracts.place", c.rank()));
        rank.addClassName("contract-rank");
        Span title = new Span(c.display());
        title.addClassName("category-title");
        Span meta = new Span(getTranslation("contracts.category-contracts", c.contracts())
                + (c.estimatedContracts() > 0 ? " · " + getTranslation("contracts.estimate.of-which",
                c.estimatedContracts()) : ""));
        meta.addClassName("submission-card-meta");
        card.add(rank, title, meta, figures(c.figures()));
        return card;
    }

    /** All five measures on one line; what the factor set does not cover says so. */
    private Span figures(ContractFigures f) {
        Locale locale = getLocale();
        StringBuilder text = new StringBuilder();
        for (ContractMetric m : ContractMetric.values()) {
            if (!text.isEmpty()) {
                text.append(" · ");
            }
            Double value = f.value(m);
            text.append(getTranslation(m.messageKey())).append(": ")
                    .append(value == null ? getTranslation(m == ContractMetric.TRIPS ? "contracts.trips-unknown"
                            : "footprint.not-covered") : FootprintFigures.number(display(m, value), locale) + " "
                            + displayUnit(m));
            int missing = m == ContractMetric.NOX ? f.noxMissing() : m == ContractMetric.PM ? f.pmMissing() : 0;
            if (value != null && missing > 0) {
                text.append(' ').append(getTranslation("contracts.missing", missing));
            }
            if (m == ContractMetric.CO2E) {
                // beside well-to-wheel, the figure Oslo's climate budget counts (decision 029)
                Double tailpipe = f.co2eTailpipeKg();
                text.append(" · ").append(getTranslation("footprint.tailpipe")).append(": ")
                        .append(tailpipe == null ? getTranslation("footprint.tailpipe.not-computed")
                                : FootprintFigures.number(display(m, tailpipe), locale) + " " + displayUnit(m));
            }
        }
        Span span = new Span(text.toString());
        span.addClassName("contract-figures");
        return span;
    }

    /** People read tonnes of CO2e and kilograms of NOx and PM; exports keep the API's kg and g. */
    static double display(ContractMetric m, double value) {
        return switch (m) {
            case CO2E, NOX, PM -> value / 1000;
            default -> value;
        };
    }

    static String displayUnit(ContractMetric m) {
        return switch (m) {
            case TRIPS -> "";
            case VEHICLE_KM -> "km";
            case CO2E -> "t CO2e";
            case NOX -> "kg NOx";
            case PM -> "kg PM";
        };
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contracts.heading") + " – " + getTranslation("app.name");
    }
}
