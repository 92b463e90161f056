package eu.buyzet.portal.footprint.components;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.EnergyUnit;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.shared.ui.DecimalField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One transport flow as a person fills it in: vehicle, energy carrier, then the distance and, if
 * known, the fuel. Fields are named as in the API, so that a message for {@code flows[0].kmPerTrip}
 * lands next to this editor's km-per-trip field.
 */
class FlowEditor extends Div {

    final Select<VehicleCategory> vehicleCategory = new Select<>();
    final Select<EnergyCarrier> energyCarrier = new Select<>();
    final TextField euroClass = new TextField();
    final DecimalField tripsPerYear = new DecimalField();
    final DecimalField kmPerTrip = new DecimalField();
    final DecimalField vehicleKmPerYear = new DecimalField();
    final DecimalField energyPerKm = new DecimalField();
    final DecimalField fuelPerYear = new DecimalField();
    final DecimalField payloadTonnes = new DecimalField();
    final DecimalField vehicles = DecimalField.wholeNumber("");
    private final H2 heading = new H2();
    final Button remove = new Button();

    private final String idPrefix;
    private final String headingKey;

    FlowEditor(String idPrefix, String headingKey, int index) {
        this.idPrefix = idPrefix;
        this.headingKey = headingKey;
        addClassName("flow-editor");
        addClassName("card");
        vehicleCategory.setLabel(getTranslation("footprint.vehicle-category"));
        vehicleCategory.setItems(VehicleCategory.values());
        vehicleCategory.setItemLabelGenerator(v -> getTranslation("footprint.vehicle." + v.name().toLowerCase(Locale.ROOT)));
        vehicleCategory.setValue(VehicleCategory.N1);
        energyCarrier.setLabel(getTranslation("footprint.energy-carrier"));
        energyCarrier.setItems(EnergyCarrier.values());
        energyCarrier.setItemLabelGenerator(c -> getTranslation("footprint.carrier." + c.name().toLowerCase(Locale.ROOT)));
        energyCarrier.setValue(EnergyCarrier.DIESEL);
        energyCarrier.addValueChangeListener(e -> unitChanged());
        euroClass.setLabel(getTranslation("footprint.euro-class"));
        label(tripsPerYear, "footprint.trips-per-year", null);
        label(kmPerTrip, "footprint.km-per-trip", "km");
        label(vehicleKmPerYear, "footprint.vehicle-km-per-year", "km");
        vehicleKmPerYear.setHelperText(getTranslation("footprint.vehicle-km-per-year.help"));
        label(energyPerKm, "footprint.energy-per-km", null);
        label(fuelPerYear, "footprint.fuel-per-year", null);
        label(payloadTonnes, "footprint.payload", "t");
        vehicles.setLabel(getTranslation("footprint.vehicles"));
        vehicles.setHelperText(getTranslation("footprint.vehicles.help"));
        remove.setText(getTranslation("footprint.remove-flow"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        FormLayout form = new FormLayout(vehicleCategory, energyCarrier, tripsPerYear, kmPerTrip, vehicleKmPerYear,
                fuelPerYear, energyPerKm, payloadTonnes, vehicles, euroClass);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        // messages come from the calculator, and stay until the next calculation
        vehicleCategory.setManualValidation(true);
        energyCarrier.setManualValidation(true);
        add(heading, form, remove);
        setIndex(index);
        unitChanged();
    }

    void setIndex(int index) {
        heading.setText(getTranslation(headingKey, index + 1));
        String prefix = idPrefix + index + "-";
        vehicleCategory.setId(prefix + "vehicleCategory");
        energyCarrier.setId(prefix + "energyCarrier");
        tripsPerYear.setId(prefix + "tripsPerYear");
        kmPerTrip.setId(prefix + "kmPerTrip");
        vehicleKmPerYear.setId(prefix + "vehicleKmPerYear");
        energyPerKm.setId(prefix + "energyPerKm");
        fuelPerYear.setId(prefix + "fuelPerYear");
        payloadTonnes.setId(prefix + "payloadTonnes");
        vehicles.setId(prefix + "vehicles");
        remove.getElement().setAttribute("aria-label", getTranslation("footprint.remove-flow-n", index + 1));
    }

    private void label(DecimalField field, String key, @Nullable String suffix) {
        field.setLabel(getTranslation(key));
        if (suffix != null) {
            field.setSuffixComponent(new Div(suffix));
        }
    }

    /** Energy and fuel are in the carrier's own unit: litres, kg or kWh. */
    private void unitChanged() {
        EnergyCarrier carrier = energyCarrier.getValue();
        String unit = carrier == null ? "" : carrier.unit().symbol();
        boolean human = carrier == EnergyCarrier.HUMAN_POWERED;
        energyPerKm.setSuffixComponent(new Div(unit + "/km"));
        fuelPerYear.setSuffixComponent(new Div(unit));
        energyPerKm.setEnabled(!human);
        fuelPerYear.setEnabled(!human);
        energyPerKm.setHelperText(getTranslation("footprint.energy-per-km.help"));
    }

    /** Whether every number reads; each one that does not says so next to itself. */
    boolean check() {
        boolean ok = true;
        for (DecimalField number : numbers()) {
            ok &= number.check();
        }
        return ok;
    }

    private List<DecimalField> numbers() {
        return List.of(tripsPerYear, kmPerTrip, vehicleKmPerYear, energyPerKm, fuelPerYear, payloadTonnes, vehicles);
    }

    Flow toFlow() {
        EnergyCarrier carrier = energyCarrier.getValue();
        boolean fuel = fuelPerYear.doubleValue() != null;
        EnergyUnit unit = fuel && carrier != null ? carrier.unit() : null;
        return new Flow(vehicleCategory.getValue(), carrier, euroClass.getValue().isBlank() ? null : euroClass.getValue(),
                tripsPerYear.doubleValue(), kmPerTrip.doubleValue(), vehicleKmPerYear.doubleValue(),
                energyPerKm.doubleValue(), fuelPerYear.doubleValue(), unit, payloadTonnes.doubleValue(),
                vehicles.integerValue(), false);
    }

    void fill(Flow f) {
        vehicleCategory.setValue(f.vehicleCategory());
        energyCarrier.setValue(f.energyCarrier());
        euroClass.setValue(f.euroClass() == null ? "" : f.euroClass());
        tripsPerYear.setNumber(f.tripsPerYear());
        kmPerTrip.setNumber(f.kmPerTrip());
        vehicleKmPerYear.setNumber(f.vehicleKmPerYear());
        energyPerKm.setNumber(f.energyPerKm());
        fuelPerYear.setNumber(f.fuelPerYear());
        payloadTonnes.setNumber(f.payloadTonnes());
        vehicles.setNumber(f.vehicles());
    }

    /** The fields by the names the calculator's messages use. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> map = new LinkedHashMap<>();
        map.put("vehicleCategory", vehicleCategory);
        map.put("energyCarrier", energyCarrier);
        map.put("tripsPerYear", tripsPerYear);
        map.put("kmPerTrip", kmPerTrip);
        map.put("vehicleKmPerYear", vehicleKmPerYear);
        map.put("energyPerKm", energyPerKm);
        map.put("fuelPerYear", fuelPerYear);
        map.put("fuelUnit", fuelPerYear);
        map.put("payloadTonnes", payloadTonnes);
        map.put("vehicles", vehicles);
        return map;
    }
}
