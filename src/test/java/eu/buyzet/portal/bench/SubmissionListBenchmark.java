package eu.buyzet.portal.bench;

import eu.buyzet.portal.Application;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.search.SearchQuery;
import eu.buyzet.portal.search.internal.SearchRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads a million published submissions into a fresh embedded PostgreSQL and measures the two
 * queries users wait for: the first page of a forum's list, and full-text search over a rotating
 * list of terms (rare to very common). Prints p50/p95/max and the plans. Not a test: run it with
 * {@code ./mvnw -Pbench verify} (or -Dbench.rows=100000 for a quicker look).
 */
public final class SubmissionListBenchmark {

    static final List<String> TERMS = List.of(
            // very common in the generated texts
            "levering", "delivery", "transport", "avfall", "waste", "elektrisk", "electric", "kommune", "vehicles", "oslo",
            // common
            "varebil", "lastesykkel", "cargo bike", "skole", "school", "sykehjem", "nursing home", "renovasjon",
            "collection", "hydrogen", "biogas", "diesel", "charging", "lading", "depot", "terminal", "konsolidering",
            "consolidation", "håndverker", "craftsmen", "vedlikehold", "maintenance", "bygg", "construction",
            // word forms the stemmers must join
            "avfallshenting", "avfallshentingen", "leveransene", "deliveries", "vehicle", "collections",
            // rare and absent
            "glassinnsamling", "kjølebil", "refrigerated", "sentrumslogistikk", "mikroterminal", "fjernvarme",
            "asfalt", "snøbrøyting", "snow clearing", "quantum", "zeppelin", "utslippsfri varelevering");

    private SubmissionListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        int rounds = Integer.getInteger("bench.rounds", 3);
        Path dir = Files.createTempDirectory("buyzet-bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--buyzet.database.embedded-dir=" + dir.resolve("pg"), "--logging.level.root=warn",
                "--vaadin.launch-browser=false")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            // indexes and vacuum are the schema owner's; the portal's own role may only read and write rows
            JdbcClient owner = JdbcClient.create(app.getBean("schemaOwnerDataSource", javax.sql.DataSource.class));
            SearchRepository repository = app.getBean(SearchRepository.class);
            load(jdbc, owner, rows);

            List<Long> forums = jdbc.sql("select id from forum order by id").query(Long.class).list();
            List<Double> list = new ArrayList<>();
            List<Double> search = new ArrayList<>();
            List<Double> count = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                for (long forum : forums) {
                    list.add(time(() -> repository.findPublished(SearchQuery.inForum(ForumId.of(forum)), true,
                            new PageRequest(0, 50))));
                }
                for (String term : TERMS) {
                    SearchQuery filter = SearchQuery.ANY.withText(term);
                    search.add(time(() -> repository.findPublished(filter, true, new PageRequest(0, 50))));
                    count.add(time(() -> repository.countPublished(filter, true)));
                }
            }
            System.out.printf(Locale.ROOT, "%n%,d submissions in %d forums, %d rounds%n", rows, forums.size(), rounds);
            report("forum list, first page of 50", list);
            report("full-text search, first page of 50, " + TERMS.size() + " terms", search);
            report("full-text search, count (capped at " + SearchRepository.SEARCH_WINDOW + ")", count);
            System.out.println("\nPlan of a forum's first page:");
            explain(jdbc, "select s.id from submission s join forum f on f.id = s.forum_id where s.status = 'PUBLISHED'"
                    + " and not s.hidden and f.visibility = 'PUBLIC' and s.forum_id = " + forums.getFirst()
                    + " order by s.published_at desc, s.id desc limit 50");
            System.out.println("\nPlan of a search for a common term ('levering'):");
            String q = "(websearch_to_tsquery('norwegian', '%1$s') || websearch_to_tsquery('english', '%1$s'))";
            String searchSql = "with candidates as (select s.id from submission s join forum f on f.id = s.forum_id"
                    + " where s.status = 'PUBLISHED' and not s.hidden and f.visibility = 'PUBLIC' and s.search @@ " + q
                    + " order by s.published_at desc, s.id desc limit " + SearchRepository.SEARCH_WINDOW + ")"
                    + " select s.id, ts_rank_cd(s.search, " + q + ") as rank from submission s join candidates c on c.id = s.id"
                    + " order by rank desc, s.published_at desc, s.id desc limit 50";
            explain(jdbc, searchSql.formatted("levering"));
            System.out.println("\nPlan of a search for a rare term ('mikroterminal'):");
            explain(jdbc, searchSql.formatted("mikroterminal"));
        }
    }

    /** Generated texts from realistic words, so that term frequencies range from rare to very common. */
    private static void load(JdbcClient jdbc, JdbcClient owner, int rows) {
        long start = System.nanoTime();
        jdbc.sql("""
                insert into forum (title_nb, title_en, region, created_by)
                select 'Forum ' || g, 'Forum ' || g, 'Region ' || (g % 10), (select min(id) from member)
                from generate_series(1, 46) g""").update();
        owner.sql("drop index submission_search_idx").update();
        String words = "'{levering,delivery,transport,avfall,waste,elektrisk,electric,kommune,vehicles,oslo,varebil,"
                + "lastesykkel,cargo,bike,skole,school,sykehjem,nursing,home,renovasjon,collection,hydrogen,biogas,diesel,"
                + "charging,lading,depot,terminal,konsolidering,consolidation,håndverker,craftsmen,vedlikehold,"
                + "maintenance,bygg,construction,avfallshentingen,leveransene,deliveries,collections,kjølebil,"
                + "refrigerated,sentrumslogistikk,mikroterminal,og,and,the,for,med,with,til,to,i,in,på,on,av,of,fra,from}'";
        // skewed word choice: low indexes (the common words) are drawn far more often
        String word = "(" + words + "::text[])[1 + floor(power(random(), 2.2) * 60)::int]";
        String sentence = String.join(" || ' ' || ", java.util.Collections.nCopies(12, word));
        int batch = 100_000;
        for (int done = 0; done < rows; done += batch) {
            int n = Math.min(batch, rows - done);
            jdbc.sql("insert into submission (forum_id, kind, title, summary, body_markdown, status, author_id,"
                    + " organisation_id, published_at)"
                    + " select f.id, (array['NEED','SOLUTION','PROPOSAL'])[1 + (g % 3)], initcap(" + word + ") || ' ' || "
                    + word + " || ' ' || " + word + ", " + sentence + ", " + sentence + " || ' ' || " + sentence
                    + ", 'PUBLISHED', m.id, m.organisation_id, now() - (random() * interval '1500 days')"
                    + " from generate_series(1, " + n + ") g"
                    + " join lateral (select id from forum order by id offset (g % 50) limit 1) f on true"
                    + " cross join (select id, organisation_id from member where email = 'agency@demo.buyzet.eu') m")
                    .update();
        }
        owner.sql("create index submission_search_idx on submission using gin (search)").update();
        // as autovacuum would soon after such a load: the planner needs to know forums and word frequencies
        owner.sql("vacuum analyze").update();
        System.out.printf(Locale.ROOT, "Loaded %,d submissions in %.0f s%n", rows, (System.nanoTime() - start) / 1e9);
    }

    private static double time(Runnable query) {
        long start = System.nanoTime();
        query.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static void report(String what, List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-62s n=%4d  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", what, sorted.length,
                sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[sorted.length - 1]);
    }

    private static void explain(JdbcClient jdbc, String sql) {
        jdbc.sql("explain (analyze, buffers off, costs off) " + sql).query(String.class).list()
                .forEach(line -> System.out.println("  " + line));
    }

}
