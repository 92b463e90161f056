package eu.buyzet.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The open API under load, as wrk would put it but with per-action figures: each action runs for
 * {@code bench.seconds} at each of {@code bench.connections} (virtual users that each keep one
 * connection and send their next request as soon as the last one is answered). Redirects are not
 * followed: anything but 200 counts as an error. Search terms come from what the generator wrote
 * ({@code terms.tsv}): words in at least 15 % of posts as "common", words in 100–1,000 posts per
 * million as "rare".
 */
public class ApiSimulation extends Simulation {

    static final String BASE = System.getProperty("bench.baseUrl", "http://localhost:18090");
    static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    static final Path DIR = Path.of(System.getProperty("bench.dir", "/tmp/buyzet-bench"));
    static final List<Integer> CONNECTIONS = Arrays.stream(System.getProperty("bench.connections", "1,16,64").split(","))
            .map(String::trim).map(Integer::valueOf).toList();
    /** Only these actions (names separated by ";"); all when empty. */
    static final List<String> ONLY = System.getProperty("bench.actions", "").isBlank() ? List.of()
            : List.of(System.getProperty("bench.actions").split(";"));
    /** One request at a time: what a single visitor waits for, without queueing behind others. */
    static final List<String> SINGLE = List.of("search, common word", "search, rare word", "submission by id");

    private static final Properties DATA = load(DIR.resolve("dataset.properties"));
    private static final int SUBMISSIONS = Integer.parseInt(DATA.getProperty("submissions"));
    private static final List<String> FORUMS = List.of(DATA.getProperty("forums").split(","));
    private static final List<String> CPV = List.of(DATA.getProperty("cpv.popular").split(","));
    private static final LocalDate FIRST_DAY = LocalDate.ofInstant(Instant.parse(DATA.getProperty("firstDay")),
            ZoneOffset.UTC);
    private static final List<String> COMMON = new ArrayList<>();
    private static final List<String> RARE = new ArrayList<>();

