package eu.buyzet.portal.footprint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.footprint.FactorSetSummary;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The administrators' factor-set list, read without a browser, says what each set assumes for an undeclared stage. */
@PortalIntegrationTest
class FactorSetsViewTest extends SpringBrowserlessTest {

    /** After name, version and id. */
    private static final int AIR_POLLUTANTS = 3;

    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    /** The air-pollutant cell of each set, as an administrator reads the list in this language. */
    @SuppressWarnings("unchecked")
    private Map<String, String> airPollutants(Locale locale) {
        TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().getSession().setLocale(locale);
        navigate(FactorSetsView.class);
        Grid<FactorSetSummary> grid = find(Grid.class).withId("factor-sets").single();
        return IntStream.range(0, test(grid).size()).boxed().collect(Collectors.toMap(
                row -> test(grid).getRow(row).id(), row -> test(grid).getCellText(row, AIR_POLLUTANTS)));
    }

    @Test
    void in_english_version_5_shows_the_highest_nox_and_pm_rule_instead_of_a_euro_3_it_never_takes() {
        Map<String, String> cells = airPollutants(Locale.ENGLISH);
        for (String id : new String[] {"no-2026-5", "eu-2026-5", "no-2026-market-5"}) {
            assertThat(cells.get(id)).as(id).endsWith("no stage declared: highest NOx and highest PM2.5 of any stage")
                    .doesNotContain("Euro 3");
        }
        assertThat(cells.get("no-2026-4")).as("without the rule").endsWith("no stage declared: Euro 3 / III");
    }

    @Test
    void in_bokmal_version_5_shows_the_highest_nox_and_pm_rule_and_version_4_its_euro_class() {
        Map<String, String> cells = airPollutants(Locale.forLanguageTag("nb-NO"));
        assertThat(cells.get("eu-2026-5"))
                .endsWith("uten oppgitt euroklasse: høyeste NOx og høyeste PM2,5 blant alle euroklassene");
        assertThat(cells.get("eu-2026-4")).endsWith("uten oppgitt euroklasse: Euro 3 / III");
    }
}
