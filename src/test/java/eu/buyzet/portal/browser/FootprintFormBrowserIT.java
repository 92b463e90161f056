package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The footprint form, progressively (issue 14): a flow asks first what the person knows and
 * shows only the fields for that; a default is shown as a default, and where the factor set has
 * none the help says so instead of promising one. After "Calculate" the result comes into view
 * and takes the focus. Walked in English on a desktop and in Bokmål on a phone, the calculator by
 * keyboard. The demo's default set has an energy use per km only for vans (N1) on diesel and
 * battery, so a truck (N3) has none. {@code \s} in the patterns matches the no-break space Bokmål
 * groups thousands with.
 */
@PortalBrowserTest
class FootprintFormBrowserIT {

    private static final LocatorAssertions.IsVisibleOptions FIRST_DRAW =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);

    @Test
    void in_english_the_calculator_asks_what_is_known_and_by_keyboard_the_result_takes_the_focus(Visitor anyone) {
        CalculatorPage calculator = anyone.calculator();
        // keys pressed before the page is drawn go nowhere; on a busy machine drawing takes a while
        assertThat(calculator.heading()).isVisible(FIRST_DRAW);
        // a new flow asks its question, not twenty empty fields
        assertThat(calculator.known(0)).isVisible();
        assertThat(calculator.flowField(0, "tripsPerYear")).isHidden();
        assertThat(calculator.flowField(0, "fuelPerYear")).isHidden();
        assertThat(calculator.flowField(0, "energyPerKm")).isHidden();
        anyone.assertAccessible();

        calculator.tabTo(calculator.known(0));
        calculator.press("Space");
        assertThat(calculator.flowField(0, "tripsPerYear")).isVisible();
        assertThat(calculator.flowField(0, "fuelPerYear")).isHidden();
        // the van's default, with the figure, its unit and its publication; the whole citation, row and arithmetic,
        // goes with the result, where it does not push the form off a phone's screen
        assertThat(calculator.flowField(0, "energyPerKm")).containsText("If empty, the default is used: 0.095 l/km "
                + "(EMEP/EEA air pollutant emission inventory guidebook 2019; the whole source is under");
        assertThat(calculator.flowField(0, "energyPerKm")).not().containsText("row 4073");
        calculator.tabTo(calculator.flowField(0, "tripsPerYear"));
        calculator.type("1000");
        calculator.tabTo(calculator.flowField(0, "kmPerTrip"));
        calculator.type("12.5");
        calculator.tabTo(calculator.calculateButton());
        calculator.press("Enter");

        assertThat(calculator.resultsHeading()).isFocused();
        assertThat(calculator.resultsHeading()).isInViewport();
        // docs/footprint-method.md, worked example 1
        assertThat(calculator.result("co2e-wtw")).hasText("3,776 kg CO2e");
        anyone.assertAccessible();
    }

    @Test
    void for_a_battery_truck_the_help_says_there_is_no_default_before_the_message_says_so_too(Visitor anyone) {
        CalculatorPage calculator = anyone.calculator();
        // the default set has no sourced energy figure for battery N2 trucks (decisions 046, 050)
        calculator.chooseFlowOption(0, "vehicleCategory", "Truck 3.5–12 t");
        calculator.chooseFlowOption(0, "energyCarrier", "Battery electric");
        calculator.flow(0, "tripsPerYear", "1000").flow(0, "kmPerTrip", "12.5");
        assertThat(calculator.flowField(0, "energyPerKm")).containsText("Needed: this factor set has no default");
        assertThat(calculator.flowField(0, "energyPerKm")).not().containsText("If empty");

        calculator.calculate();
        assertThat(calculator.flowField(0, "energyPerKm")).containsText("Give the energy use per km");
        assertThat(calculator.flowField(0, "energyPerKm")).not().containsText("If empty");
        anyone.assertAccessible();

        // knowing the fuel instead: the distance cannot be derived, so it is asked for
        calculator.knows(0, FlowFields.Known.FUEL);
        assertThat(calculator.flowField(0, "tripsPerYear")).isHidden();
        assertThat(calculator.flowField(0, "vehicleKmPerYear")).containsText("Needed");
        calculator.flow(0, "fuelPerYear", "4000").calculate();
        assertThat(calculator.flowField(0, "vehicleKmPerYear")).containsText("Give the distance too");

        // a battery van has a default (0.25 kWh/km): the distance may stay empty, and the help says so
        calculator.chooseFlowOption(0, "vehicleCategory", "Van up to 3.5 t");
        assertThat(calculator.flowField(0, "vehicleKmPerYear")).containsText("Optional");
        calculator.calculate();
        assertThat(calculator.resultsHeading()).isFocused();
        assertThat(calculator.result("vehicle-km")).isVisible();
    }

    @Test
    void in_bokmal_on_a_phone_a_flow_without_an_answer_is_asked_for_and_the_result_takes_the_focus(
            @Anonymous(locale = "nb-NO", phone = true) Visitor anyone) {
        CalculatorPage calculator = anyone.calculator();
        // keys pressed before the page is drawn go nowhere; on a busy machine drawing takes a while
        assertThat(calculator.heading()).isVisible(FIRST_DRAW);
        calculator.tabTo(calculator.calculateButton());
        calculator.press("Enter");
        assertThat(calculator.known(0)).containsText("Velg hva du vet om denne transporten");
        assertThat(calculator.resultsHeading()).hasCount(0);

        calculator.tabTo(calculator.known(0));
        calculator.press("Space");
        assertThat(calculator.flowField(0, "energyPerKm")).containsText("standardverdien: 0,095 l/km");
        calculator.tabTo(calculator.flowField(0, "tripsPerYear"));
        calculator.type("1000");
        calculator.tabTo(calculator.flowField(0, "kmPerTrip"));
        calculator.type("12,5");
        calculator.tabTo(calculator.flowField(0, "payloadTonnes"));
        calculator.type("3,5");
        calculator.tabTo(calculator.calculateButton());
        calculator.press("Enter");

        assertThat(calculator.resultsHeading()).isFocused();
        assertThat(calculator.resultsHeading()).isInViewport();
        assertThat(calculator.result("vehicle-km")).hasText(Pattern.compile("^12\\s500 km$"));
        assertThat(calculator.result("tonne-km")).hasText(Pattern.compile("^43\\s750 tkm$"));
        assertThat(calculator.result("co2e-wtw")).hasText(Pattern.compile("^3\\s776 kg CO2e$"));
        anyone.assertAccessible();
    }

    @Test
    void in_english_on_a_desktop_load_factor_empty_running_and_a_quiet_vehicle_give_co2e_per_tonne_km_by_keyboard(
            Visitor anyone) {
        CalculatorPage calculator = anyone.calculator();
        assertThat(calculator.heading()).isVisible(FIRST_DRAW);
        calculator.tabTo(calculator.known(0));
        calculator.press("Space");
        // the load sits with the payload, optional, each with its unit
        assertThat(calculator.flowField(0, "payloadCapacityTonnes")).containsText("Payload capacity");
        assertThat(calculator.flowField(0, "emptyRunningPercent")).containsText("counted in CO2e, not in tonne-km");
        calculator.tabTo(calculator.flowField(0, "tripsPerYear"));
        calculator.type("1000");
        calculator.tabTo(calculator.flowField(0, "kmPerTrip"));
        calculator.type("12.5");
        calculator.tabTo(calculator.flowField(0, "payloadCapacityTonnes"));
        calculator.type("1");
        calculator.tabTo(calculator.flowField(0, "loadFactorPercent"));
        calculator.type("60");
        calculator.tabTo(calculator.flowField(0, "emptyRunningPercent"));
        calculator.type("120");
        calculator.tabTo(calculator.flowField(0, "quiet"));
        calculator.press("Space");
        calculator.tabTo(calculator.calculateButton());
        calculator.press("Enter");
        assertThat(calculator.flowField(0, "emptyRunningPercent")).containsText("Must be between 0 and 100 %");
        assertThat(calculator.flowInput(0, "emptyRunningPercent")).hasValue("120");
        anyone.assertAccessible();

        calculator.flow(0, "emptyRunningPercent", "20");
        calculator.tabTo(calculator.calculateButton());
        calculator.press("Enter");
        assertThat(calculator.resultsHeading()).isFocused();
        // docs/footprint-method.md, worked example 9
        assertThat(calculator.result("tonne-km")).hasText("6,000 tkm");
        assertThat(calculator.result("load-factor")).hasText("60%");
        assertThat(calculator.result("empty-running")).hasText("20%");
        assertThat(calculator.result("co2e-wtw-per-tkm")).hasText("629.3 g CO2e/tkm");
        assertThat(calculator.result("co2e-tailpipe-per-tkm")).hasText("508.5 g CO2e/tkm");
        assertThat(calculator.result("quiet-share")).hasText("100%");
        assertThat(calculator.noiseMethod()).containsText("No vehicle counts as quiet, electric or not, unless declared");
        anyone.assertAccessible();
    }

    @Test
    void in_bokmal_on_a_phone_a_payload_with_decimal_comma_and_empty_running_give_co2e_per_tonne_km(
            @Anonymous(locale = "nb-NO", phone = true) Visitor anyone) {
        CalculatorPage calculator = anyone.calculator();
        assertThat(calculator.heading()).isVisible(FIRST_DRAW);
        calculator.flow(0, "tripsPerYear", "1000").flow(0, "kmPerTrip", "12,5").flow(0, "loadFactorPercent", "60")
                .calculate();
        assertThat(calculator.flowField(0, "loadFactorPercent")).containsText("trenger lastekapasiteten");
        assertThat(calculator.flowField(0, "loadFactorPercent")).containsText("Fyllingsgrad");
        anyone.assertAccessible();

        calculator.flow(0, "loadFactorPercent", "").flow(0, "payloadTonnes", "0,6")
                .flow(0, "emptyRunningPercent", "20").calculate();
        assertThat(calculator.resultsHeading()).isFocused();
        assertThat(calculator.result("tonne-km")).hasText(Pattern.compile("^6\\s000 tkm$"));
        assertThat(calculator.result("empty-running")).hasText(Pattern.compile("^20\\s%$"));
        assertThat(calculator.result("co2e-wtw-per-tkm")).hasText("629,3 g CO2e/tkm");
        assertThat(calculator.result("co2e-tailpipe-per-tkm")).hasText("508,5 g CO2e/tkm");
        // battery or not, nothing is quiet unless declared
        assertThat(calculator.result("quiet-share")).hasText(Pattern.compile("^0\\s%$"));
        assertThat(calculator.noiseMethod()).containsText("Stille andel");
        anyone.assertAccessible();
    }

    @Test
    void a_fuel_figure_ticked_as_measured_counts_as_measured_and_unticked_as_the_suppliers_declaration(
            Visitor anyone) {
        CalculatorPage calculator = anyone.calculator();
        assertThat(calculator.heading()).isVisible(FIRST_DRAW);
        // nothing to measure before a figure is asked for
        assertThat(calculator.flowField(0, "measured")).isHidden();
        calculator.knows(0, FlowFields.Known.FUEL);
        assertThat(calculator.flowField(0, "measured")).containsText("fuel cards, charging meters or telematics");
        calculator.flow(0, "vehicleKmPerYear", "12500").flow(0, "fuelPerYear", "1212.5");
        // the box itself: the middle of the field is its long help text, which does not tick it
        calculator.flowField(0, "measured").locator("input").check();
        calculator.calculate();
        assertThat(calculator.resultsHeading()).isFocused();
        assertThat(calculator.dataQuality()).containsText("0% declared by the supplier, 100% measured");
        anyone.assertAccessible();

        // the same flow with the tick taken off is the supplier's declaration
        calculator.flowField(0, "measured").locator("input").uncheck();
        calculator.calculate();
        assertThat(calculator.dataQuality()).containsText("100% declared by the supplier, 0% measured");
    }

    @Test
    void a_hydrogen_truck_asks_how_its_hydrogen_is_made_and_certified_renewable_gives_worked_example_8(
            Visitor anyone) {
        CalculatorPage calculator = anyone.calculator();
        assertThat(calculator.heading()).isVisible(FIRST_DRAW);
        calculator.chooseFactorSet("Norway 2026 (1)");
        calculator.chooseFlowOption(0, "vehicleCategory", "Truck over 12 t (N3)");
        assertThat(calculator.flowField(0, "hydrogenRoute")).isHidden();
        calculator.chooseFlowOption(0, "energyCarrier", "Hydrogen (fuel cell)");
        assertThat(calculator.flowField(0, "hydrogenRoute")).containsText("without one it counts as grey");
        assertThat(calculator.flowField(0, "hydrogenRoute")).containsText("Grey: from fossil fuels, or not known");
        calculator.knows(0, FlowFields.Known.FUEL);
        calculator.flow(0, "vehicleKmPerYear", "50000").flow(0, "fuelPerYear", "4000");
        calculator.calculate();
        assertThat(calculator.resultsHeading()).isFocused();
        // an undeclared route counts as grey, far above the renewable figure
        assertThat(calculator.result("co2e-wtw")).not().hasText(Pattern.compile("^13,536(\\.0)? kg CO2e$"));
        anyone.assertAccessible();

        calculator.chooseFlowOption(0, "hydrogenRoute", "Renewable: certified renewable (RFNBO)");
        calculator.calculate();
        // docs/footprint-method.md, worked example 8
        assertThat(calculator.result("co2e-wtw")).hasText(Pattern.compile("^13,536(\\.0)? kg CO2e$"));
        anyone.assertAccessible();
    }

    @Test
    void a_plug_in_hybrid_van_asks_for_its_grid_electricity_next_to_the_field_and_gives_worked_example_6(
            Visitor anyone) {
        CalculatorPage calculator = anyone.calculator();
        assertThat(calculator.heading()).isVisible(FIRST_DRAW);
        calculator.chooseFactorSet("EU average 2025 (1)");
        calculator.chooseFlowOption(0, "energyCarrier", "Petrol");
        assertThat(calculator.flowField(0, "plugInHybrid")).isHidden();
        calculator.knows(0, FlowFields.Known.FUEL);
        calculator.flow(0, "vehicleKmPerYear", "20000").flow(0, "fuelPerYear", "1200");
        assertThat(calculator.flowField(0, "electricityPerYearKwh")).isHidden();
        calculator.flowField(0, "plugInHybrid").locator("input").check();
        assertThat(calculator.flowField(0, "electricityPerYearKwh")).isVisible();
        calculator.flow(0, "typeApprovalCo2GPerKm", "45").flow(0, "rdePercentOfLimits", "70");
        calculator.calculate();
        // the calculator's message, next to the field it asks for
        assertThat(calculator.flowField(0, "electricityPerYearKwh")).containsText("0 if it is never charged");
        anyone.assertAccessible();

        calculator.flow(0, "electricityPerYearKwh", "2000");
        calculator.calculate();
        assertThat(calculator.resultsHeading()).isFocused();
        // docs/footprint-method.md, worked example 6: the petrol's 3,609.6 kg and the grid's 2,000 × 0.281
        assertThat(calculator.result("co2e-wtw")).hasText("4,171.6 kg CO2e");
        assertThat(calculator.result("grid-electricity")).hasText("2,000 kWh");
        anyone.assertAccessible();
    }

    @Test
    void in_bokmal_on_a_phone_a_plug_in_hybrid_asks_for_its_electricity_in_bokmal_and_counts_it_as_written(
            @Anonymous(locale = "nb-NO", phone = true) Visitor anyone) {
        CalculatorPage calculator = anyone.calculator();
        assertThat(calculator.heading()).isVisible(FIRST_DRAW);
        calculator.chooseFactorSet("EU average 2025 (1)");
        calculator.chooseFlowOption(0, "energyCarrier", "Bensin");
        calculator.knows(0, FlowFields.Known.FUEL);
        calculator.flow(0, "vehicleKmPerYear", "20000").flow(0, "fuelPerYear", "1200");
        calculator.flowField(0, "plugInHybrid").locator("input").check();
        assertThat(calculator.flowField(0, "plugInHybrid")).containsText("Ladbare hybrider");
        calculator.calculate();
        assertThat(calculator.flowField(0, "electricityPerYearKwh")).containsText("0 hvis den aldri lades");
        anyone.assertAccessible();

        // a decimal comma, as a Norwegian types it
        calculator.flow(0, "electricityPerYearKwh", "2000,0");
        calculator.calculate();
        assertThat(calculator.resultsHeading()).isFocused();
        // worked example 6 in the reader's convention
        assertThat(calculator.result("co2e-wtw")).hasText(Pattern.compile("^4\\s171,6 kg CO2e$"));
        assertThat(calculator.result("grid-electricity")).hasText(Pattern.compile("^2\\s000 kWh$"));
        anyone.assertAccessible();
    }
}
