package eu.buyzet.portal;

import eu.buyzet.portal.forum.ForumId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo forums, found by their English title. */
public final class TestForums {

    private TestForums() {
    }

    public static ForumId byEnglishTitle(JdbcClient jdbc, String titleEn) {
        return ForumId.of(jdbc.sql("select id from forum where title_en = ?").param(titleEn).query(Long.class).single());
    }
}
