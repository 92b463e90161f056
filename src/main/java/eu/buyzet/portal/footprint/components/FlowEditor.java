package eu.buyzet.portal.footprint.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import eu.buyzet.portal.footprint.calculator.CvdDeclaration;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.EnergyUnit;
import eu.buyzet.portal.footprint.calculator.FactorSet;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FootprintCalculator;
import eu.buyzet.portal.footprint.calculator.HydrogenRoute;
import eu.buyzet.portal.footprint.calculator.Sourced;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.shared.ui.DecimalField;
import eu.buyzet.portal.shared.ui.ReaderFormats;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One transport flow as a person fills it in: vehicle and energy carrier, then what the person
 * knows (trips and km per trip, km per year, or the fuel used), and only the fields for that.
 * Whether a field may stay empty is asked of the calculator with the factor set the flow will be
 * computed with, so the help beside a field never contradicts the message that follows. Fields
 * are named as in the API, so that a message for {@code flows[0].kmPerTrip} lands next to this
 * editor's km-per-trip field.
 */
class FlowEditor extends Div {

    /** What a person knows about a flow; the order is the order of the choices. */
    enum Known { TRIPS, DISTANCE, FUEL }

    final Select<VehicleCategory> vehicleCategory = new Select<>();
    final Select<EnergyCarrier> energyCarrier = new Select<>();
    final RadioButtonGroup<Known> known = new RadioButtonGroup<>();
    final TextField euroClass = new TextField();
    final DecimalField tripsPerYear = new DecimalField();
    final DecimalField kmPerTrip = new DecimalField();
    final DecimalField vehicleKmPerYear = new DecimalField();
    final DecimalField energyPerKm = new DecimalField();
    final DecimalField fuelPerYear = new DecimalField();
    final DecimalField payloadTonnes = new DecimalField();
    final DecimalField payloadCapacityTonnes = new DecimalField();
    final DecimalField loadFactorPercent = new DecimalField();
    final DecimalField emptyRunningPercent = new DecimalField();
    /** Share of the km on studded tyres, whose road wear counts instead of the ordinary (decision 049). */
    final DecimalField studdedTyresPercent = new DecimalField();
    /** Certified quiet for deliveries (PIEK); unticked counts as not quiet (decision 039). */
    final Checkbox quiet = new Checkbox();
    final DecimalField vehicles = DecimalField.wholeNumber("");
    /** HVO100 or biogas declared unblended and free of high-ILUC-risk feedstock (decision 036). */
    final Checkbox biofuelDeclared = new Checkbox();
    /** The vehicles are plug-in hybrids: their grid electricity counts beside the fuel (decision 062). */
    final Checkbox plugInHybrid = new Checkbox();
    final DecimalField electricityPerYearKwh = new DecimalField();
    /** For the directive's light-duty rule until 2025 only, never the footprint. */
    final DecimalField typeApprovalCo2 = new DecimalField();
    final DecimalField rdePercent = new DecimalField();
    /** How the hydrogen was made; empty counts as grey (decision 037). */
    final Select<HydrogenRoute> hydrogenRoute = new Select<>();
    private final H2 heading = new H2();
    final Button remove = new Button();

    private final String idPrefix;
    private final String headingKey;
    private @Nullable FactorSet factors;
    /** The energy figure was measured (fuel cards, meters, telematics), not estimated (ISO 14083 data quality). */
    final Checkbox measured = new Checkbox();
    // the directive's figures the page does not ask of a vehicle that is no plug-in hybrid, as the API took them
    private @Nullable CvdDeclaration cvd;

