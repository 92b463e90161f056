package eu.buyzet.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the generator wrote, as the simulations draw from it: search terms by how often they were
 * written ({@code terms.tsv}: words in at least 15 % of posts are "common", words in 100–1,000 posts
 * per million "rare"), forums, popular CPV codes, published submissions and members who can sign in.
 */
final class BenchData {

    static final Path DIR = Path.of(System.getProperty("bench.dir", "/tmp/buyzet-bench"));

    private static final Properties DATA = load(DIR.resolve("dataset.properties"));
    static final int SUBMISSIONS = Integer.parseInt(DATA.getProperty("submissions"));
    static final List<String> FORUMS = List.of(DATA.getProperty("forums").split(","));
    static final List<String> CPV = List.of(DATA.getProperty("cpv.popular").split(","));
    static final LocalDate FIRST_DAY = LocalDate.ofInstant(Instant.parse(DATA.getProperty("firstDay")), ZoneOffset.UTC);
    static final List<String> COMMON = new ArrayList<>();
    static final List<String> RARE = new ArrayList<>();
    static final List<String> PUBLISHED_IDS = readLines(DIR.resolve("published-ids.txt"));
    /** Members with a local account (password {@code demo}), agencies and suppliers alike. */
    static final List<String> MEMBERS = readLines(DIR.resolve("users.tsv")).stream().map(l -> l.split("\t")[0])
            .filter(e -> e.contains("@")).toList();

    static {
        double perMillion = 1_000_000.0 / SUBMISSIONS;
        for (String line : readLines(DIR.resolve("terms.tsv"))) {
            String[] f = line.split("\t");
            if (f[0].equals("language")) {
                continue;
            }
            int posts = Integer.parseInt(f[2]);
            if (posts >= 0.15 * SUBMISSIONS) {
                COMMON.add(f[1]);
            } else if (posts * perMillion >= 100 && posts * perMillion <= 1000) {
                RARE.add(f[1]);
            }
        }
        if (COMMON.isEmpty() || RARE.isEmpty()) {
            throw new IllegalStateException("terms.tsv has no common or no rare terms");
        }
    }

    private BenchData() {
    }

    /** The open API's search filters as people combine them: kind, forum, CPV code, a window of dates. */
    static String filters() {
        StringBuilder q = new StringBuilder();
        if (chance(0.6)) {
            q.append("&kind=").append(pick(List.of("NEED", "SOLUTION", "PROPOSAL")));
        }
        if (chance(0.5)) {
            q.append("&forum=").append(pick(FORUMS));
        }
        if (chance(0.3)) {
            q.append("&cpv=").append(pick(CPV));
        }
        if (chance(0.5) || q.isEmpty()) {
            // a window of one to twelve months somewhere in the four years
            LocalDate from = FIRST_DAY.plusDays(rnd(4 * 365 - 30));
            q.append("&from=").append(from).append("&to=").append(from.plusMonths(1 + rnd(12)));
        }
        return q.toString();
    }

    static String pick(List<String> list) {
        return list.get(rnd(list.size()));
    }

    static int rnd(int n) {
        return ThreadLocalRandom.current().nextInt(n);
    }

    static boolean chance(double p) {
        return ThreadLocalRandom.current().nextDouble() < p;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
