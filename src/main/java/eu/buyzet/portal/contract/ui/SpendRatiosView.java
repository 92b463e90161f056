package eu.buyzet.portal.contract.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.buyzet.portal.contract.ContractService;
import eu.buyzet.portal.contract.SpendRatio;
import eu.buyzet.portal.contract.SpendRatioDetails;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.footprint.components.FootprintFigures;
import eu.buyzet.portal.shared.CpvCatalogue;
import eu.buyzet.portal.shared.ui.DecimalField;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.ViewFrame;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The trips-per-spend table behind the estimate from spend (decision 033), with each row's
 * source, for everyone who reads the mapping; administrators change and add rows.
 */
@Route("footprint/contracts/spend-ratios")
@RolesAllowed({"AGENCY", "MODERATOR", "ADMIN"})
class SpendRatiosView extends ViewFrame implements HasDynamicTitle {

    private final ContractService contracts;
    private final Grid<SpendRatio> grid = new Grid<>();

    SpendRatiosView(ContractService contracts) {
        this.contracts = contracts;
        setHeading(getTranslation("spend-ratios.heading"));
        setLead(getTranslation("spend-ratios.lead"));
        if (contracts.canEditSpendRatios()) {
            Button add = new Button(getTranslation("spend-ratios.add"), e -> edit(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("add-spend-ratio");
            addToToolbar(add);
        }
        grid.addColumn(r -> category(r.cpvPrefix())).setHeader(getTranslation("spend-ratios.category"))
                .setFlexGrow(2);
        grid.addColumn(r -> FootprintFigures.number(r.tripsPerMillion(), getLocale()))
                .setHeader(getTranslation("spend-ratios.trips-per-million", "NOK"));
        grid.addColumn(r -> FootprintFigures.number(r.kmPerTrip(), getLocale()))
                .setHeader(getTranslation("spend-ratios.km-per-trip"));
        grid.addColumn(r -> vehicle(r.vehicleCategory()) + ", " + carrier(r.energyCarrier())
                        + (r.energyPerKm() == null ? "" : ", " + getTranslation("spend-ratios.energy-use",
                        FootprintFigures.number(r.energyPerKm(), getLocale()))))
                .setHeader(getTranslation("spend-ratios.assumed-vehicle")).setFlexGrow(2);
        grid.addColumn(SpendRatio::source).setHeader(getTranslation("spend-ratios.source")).setFlexGrow(4);
        if (contracts.canEditSpendRatios()) {
            grid.addComponentColumn(this::editButton).setHeader(getTranslation("spend-ratios.actions"));
        }
        grid.setId("spend-ratios");
        grid.setAriaLabel(getTranslation("spend-ratios.heading"));
        grid.setAllRowsVisible(true);
        grid.setItems(contracts.spendRatios());
        add(grid, new Paragraph(new Anchor("footprint/contracts", getTranslation("contracts.back"))));
    }

    private String category(String prefix) {
        return prefix + "… " + CpvCatalogue.official().category(prefix).map(CpvCatalogue.Entry::label).orElse("");
    }

    private String vehicle(VehicleCategory v) {
        return getTranslation("footprint.vehicle." + v.name().toLowerCase(Locale.ROOT));
    }

    private String carrier(EnergyCarrier c) {
        return getTranslation("footprint.carrier." + c.name().toLowerCase(Locale.ROOT));
    }

    private Component editButton(SpendRatio r) {
        Button edit = new Button(getTranslation("action.edit"), e -> edit(r));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.getElement().setAttribute("aria-label", getTranslation("spend-ratios.edit", r.cpvPrefix()));
        edit.setId("edit-spend-ratio-" + r.cpvPrefix());
        return edit;
    }

    private void edit(@Nullable SpendRatio r) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(r == null ? "spend-ratios.add" : "spend-ratios.edit", r == null ? ""
                : r.cpvPrefix()));
        TextField prefix = new TextField(getTranslation("spend-ratios.prefix"));
        prefix.setHelperText(getTranslation("spend-ratios.prefix.help"));
        prefix.setId("spend-ratio-prefix");
        DecimalField trips = new DecimalField(getTranslation("spend-ratios.trips-per-million", "NOK"));
        trips.setId("spend-ratio-trips");
        DecimalField km = new DecimalField(getTranslation("spend-ratios.km-per-trip"));
        km.setId("spend-ratio-km");
        Select<VehicleCategory> vehicle = new Select<>();
        vehicle.setLabel(getTranslation("footprint.vehicle-category"));
        vehicle.setItems(VehicleCategory.values());
        vehicle.setItemLabelGenerator(this::vehicle);
        vehicle.setId("spend-ratio-vehicle");
        Select<EnergyCarrier> carrier = new Select<>();
        carrier.setLabel(getTranslation("footprint.energy-carrier"));
        carrier.setItems(EnergyCarrier.values());
        carrier.setItemLabelGenerator(this::carrier);
        carrier.setId("spend-ratio-carrier");
        DecimalField energy = new DecimalField(getTranslation("spend-ratios.energy-per-km"));
        energy.setHelperText(getTranslation("spend-ratios.energy-per-km.help"));
        energy.setId("spend-ratio-energy");
        TextArea source = new TextArea(getTranslation("spend-ratios.source"));
        source.setHelperText(getTranslation("spend-ratios.source.help"));
        source.setId("spend-ratio-source");
        source.setWidthFull();
        if (r != null) {
            prefix.setValue(r.cpvPrefix());
            trips.setNumber(r.tripsPerMillion());
            km.setNumber(r.kmPerTrip());
            vehicle.setValue(r.vehicleCategory());
            carrier.setValue(r.energyCarrier());
            energy.setNumber(r.energyPerKm());
            source.setValue(r.source());
        }
        Map<String, HasValidation> fields = Map.of("cpvPrefix", prefix, "tripsPerMillion", trips, "kmPerTrip", km,
                "vehicleCategory", vehicle, "energyCarrier", carrier, "energyPerKm", energy, "source", source);
        for (HasValidation f : fields.values()) {
            f.setManualValidation(true);
        }
        dialog.add(prefix, trips, km, vehicle, carrier, energy, source);
        Button save = new Button(getTranslation("action.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            if (!trips.check() | !km.check() | !energy.check()) {
                return;
            }
            FormSubmit.attempt(dialog, fields, () -> contracts.saveSpendRatio(r == null ? null : r.id(),
                    r == null ? 0 : r.version(), new SpendRatioDetails(prefix.getValue(), trips.doubleValue(),
                            km.doubleValue(), vehicle.getValue(), carrier.getValue(), energy.doubleValue(),
                            source.getValue())))
                    .ifPresent(saved -> {
                        dialog.close();
                        FieldErrors.notifySuccess(this, getTranslation("spend-ratios.saved", saved.cpvPrefix()));
                        grid.setItems(contracts.spendRatios());
                    });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-spend-ratio");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(40rem, 100vw)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("spend-ratios.heading") + " – " + getTranslation("app.name");
    }
}
