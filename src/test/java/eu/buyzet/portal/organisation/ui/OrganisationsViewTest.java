package eu.buyzet.portal.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.organisation.Organisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The organisation administration, exercised without a browser. */
@PortalIntegrationTest
class OrganisationsViewTest extends SpringBrowserlessTest {

    @Autowired SecurityContextHolderStrategy security;

    @Autowired JdbcClient jdbc;

    @BeforeEach
    void signInAsAdmin() {
        TestUsers.signIn(security, jdbc, "admin@demo.buyzet.eu");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    @Test
    @SuppressWarnings("unchecked")
    void typing_part_of_a_name_narrows_the_list() {
        navigate(OrganisationsView.class);
        Grid<Organisation> grid = find(Grid.class).withId("organisations").single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(9);

        test(find(TextField.class).withId("organisation-search").single()).setValue("retur");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).name()).isEqualTo("Ren Retur Avfallsservice AS");
    }

    @Test
    void a_wrong_check_digit_is_shown_next_to_the_field_and_the_dialog_keeps_what_was_typed() {
        navigate(OrganisationsView.class);
        test(find(Button.class).withId("add-organisation").single()).click();
        TextField name = find(TextField.class).withId("organisation-name").single();
        TextField number = find(TextField.class).withId("organisation-org-number").single();
        test(name).setValue("Sjekksiffer AS");
        test(number).setValue("123456789");
        test(find(Button.class).withId("save-organisation").single()).click();

        assertThat(number.isInvalid()).isTrue();
        assertThat(number.getErrorMessage()).contains("not a valid Norwegian organisation number");
        assertThat(number.getValue()).isEqualTo("123456789");
        assertThat(name.getValue()).isEqualTo("Sjekksiffer AS");
        assertThat(jdbc.sql("select count(*) from organisation where name = 'Sjekksiffer AS'").query(Integer.class).single())
                .isZero();
    }
}
