package eu.buyzet.portal.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import eu.buyzet.portal.PortalIntegrationTest;
import eu.buyzet.portal.TestUsers;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A followed search is described in the reader's words and language, not as the URL's parameter names
 * (the notification settings list it so: LocalSignInBrowserIT reads it there in a browser).
 */
@PortalIntegrationTest
class FollowedSearchLabelIT extends SpringBrowserlessTest {

    private static final String MEMBER = "supplier@demo.buyzet.eu";

    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcClient jdbc;
    @Autowired SearchDescription descriptions;

    @AfterEach
    void forgetAndSignOut() {
        jdbc.sql("delete from subscription where kind = 'SEARCH' and member_id = (select id from member where email = ?)")
                .param(MEMBER).update();
        TestUsers.signOut(security);
    }

    /** The member's followed search, as the settings page describes it to a reader in the UI's language now. */
    private String following() {
        String target = jdbc.sql("select s.target from subscription s join member m on m.id = s.member_id "
                + "where m.email = ? and s.kind = 'SEARCH'").param(MEMBER).query(String.class).single();
        return descriptions.of(target, UI.getCurrent());
    }

    @Test
    void a_followed_search_is_listed_with_the_forum_by_name_the_kind_and_the_date_in_the_readers_language() {
        Map<String, Object> forum = jdbc.sql("select id, title_nb, title_en from forum where visibility = 'PUBLIC' "
                + "and title_nb <> title_en order by id limit 1").query().singleRow();
        TestUsers.signIn(security, jdbc, MEMBER);
        UI.getCurrent().setLocale(Locale.forLanguageTag("nb-NO"));
        UI.getCurrent().navigate("search", QueryParameters.fromString("q=buss&kind=NEED&forum=" + forum.get("id")
                + "&from=2026-01-31&minCo2e=1500"));
        test(find(Button.class).withId("follow-search").single()).click();

        String bokmal = following();
        assertThat(bokmal).contains("«buss» · Behov · " + forum.get("title_nb") + " · Publisert fra 31. jan. 2026")
                .containsPattern("Fotavtrykk minst 1\\D500 kg CO2e").doesNotContain("NEED").doesNotContain("forum ")
                .doesNotContain("minCo2e");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(following()).contains("“buss” · Need · " + forum.get("title_en") + " · Published from Jan 31, 2026");
    }
}
