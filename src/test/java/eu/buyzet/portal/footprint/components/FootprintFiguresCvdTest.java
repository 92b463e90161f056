package eu.buyzet.portal.footprint.components;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.footprint.FootprintService;
import eu.buyzet.portal.footprint.calculator.CvdDeclaration;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FootprintResult;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Clean Vehicles Directive line of a result as a reader gets it, in both languages, without a browser. */
@PortalIntegrationTest
class FootprintFiguresCvdTest extends SpringBrowserlessTest {

    private static final Flow HVO_TRUCK = new Flow(VehicleCategory.N3, EnergyCarrier.HVO100, null, null, null,
            50_000.0, null, 20_000.0, EnergyCarrier.HVO100.unit(), null, null, false);

    @Autowired FootprintService footprints;

    private String shown(FootprintResult result, String locale) {
        UI.getCurrent().setLocale(Locale.forLanguageTag(locale));
        Div figures = FootprintFigures.of(UI.getCurrent(), result, null);
        UI.getCurrent().add(figures);
        return figures.getElement().getTextRecursively();
    }

    @Test
    void a_truck_on_hvo_without_the_feedstock_declaration_says_why_it_is_not_clean_in_bokmal_and_english() {
        FootprintResult undeclared = footprints.calculate("eu-2025", List.of(HVO_TRUCK));
        assertThat(shown(undeclared, "nb-NO")).contains("Verken ren eller utslippsfri: ikke oppgitt som ublandet "
                + "og fritt for råstoff med høy ILUC-risiko, og derfor ikke regnet med");
        assertThat(shown(undeclared, "en")).contains("Neither clean nor zero-emission: not declared unblended "
                + "and free of high-ILUC-risk feedstock, so not counted");
    }

    @Test
    void each_flow_of_several_gives_its_own_reason_and_the_total_none() {
        FootprintResult two = footprints.calculate("eu-2025", List.of(
                HVO_TRUCK.withCvd(CvdDeclaration.biofuel(true, false)),
                new Flow(VehicleCategory.M2, EnergyCarrier.HVO100, null, null, null, 40_000.0, null, 4_000.0,
                        EnergyCarrier.HVO100.unit(), null, null, false, CvdDeclaration.biofuel(true, false))));
        String text = shown(two, "en");
        assertThat(text).contains("Clean: declared unblended and not from high-ILUC-risk feedstock");
        assertThat(text).contains("Neither clean nor zero-emission: from 1 January 2026 only zero-emission cars, "
                + "minibuses and vans count as clean");
    }
}
