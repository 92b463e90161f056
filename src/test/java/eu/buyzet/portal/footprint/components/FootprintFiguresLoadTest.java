package eu.buyzet.portal.footprint.components;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.footprint.FootprintService;
import eu.buyzet.portal.footprint.calculator.CvdClass;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.EnergyUnit;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FlowResult;
import eu.buyzet.portal.footprint.calculator.FootprintResult;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Load, CO2e per tonne-km and the quiet share on the card (decision 039), without a browser. */
@PortalIntegrationTest
class FootprintFiguresLoadTest extends SpringBrowserlessTest {

    /** Worked example 9 of docs/footprint-method.md. */
    private static final Flow LOADED_VAN = Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 1000, 12.5)
            .withLoad(null, 1.0, 60.0, 20.0);

    @Autowired FootprintService footprints;

    private String shown(FootprintResult result, String locale) {
        UI.getCurrent().setLocale(Locale.forLanguageTag(locale));
        Div figures = FootprintFigures.of(UI.getCurrent(), result, null);
        UI.getCurrent().add(figures);
        return figures.getElement().getTextRecursively();
    }

    @Test
    void a_loaded_van_shows_its_load_its_intensity_per_tonne_km_and_the_quiet_share_with_its_method() {
        FootprintResult result = footprints.calculate("no-2025", List.of(LOADED_VAN.withQuiet(true)));
        String english = shown(result, "en");
        assertThat(english).contains("Load factor60%", "Empty running20%", "CO2e per tonne-km, well-to-wheel644.9 g CO2e/tkm",
                "Tailpipe CO2e per tonne-km (Oslo’s climate budget)518.5 g CO2e/tkm", "Quiet-delivery share of km100%",
                "Quiet share: the vehicle-km in vehicles declared certified quiet for deliveries (PIEK");
        String bokmal = shown(result, "nb-NO");
        assertThat(bokmal).contains("Fyllingsgrad", "CO2e per tonn-km, kilde til hjul644,9 g CO2e/tkm",
                "Stille andel av km");
    }

    @Test
    void a_payload_without_empty_running_says_it_was_not_declared() {
        FootprintResult result = footprints.calculate("no-2025", List.of(
                Flow.distance(VehicleCategory.N1, EnergyCarrier.DIESEL, 1000, 12.5).withLoad(0.6, null, null, null)));
        assertThat(shown(result, "en")).contains("Empty runningNot declared: every km counted as loaded")
                .doesNotContain("Load factor");
    }

    @Test
    void a_result_stored_before_decision_39_shows_its_tonne_km_and_no_intensity_nor_quiet_share() {
        FlowResult old = new FlowResult(12_500, 7_500.0, 1210.125, EnergyUnit.LITRE, 3869.338, 758.325, 3111.014,
                null, null, 0, CvdClass.NEITHER, true, null);
        String text = shown(new FootprintResult("no-2025", "Norway 2025", "2025.1", List.of(old), old, null), "en");
        assertThat(text).contains("Tonne-km7,500 tkm").doesNotContain("per tonne-km", "Quiet", "Empty running");
    }
}
