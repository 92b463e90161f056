package eu.buyzet.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

/**
 * The Clean Vehicles Directive line of a calculation (decision 036): a truck on HVO100 is not
 * counted as clean until the person declares the fuel unblended and free of high-ILUC-risk
 * feedstock, and the result says why either way. In English on a desktop and in Bokmål on a
 * phone, the declaration ticked by keyboard.
 */
@PortalBrowserTest
class CleanVehiclesBrowserIT {

    private static final LocatorAssertions.IsVisibleOptions FIRST_DRAW =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);

    private static void hvoTruck(CalculatorPage calculator, String truck, String perKm) {
        assertThat(calculator.heading()).isVisible(FIRST_DRAW);
        calculator.chooseFlowOption(0, "vehicleCategory", truck);
        calculator.chooseFlowOption(0, "energyCarrier", "HVO100");
        calculator.knows(0, FlowFields.Known.DISTANCE);
        calculator.flow(0, "vehicleKmPerYear", "50000").flow(0, "energyPerKm", perKm);
    }

    @Test
    void in_english_a_truck_on_hvo_is_clean_only_once_its_feedstock_is_declared(Visitor anyone) {
        CalculatorPage calculator = anyone.calculator();
        hvoTruck(calculator, "Truck over 12 t", "0.35");
        calculator.calculate();
        assertThat(calculator.result("cvd")).hasText("Neither clean nor zero-emission: not declared unblended and "
                + "free of high-ILUC-risk feedstock, so not counted");
        anyone.assertAccessible();

        calculator.tabTo(calculator.flowField(0, "biofuelDeclared"));
        calculator.press("Space");
        calculator.calculate();
        assertThat(calculator.result("cvd")).hasText("Clean: declared unblended and not from high-ILUC-risk feedstock");
        anyone.assertAccessible();
    }

    @Test
    void in_bokmal_on_a_phone_the_reason_is_given_in_norwegian(@Anonymous(locale = "nb-NO", phone = true) Visitor anyone) {
        CalculatorPage calculator = anyone.calculator();
        hvoTruck(calculator, "Lastebil over 12 t", "0,35");
        calculator.calculate();
        assertThat(calculator.result("cvd")).hasText("Verken ren eller utslippsfri: ikke oppgitt som ublandet og "
                + "fritt for råstoff med høy ILUC-risiko, og derfor ikke regnet med");

        calculator.tabTo(calculator.flowField(0, "biofuelDeclared"));
        calculator.press("Space");
        calculator.calculate();
        assertThat(calculator.result("cvd")).hasText("Ren: oppgitt ublandet og ikke laget av råstoff med høy "
                + "ILUC-risiko");
        anyone.assertAccessible();
    }
}