    static {
        double perMillion = 1_000_000.0 / SUBMISSIONS;
        try {
            for (String line : Files.readAllLines(DIR.resolve("terms.tsv"))) {
                String[] f = line.split("\t");
                if (f[0].equals("language")) {
                    continue;
                }
                int posts = Integer.parseInt(f[2]);
                if (posts >= 0.15 * SUBMISSIONS) {
                    COMMON.add(f[1]);
                } else if (posts * perMillion >= 100 && posts * perMillion <= 1000 ) {
                    RARE.add(f[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (COMMON.isEmpty() || RARE.isEmpty()) {
            throw new IllegalStateException("terms.tsv has no common or no rare terms");
        }
    }

    /** The actions, by the names the report uses; each makes the next request's path. */
    static final Map<String, Supplier<String>> ACTIONS = new LinkedHashMap<>();
    private static final List<String> PUBLISHED_IDS = readLines(DIR.resolve("published-ids.txt"));

    static {
        ACTIONS.put("search, common word", () -> "/api/v1/submissions?q=" + enc(pick(COMMON)));
        ACTIONS.put("search, rare word", () -> "/api/v1/submissions?q=" + enc(pick(RARE)));
        ACTIONS.put("search, common word, filters", () -> "/api/v1/submissions?q=" + enc(pick(COMMON)) + filters());
        ACTIONS.put("search, rare word, filters", () -> "/api/v1/submissions?q=" + enc(pick(RARE)) + filters());
        ACTIONS.put("list, sort=footprint", () -> "/api/v1/submissions?sort=footprint"
                + (chance(0.5) ? "&kind=" + pick(List.of("NEED", "SOLUTION")) : ""));
        ACTIONS.put("search, common word, sort=footprint", () -> "/api/v1/submissions?sort=footprint&q="
                + enc(pick(COMMON)));
        ACTIONS.put("forums", () -> "/api/v1/forums" + (chance(0.3) ? "?page=" + rnd(3) : ""));
        ACTIONS.put("submission by id", () -> "/api/v1/submissions/" + pick(PUBLISHED_IDS));
        // an anonymous visitor's first request, as a flood would send it: the public front door, no
        // cookie kept (every virtual user's request is a first visit). Not API, but the same closed loop
        ACTIONS.put("front door, anonymous", () -> "/");
        ACTIONS.put("forum list, pages 0-50", () -> "/api/v1/submissions?forum=" + pick(FORUMS) + "&page=" + rnd(51));
    }

    {
        HttpProtocolBuilder protocol = http.baseUrl(BASE)
                .acceptHeader("application/json")
                .userAgentHeader("buyzet-bench")
                .disableFollowRedirect()
                .disableUrlEncoding()
                .disableCaching();
        List<PopulationBuilder> phases = new ArrayList<>();
        for (int connections : CONNECTIONS) {
            for (var action : ACTIONS.entrySet()) {
                if (!ONLY.isEmpty() && !ONLY.contains(action.getKey())
                        || connections == 1 && !SINGLE.contains(action.getKey())) {
                    continue;
                }
                String name = action.getKey() + " @" + connections;
                Supplier<String> path = action.getValue();
                // a page is asked for as a browser asks for it; the API as JSON
                String accept = action.getKey().startsWith("front door") ? "text/html" : "application/json";
                Iterator<Map<String, Object>> feeder = Stream.generate(() -> Map.<String, Object>of("path", path.get(),
                                "accept", accept))
                        .iterator();
                Recorder recorder = RECORDERS.computeIfAbsent(name, x -> new Recorder());
                ScenarioBuilder scenario = scenario(name).during(Duration.ofSeconds(SECONDS)).on(
                        feed(feeder)
                                .exec(session -> session.remove("rt").remove("st"))
                                // every request a first visit: a cookie the last answer set is not sent back
                                .exec(flushCookieJar())
                                .exec(http(name).get("#{path}").header("Accept", "#{accept}").check(responseTimeInMillis().saveAs("rt"),
                                        status().saveAs("st"), status().is(200)))
                                .exec(session -> {
                                    recorder.record(session.contains("rt") ? session.getInt("rt") : -1,
                                            session.contains("st") ? session.getInt("st") : 0);
                                    return session;
                                }));
                phases.add(scenario.injectOpen(atOnceUsers(connections)));
            }
        }
        // one after the other: each phase starts when the one before has ended (nested, not siblings)
        PopulationBuilder chain = phases.getLast();
        for (int i = phases.size() - 2; i >= 0; i--) {
            chain = phases.get(i).andThen(chain);
        }
        setUp(chain).protocols(protocol);
    }

    /** Every response's time and status, for exact percentiles and the throughput of each phase. */
    static final Map<String, Recorder> RECORDERS = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

    static final class Recorder {
        private final List<long[]> samples = new ArrayList<>();

        synchronized void record(int millis, int status) {
            samples.add(new long[] {System.currentTimeMillis(), millis, status});
        }

        synchronized String summary(String name) {
            long ok = samples.stream().filter(x -> x[2] == 200).count();
            long[] times = samples.stream().filter(x -> x[1] >= 0).mapToLong(x -> x[1]).sorted().toArray();
            long first = samples.stream().mapToLong(x -> x[0] - Math.max(0, x[1])).min().orElse(0);
            long last = samples.stream().mapToLong(x -> x[0]).max().orElse(0);
            Map<Long, Long> statuses = new java.util.TreeMap<>();
            samples.stream().filter(x -> x[2] != 200).forEach(x -> statuses.merge(x[2], 1L, Long::sum));
            StringBuilder errors = new StringBuilder();
            statuses.forEach((status, n) -> errors.append(errors.isEmpty() ? "" : ", ").append(n)
                    .append(status == 0 ? " without response (timeout or connection error)" : " × " + status));
            int at = name.lastIndexOf(" @");
            return String.join("\t", name.substring(0, at), name.substring(at + 2), String.valueOf(samples.size()),
                    String.valueOf(samples.size() - ok),
                    String.format(java.util.Locale.ROOT, "%.1f", samples.size() * 1000.0 / Math.max(1, last - first)),
                    pct(times, 50), pct(times, 95), pct(times, 99), times.length == 0 ? "" : String.valueOf(times[times.length - 1]),
                    errors.toString());
        }

        private static String pct(long[] sorted, double p) {
            if (sorted.length == 0) {
                return "";
            }
            int rank = (int) Math.ceil(p / 100 * sorted.length);
            return String.valueOf(sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))]);
        }
    }

    @Override
    public void after() {
        List<String> lines = new ArrayList<>();
        lines.add("action\tconnections\trequests\terrors\treq/s\tp50\tp95\tp99\tmax\terrors by status");
        synchronized (RECORDERS) {
            RECORDERS.forEach((name, r) -> lines.add(r.summary(name)));
        }
        try {
            Files.write(Path.of(System.getProperty("bench.out", "target/api.tsv")), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String filters() {
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

    private static String pick(List<String> list) {
        return list.get(rnd(list.size()));
    }

    private static int rnd(int n) {
        return ThreadLocalRandom.current().nextInt(n);
    }

    private static boolean chance(double p) {
        return ThreadLocalRandom.current().nextDouble() < p;
    }

    private static String enc(String s) {
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
