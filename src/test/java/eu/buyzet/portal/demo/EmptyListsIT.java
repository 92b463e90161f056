package eu.buyzet.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import eu.buyzet.portal.TestOrganisations;
import eu.buyzet.portal.TestSmtp;
import eu.buyzet.portal.TestUsers;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * On an empty database (no demo data) every list says in words that it is empty and what the
 * reader's role can do next, in English and Bokmål: no list is a blank box. The members are made
 * here, as an administrator would add them.
 */
@SpringBootTest(properties = {
        "buyzet.database.embedded-dir=target/test-postgres/${random.uuid}", "buyzet.demo-data=false",
        "vaadin.launch-browser=false", "buyzet.jobs.enabled=false",
        "spring.mail.host=localhost", "spring.mail.port=" + TestSmtp.PORT})
@ViewPackages(packages = "eu.buyzet.portal")
class EmptyListsIT extends SpringBrowserlessTest {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void members() {
        if (jdbc.sql("select count(*) from member").query(Integer.class).single() > 0) {
            return;
        }
        assertThat(jdbc.sql("select count(*) from submission").query(Integer.class).single()).as("no demo data").isZero();
        long agency = organisation("Tom etat", "PUBLIC_AGENCY");
        long supplier = organisation("Tom leverandør AS", "SUPPLIER");
        member(agency, "agency@empty.example.org", "{AGENCY}");
        member(agency, "moderator@empty.example.org", "{MODERATOR}");
        member(agency, "admin@empty.example.org", "{ADMIN}");
        member(supplier, "supplier@empty.example.org", "{SUPPLIER}");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut(security);
    }

    @Test
    void the_market_dialogues_say_who_opens_one_for_each_role() {
        assertEmpty(null, "dialogues", "dialogues", "empty.dialogues.other");
        assertEmpty("supplier@empty.example.org", "dialogues", "dialogues", "empty.dialogues.other");
        assertEmpty("agency@empty.example.org", "dialogues", "dialogues", "empty.dialogues.agency");
        assertEmpty("moderator@empty.example.org", "dialogues", "dialogues", "empty.dialogues.moderator");
    }

    @Test
    void the_buyer_groups_tell_an_agency_how_to_form_one() {
        assertEmpty(null, "buyer-groups", "buyer-groups", "empty.buyer-groups.other");
        assertEmpty("agency@empty.example.org", "buyer-groups", "buyer-groups", "empty.buyer-groups.agency");
    }

    @Test
    void the_adopted_strategies_say_where_a_strategy_comes_from() {
        assertEmpty(null, "strategies/public", "public-strategies", "strategy.public.empty");
        assertEmpty("agency@empty.example.org", "strategies/public", "public-strategies", "strategy.public.empty");
    }

    @Test
    void forums_submissions_contracts_search_and_moderation_say_they_are_empty() {
        assertEmpty(null, "forums", "forums", "empty.forums.other");
        assertEmpty("moderator@empty.example.org", "forums", "forums", "empty.forums.creator");
        assertEmpty("supplier@empty.example.org", "my-submissions", "my-submissions", "empty.my-submissions");
        assertEmpty("agency@empty.example.org", "footprint/contracts", "contract-ranking", "empty.contracts.agency");
        assertEmpty("moderator@empty.example.org", "footprint/contracts", "contract-ranking", "empty.contracts.other");
        assertEmpty(null, "search", "search-results", "empty.search-results");
        assertEmpty("moderator@empty.example.org", "moderation", "moderation-queue", "empty.moderation-queue");
    }

    @Test
    void the_administrators_lists_say_nothing_matches_and_what_to_change() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, NB}) {
            open("admin@empty.example.org", "admin/organisations", locale);
            test(find(TextField.class).withId("organisation-search").single()).setValue("ingen slik");
            assertText("organisations", "empty.organisations", locale);
            open("admin@empty.example.org", "admin/members", locale);
            test(find(TextField.class).withId("member-search").single()).setValue("ingen slik");
            assertText("members", "empty.members", locale);
            open("admin@empty.example.org", "audit-log", locale);
            test(find(TextField.class).withId("audit-action").single()).setValue("ingen.slik");
            assertText("audit-events", "empty.audit-events", locale);
        }
    }

    private void assertEmpty(String email, String route, String gridId, String key) {
        for (Locale locale : new Locale[] {Locale.ENGLISH, NB}) {
            open(email, route, locale);
            assertText(gridId, key, locale);
        }
    }

    private void open(String email, String route, Locale locale) {
        if (email == null) {
            TestUsers.signOut(security);
        } else {
            TestUsers.signIn(security, jdbc, email);
        }
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().getSession().setLocale(locale);
        // the same route again would keep the view it has, built in the language before
        navigate("", Component.class);
        navigate(route, Component.class);
    }

    @SuppressWarnings("unchecked")
    private void assertText(String gridId, String key, Locale locale) {
        Grid<Object> grid = find(Grid.class).withId(gridId).single();
        assertThat(test(grid).size()).as(gridId + " is empty").isZero();
        Component empty = grid.getEmptyStateComponent();
        assertThat(empty).as(gridId + " has an empty state").isNotNull();
        String expected = ResourceBundle.getBundle("i18n/messages", locale).getString(key);
        assertThat(empty.getElement().getTextRecursively()).as(gridId + " in " + locale).contains(expected);
    }

    private long organisation(String name, String kind) {
        return jdbc.sql("insert into organisation (name, kind, country, org_number) values (?, ?, 'NO', ?) returning id")
                .params(name, kind, TestOrganisations.validOrganisationNumber()).query(Long.class).single();
    }

    private void member(long organisation, String email, String roles) {
        jdbc.sql("insert into member (organisation_id, email, display_name, roles) values (?, ?, ?, ?::text[])")
                .params(organisation, email, email.substring(0, email.indexOf('@')), roles).update();
    }
}
