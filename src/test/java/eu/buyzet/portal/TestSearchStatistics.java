package eu.buyzet.portal;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** PostgreSQL's statistics of what search reads, as tests of its plans need them. */
public final class TestSearchStatistics {

    /** The search column's commonest word by PostgreSQL's statistics, and the CPV code most often beside it. */
    public record CommonWordWithCode(String word, String code) {
    }

    private TestSearchStatistics() {
    }

    /**
     * Analyses the submissions and their CPV codes as autovacuum would (ANALYZE is the schema
     * owner's: {@code owner}), then reads the commonest word and its most frequent code.
     */
    public static CommonWordWithCode commonWordWithCode(JdbcClient jdbc, DataSource owner) {
        JdbcClient.create(owner).sql("analyze submission").update();
        JdbcClient.create(owner).sql("analyze submission_cpv").update();
        String word = jdbc.sql("""
                select m.elem from pg_stats p cross join lateral unnest(p.most_common_elems::text::text[],
                       p.most_common_elem_freqs) as m(elem, freq)
                where p.schemaname = current_schema() and p.tablename = 'submission' and p.attname = 'search'
                  and m.elem is not null order by m.freq desc, m.elem limit 1""").query(String.class).single();
        String code = jdbc.sql("""
                select c.cpv_code from submission_cpv c join submission s on s.id = c.submission_id
                where s.search @@ to_tsquery('simple', ?) and s.status = 'PUBLISHED' and not s.hidden
                group by c.cpv_code order by count(*) desc, c.cpv_code limit 1""").param(word).query(String.class).single();
        return new CommonWordWithCode(word, code);
    }
}