    FlowEditor(String idPrefix, String headingKey, int index, @Nullable FactorSet factors) {
        this.idPrefix = idPrefix;
        this.headingKey = headingKey;
        this.factors = factors;
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
        energyCarrier.addValueChangeListener(e -> showWhatIsKnown());
        vehicleCategory.addValueChangeListener(e -> showWhatIsKnown());
        known.setLabel(getTranslation("footprint.known"));
        known.setItems(Known.values());
        known.setItemLabelGenerator(k -> getTranslation("footprint.known." + k.name().toLowerCase(Locale.ROOT)));
        known.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        known.setRequiredIndicatorVisible(true);
        known.setManualValidation(true);
        known.addValueChangeListener(e -> {
            known.setInvalid(false);
            showWhatIsKnown();
        });
        euroClass.setLabel(getTranslation("footprint.euro-class"));
        euroClass.setHelperText(getTranslation("footprint.euro-class.help"));
        label(tripsPerYear, "footprint.trips-per-year", null);
        label(kmPerTrip, "footprint.km-per-trip", "km");
        label(vehicleKmPerYear, "footprint.vehicle-km-a-year", "km");
        label(energyPerKm, "footprint.energy-per-km", null);
        label(fuelPerYear, "footprint.fuel-per-year", null);
        label(payloadTonnes, "footprint.payload", "t");
        payloadTonnes.setHelperText(getTranslation("footprint.payload.help"));
        label(payloadCapacityTonnes, "footprint.payload-capacity", "t");
        label(loadFactorPercent, "footprint.load-factor-percent", "%");
        loadFactorPercent.setHelperText(getTranslation("footprint.load-factor-percent.help"));
        label(emptyRunningPercent, "footprint.empty-running-percent", "%");
        emptyRunningPercent.setHelperText(getTranslation("footprint.empty-running-percent.help"));
        label(studdedTyresPercent, "footprint.studded-tyres-percent", "%");
        studdedTyresPercent.setHelperText(getTranslation("footprint.studded-tyres-percent.help"));
        quiet.setLabel(getTranslation("footprint.quiet"));
        quiet.setHelperText(getTranslation("footprint.quiet.help"));
        measured.setLabel(getTranslation("footprint.measured"));
        measured.setHelperText(getTranslation("footprint.measured.help"));
        // each shows only under the answer that needs it
        tripsPerYear.setRequiredIndicatorVisible(true);
        kmPerTrip.setRequiredIndicatorVisible(true);
        fuelPerYear.setRequiredIndicatorVisible(true);
        vehicles.setLabel(getTranslation("footprint.vehicles"));
        vehicles.setHelperText(getTranslation("footprint.vehicles.help"));
        plugInHybrid.setLabel(getTranslation("footprint.plug-in-hybrid"));
        plugInHybrid.setHelperText(getTranslation("footprint.plug-in-hybrid.help"));
        plugInHybrid.addValueChangeListener(e -> showWhatIsKnown());
        label(electricityPerYearKwh, "footprint.grid-electricity-per-year", "kWh");
        electricityPerYearKwh.setHelperText(getTranslation("footprint.grid-electricity-per-year.help"));
        electricityPerYearKwh.setRequiredIndicatorVisible(true);
        label(typeApprovalCo2, "footprint.type-approval-co2", "g/km");
        typeApprovalCo2.setHelperText(getTranslation("footprint.type-approval-co2.help"));
        label(rdePercent, "footprint.rde-percent", "%");
        rdePercent.setHelperText(getTranslation("footprint.rde-percent.help"));
        biofuelDeclared.setLabel(getTranslation("footprint.biofuel-declared"));
        biofuelDeclared.setHelperText(getTranslation("footprint.biofuel-declared.help"));
        hydrogenRoute.setLabel(getTranslation("footprint.hydrogen-route"));
        hydrogenRoute.setHelperText(getTranslation("footprint.hydrogen-route.help"));
        hydrogenRoute.setItems(HydrogenRoute.values());
        hydrogenRoute.setItemLabelGenerator(r -> getTranslation("footprint.hydrogen-route." + r.name().toLowerCase(Locale.ROOT)));
        hydrogenRoute.setValue(HydrogenRoute.GREY);
        remove.setText(getTranslation("footprint.remove-flow"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        FormLayout form = new FormLayout(vehicleCategory, energyCarrier, known, tripsPerYear, kmPerTrip,
                vehicleKmPerYear, fuelPerYear, energyPerKm, payloadTonnes, payloadCapacityTonnes, loadFactorPercent,
                emptyRunningPercent, studdedTyresPercent, vehicles, euroClass, measured, quiet, biofuelDeclared,
                hydrogenRoute, plugInHybrid, electricityPerYearKwh, typeApprovalCo2, rdePercent);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        // the question takes a row of its own, so that its answers' fields follow it
        form.setColspan(known, 4);
        form.setColspan(biofuelDeclared, 4);
        form.setColspan(plugInHybrid, 4);
        form.setColspan(quiet, 4);
        form.setColspan(measured, 4);
        form.setColspan(hydrogenRoute, 2);
        // messages come from the calculator, and stay until the next calculation
        vehicleCategory.setManualValidation(true);
        energyCarrier.setManualValidation(true);
        add(heading, form, remove);
        setIndex(index);
        showWhatIsKnown();
    }

    void setIndex(int index) {
        heading.setText(getTranslation(headingKey, index + 1));
        String prefix = idPrefix + index + "-";
        vehicleCategory.setId(prefix + "vehicleCategory");
        energyCarrier.setId(prefix + "energyCarrier");
        known.setId(prefix + "known");
        tripsPerYear.setId(prefix + "tripsPerYear");
        kmPerTrip.setId(prefix + "kmPerTrip");
        vehicleKmPerYear.setId(prefix + "vehicleKmPerYear");
        energyPerKm.setId(prefix + "energyPerKm");
        fuelPerYear.setId(prefix + "fuelPerYear");
        payloadTonnes.setId(prefix + "payloadTonnes");
        payloadCapacityTonnes.setId(prefix + "payloadCapacityTonnes");
        loadFactorPercent.setId(prefix + "loadFactorPercent");
        emptyRunningPercent.setId(prefix + "emptyRunningPercent");
        studdedTyresPercent.setId(prefix + "studdedTyresPercent");
        quiet.setId(prefix + "quiet");
        measured.setId(prefix + "measured");
        vehicles.setId(prefix + "vehicles");
        biofuelDeclared.setId(prefix + "biofuelDeclared");
        hydrogenRoute.setId(prefix + "hydrogenRoute");
        plugInHybrid.setId(prefix + "plugInHybrid");
        electricityPerYearKwh.setId(prefix + "electricityPerYearKwh");
        typeApprovalCo2.setId(prefix + "typeApprovalCo2GPerKm");
        rdePercent.setId(prefix + "rdePercentOfLimits");
        remove.getElement().setAttribute("aria-label", getTranslation("footprint.remove-flow-n", index + 1));
    }

    private void label(DecimalField field, String key, @Nullable String suffix) {
        field.setLabel(getTranslation(key));
        if (suffix != null) {
            field.setSuffixComponent(new Div(suffix));
        }
    }

    void setFactorSet(@Nullable FactorSet factors) {
        this.factors = factors;
        showWhatIsKnown();
    }

    /**
     * Shows the fields for what the person knows, in the carrier's own unit (litres, kg or kWh),
     * and says of each optional figure which default stands in for it, or that none does.
     */
    private void showWhatIsKnown() {
        EnergyCarrier carrier = energyCarrier.getValue();
        String unit = carrier == null ? "" : carrier.unit().symbol();
        boolean human = carrier == EnergyCarrier.HUMAN_POWERED;
        if (human && known.getValue() == Known.FUEL) {
            known.clear();
        }
        // human power burns no fuel: that choice is not offered
        known.setItemEnabledProvider(k -> k != Known.FUEL || !human);
        Known what = known.getValue();
        energyPerKm.setSuffixComponent(new Div(unit + "/km"));
        fuelPerYear.setSuffixComponent(new Div(unit));
        tripsPerYear.setVisible(what == Known.TRIPS);
        kmPerTrip.setVisible(what == Known.TRIPS);
        vehicleKmPerYear.setVisible(what == Known.DISTANCE || what == Known.FUEL);
        fuelPerYear.setVisible(what == Known.FUEL);
        energyPerKm.setVisible((what == Known.TRIPS || what == Known.DISTANCE) && !human);
        for (Component detail : List.<Component>of(payloadTonnes, payloadCapacityTonnes, loadFactorPercent,
                emptyRunningPercent, vehicles, euroClass, quiet)) {
            detail.setVisible(what != null);
        }
        // a cargo bike's wear is counted as none, studded or not
        studdedTyresPercent.setVisible(what != null && !human);
        biofuelDeclared.setVisible(carrier == EnergyCarrier.HVO100 || carrier == EnergyCarrier.BIOGAS);
        hydrogenRoute.setVisible(carrier == EnergyCarrier.HYDROGEN);
        // a plug-in hybrid is declared on the fuel it burns
        plugInHybrid.setVisible(what != null && carrier != null && !carrier.zeroEmission() && !human);
        boolean plugIn = plugInHybrid.isVisible() && plugInHybrid.getValue();
        electricityPerYearKwh.setVisible(plugIn);
        typeApprovalCo2.setVisible(plugIn);
        rdePercent.setVisible(plugIn);
        // only a figure the person gives can be measured; the factor set's default never is
        measured.setVisible(what == Known.FUEL || energyPerKm.isVisible());
        Optional<Sourced> byDefault = defaultEnergyPerKm();
        boolean needsEnergy = factors != null && carrier != null && !human && byDefault.isEmpty();
        String defaultText = byDefault.map(d -> ReaderFormats.of(this).figure(d.value())).orElse("");
        String source = byDefault.map(Sourced::publication).orElse("");
        energyPerKm.setRequiredIndicatorVisible(needsEnergy);
        energyPerKm.setPlaceholder(defaultText);
        energyPerKm.setHelperText(factors == null || carrier == null ? ""
                : needsEnergy ? getTranslation("footprint.energy-per-km.no-default")
                : getTranslation("footprint.energy-per-km.default", defaultText, unit, source));
        boolean fuelOnly = what == Known.FUEL;
        vehicleKmPerYear.setRequiredIndicatorVisible(what == Known.DISTANCE || fuelOnly && needsEnergy);
        vehicleKmPerYear.setHelperText(!fuelOnly || factors == null || carrier == null ? ""
                : needsEnergy ? getTranslation("footprint.vehicle-km.from-fuel-no-default")
                : getTranslation("footprint.vehicle-km.from-fuel", defaultText, unit, source));
    }

    /** The factor set's default for the chosen vehicle and carrier, as the calculator will take it. */
    private Optional<Sourced> defaultEnergyPerKm() {
        VehicleCategory category = vehicleCategory.getValue();
        EnergyCarrier carrier = energyCarrier.getValue();
        if (factors == null || category == null || carrier == null) {
            return Optional.empty();
        }
        return FootprintCalculator.defaultEnergyPerKm(factors, category, carrier);
    }

    /** Whether every number reads; each one that does not says so next to itself. */
    boolean check() {
        boolean ok = true;
        for (DecimalField number : numbers()) {
            ok &= !number.isVisible() || number.check();
        }
        if (known.getValue() == null) {
            known.setErrorMessage(getTranslation("validation.footprint.known-required"));
            known.setInvalid(true);
            ok = false;
        }
        return ok;
    }

    private List<DecimalField> numbers() {
        return List.of(tripsPerYear, kmPerTrip, vehicleKmPerYear, energyPerKm, fuelPerYear, payloadTonnes,
                payloadCapacityTonnes, loadFactorPercent, emptyRunningPercent, studdedTyresPercent, vehicles,
                electricityPerYearKwh, typeApprovalCo2, rdePercent);
    }

    /** The flow with only the figures of what the person said they know; hidden typing is not sent. */
    Flow toFlow() {
        EnergyCarrier carrier = energyCarrier.getValue();
        Known what = known.getValue();
        boolean trips = what == Known.TRIPS;
        boolean fuel = what == Known.FUEL;
        Double fuelValue = fuel ? fuelPerYear.doubleValue() : null;
        EnergyUnit unit = fuelValue != null && carrier != null ? carrier.unit() : null;
        return new Flow(vehicleCategory.getValue(), carrier, euroClass.getValue().isBlank() ? null : euroClass.getValue(),
                trips ? tripsPerYear.doubleValue() : null, trips ? kmPerTrip.doubleValue() : null,
                trips ? null : vehicleKmPerYear.doubleValue(), energyPerKm.isVisible() ? energyPerKm.doubleValue() : null,
                fuelValue, unit, payloadTonnes.doubleValue(), vehicles.integerValue(),
                measured.isVisible() && measured.getValue(), declaration(),
                payloadCapacityTonnes.doubleValue(), loadFactorPercent.doubleValue(), emptyRunningPercent.doubleValue(),
                quiet.getValue(),
                // grey is what an undeclared route counts as: it is stored as not declared
                hydrogenRoute.isVisible() && hydrogenRoute.getValue() != HydrogenRoute.GREY ? hydrogenRoute.getValue()
                        : null, studdedTyresPercent.isVisible() ? studdedTyresPercent.doubleValue() : null,
                electricityPerYearKwh.isVisible() ? electricityPerYearKwh.doubleValue() : null);
    }

    /** Unticked says nothing, which the directive's rule reads as not declared. */
    private @Nullable CvdDeclaration declaration() {
        CvdDeclaration base = cvd == null ? CvdDeclaration.NONE : cvd;
        boolean biofuel = biofuelDeclared.isVisible();
        boolean plugIn = electricityPerYearKwh.isVisible();
        // figures the API took for a vehicle that is no plug-in hybrid stay; a plug-in hybrid's are the page's
        boolean keepBase = !Boolean.TRUE.equals(base.plugInHybrid());
        CvdDeclaration d = new CvdDeclaration(plugIn ? Boolean.TRUE : null,
                plugIn ? typeApprovalCo2.doubleValue() : keepBase ? base.typeApprovalCo2GPerKm() : null,
                plugIn ? rdePercent.doubleValue() : keepBase ? base.rdePercentOfLimits() : null,
                biofuel && biofuelDeclared.getValue() ? Boolean.TRUE : null,
                biofuel && biofuelDeclared.getValue() ? Boolean.FALSE : null);
        return d.equals(CvdDeclaration.NONE) ? null : d;
    }

    void fill(Flow f) {
        measured.setValue(f.measured());
        cvd = f.cvd();
        CvdDeclaration declared = f.cvd();
        boolean plugIn = declared != null && Boolean.TRUE.equals(declared.plugInHybrid());
        plugInHybrid.setValue(plugIn);
        electricityPerYearKwh.setNumber(f.electricityPerYearKwh());
        typeApprovalCo2.setNumber(declared != null && plugIn ? declared.typeApprovalCo2GPerKm() : null);
        rdePercent.setNumber(declared != null && plugIn ? declared.rdePercentOfLimits() : null);
        biofuelDeclared.setValue(f.cvd() != null && Boolean.TRUE.equals(f.cvd().biofuelUnblended())
                && Boolean.FALSE.equals(f.cvd().highIlucRiskFeedstock()));
        hydrogenRoute.setValue(f.hydrogenRoute() == null ? HydrogenRoute.GREY : f.hydrogenRoute());
        vehicleCategory.setValue(f.vehicleCategory());
        energyCarrier.setValue(f.energyCarrier());
        euroClass.setValue(f.euroClass() == null ? "" : f.euroClass());
        tripsPerYear.setNumber(f.tripsPerYear());
        kmPerTrip.setNumber(f.kmPerTrip());
        vehicleKmPerYear.setNumber(f.vehicleKmPerYear());
        energyPerKm.setNumber(f.energyPerKm());
        fuelPerYear.setNumber(f.fuelPerYear());
        payloadTonnes.setNumber(f.payloadTonnes());
        payloadCapacityTonnes.setNumber(f.payloadCapacityTonnes());
        loadFactorPercent.setNumber(f.loadFactorPercent());
        emptyRunningPercent.setNumber(f.emptyRunningPercent());
        studdedTyresPercent.setNumber(f.studdedTyresPercent());
        quiet.setValue(f.quiet());
        vehicles.setNumber(f.vehicles());
        known.setValue(f.fuelPerYear() != null ? Known.FUEL
                : f.tripsPerYear() != null || f.kmPerTrip() != null ? Known.TRIPS
                : f.vehicleKmPerYear() != null ? Known.DISTANCE : null);
    }

    /**
     * The fields by the names the calculator's messages use. Its message that a distance or fuel is
     * missing names the trips; it goes to the field of what the person chose to give instead.
     */
    Map<String, HasValidation> fields() {
        Known what = known.getValue();
        Map<String, HasValidation> map = new LinkedHashMap<>();
        map.put("vehicleCategory", vehicleCategory);
        map.put("energyCarrier", energyCarrier);
        map.put("tripsPerYear", what == null ? known : what == Known.TRIPS ? tripsPerYear
                : what == Known.FUEL ? fuelPerYear : vehicleKmPerYear);
        map.put("kmPerTrip", kmPerTrip);
        map.put("vehicleKmPerYear", vehicleKmPerYear);
        map.put("energyPerKm", energyPerKm);
        map.put("fuelPerYear", fuelPerYear);
        map.put("fuelUnit", fuelPerYear);
        map.put("payloadTonnes", payloadTonnes);
        map.put("payloadCapacityTonnes", payloadCapacityTonnes);
        map.put("loadFactorPercent", loadFactorPercent);
        map.put("emptyRunningPercent", emptyRunningPercent);
        map.put("studdedTyresPercent", studdedTyresPercent);
        map.put("vehicles", vehicles);
        map.put("electricityPerYearKwh", electricityPerYearKwh);
        map.put("cvd.typeApprovalCo2GPerKm", typeApprovalCo2);
        map.put("cvd.rdePercentOfLimits", rdePercent);
        // refused only of a carrier the page offers no plug-in hybrid for
        map.put("cvd.plugInHybrid", energyCarrier);
        return map;
    }
}
