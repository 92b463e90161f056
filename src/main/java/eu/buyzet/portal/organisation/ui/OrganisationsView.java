package eu.buyzet.portal.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.buyzet.portal.organisation.Organisation;
import eu.buyzet.portal.organisation.OrganisationFilter;
import eu.buyzet.portal.organisation.OrganisationKind;
import eu.buyzet.portal.organisation.OrganisationService;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.ui.EmptyState;
import eu.buyzet.portal.shared.ui.ViewFrame;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** Administrators register and correct agencies and suppliers. The grid loads one page at a time. */
@Route("admin/organisations")
@Menu(title = "nav.organisations", order = 80)
@RolesAllowed("ADMIN")
class OrganisationsView extends ViewFrame implements HasDynamicTitle {

    private final OrganisationService organisations;
    private final Grid<Organisation> grid = new Grid<>();
    private final ConfigurableFilterDataProvider<Organisation, Void, OrganisationFilter> data;
    private final TextField search = new TextField();
    private final Select<OrganisationKind> kind = new Select<>();

    OrganisationsView(OrganisationService organisations) {
        this.organisations = organisations;
        setHeading(getTranslation("organisations.heading"));

        search.setLabel(getTranslation("organisations.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("organisation-search");
        kind.setLabel(getTranslation("organisation.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("filter.any"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("filter.any") : getTranslation(k.messageKey()));
        Button add = new Button(getTranslation("organisations.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-organisation");
        addToToolbar(search, kind, add);

        DataProvider<Organisation, OrganisationFilter> provider = DataProvider.fromFilteringCallbacks(
                q -> organisations.list(q.getFilter().orElse(OrganisationFilter.ANY),
                        new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> organisations.count(q.getFilter().orElse(OrganisationFilter.ANY)));
        data = provider.withConfigurableFilter();
        search.addValueChangeListener(e -> refilter());
        kind.addValueChangeListener(e -> refilter());

        grid.addColumn(Organisation::name).setHeader(getTranslation("organisation.name")).setFlexGrow(3);
        grid.addColumn(o -> getTranslation(o.kind().messageKey())).setHeader(getTranslation("organisation.kind"));
        grid.addColumn(Organisation::country).setHeader(getTranslation("organisation.country")).setFlexGrow(0)
                .setWidth("6em");
        grid.addColumn(Organisation::registrationNumber).setHeader(getTranslation("organisation.registration"));
        grid.addColumn(o -> getTranslation(o.status().messageKey())).setHeader(getTranslation("organisation.status"));
        grid.addComponentColumn(o -> {
            Button edit = new Button(getTranslation("action.edit"), e -> edit(o));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("action.edit") + " " + o.name());
            return edit;
        }).setHeader(getTranslation("action.actions")).setFlexGrow(0).setWidth("8em");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(data);
        grid.setEmptyStateComponent(EmptyState.of(getTranslation("empty.organisations")));
        grid.setId("organisations");
        grid.setAriaLabel(getTranslation("organisations.heading"));
        addClassName("list-view");
        add(grid);
    }

    private void refilter() {
        data.setFilter(new OrganisationFilter(search.getValue(), kind.getValue()));
    }

    private void edit(@Nullable Organisation organisation) {
        new OrganisationDialog(organisations, organisation, saved -> data.refreshAll()).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisations.heading") + " – " + getTranslation("app.name");
    }
}
