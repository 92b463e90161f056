package eu.buyzet.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Turns one run's results folder into a section of docs/performance.md: the issue's table of what
 * users meet (measured against goal), then every action's p50/p95/p99, errors and throughput, the
 * JVM's and PostgreSQL's CPU and memory per phase, and the heap per signed-in session.
 *
 * <p>Usage: {@code Report <results-dir> <performance.md>}; the section goes in above the older ones.
 */
public final class Report {

    private final Path dir;
    private final Properties meta;
    /** One line of the simulation's api.tsv. */
    record ApiRow(String action, int connections, long requests, long errors, String perSecond, String p50, String p95,
                  String p99, String max, String errorsByStatus) {
    }

    private final Map<String, ApiRow> api = new LinkedHashMap<>();
    /** The active-users simulation's rows (active.tsv): pages and API calls of many people who think between them. */
    private final Map<String, ApiRow> active = new LinkedHashMap<>();
    private final Map<String, List<double[]>> journeys = new LinkedHashMap<>();
    private final Map<String, List<String>> journeyErrors = new LinkedHashMap<>();

    private Report(Path dir) throws IOException {
        this.dir = dir;
        this.meta = load(dir.resolve("meta.properties"));
        readRows(dir.resolve("api.tsv"), api);
        readRows(dir.resolve("active.tsv"), active);
        Path steps = dir.resolve("journeys.tsv");
        if (Files.exists(steps)) {
            for (String line : Files.readAllLines(steps)) {
                String[] f = line.split("\t", -1);
                if (f[0].equals("action")) {
                    continue;
                }
                journeys.computeIfAbsent(f[0], x -> new ArrayList<>())
                        .add(new double[] {Double.parseDouble(f[1]), Boolean.parseBoolean(f[2]) ? 1 : 0});
                if (!Boolean.parseBoolean(f[2])) {
                    journeyErrors.computeIfAbsent(f[0], x -> new ArrayList<>()).add(f.length > 3 ? f[3] : "");
                }
            }
        }
    }

    /** A simulation's table (see {@code Recorder}), by action and concurrency, in the order the actions ran. */
    private static void readRows(Path stats, Map<String, ApiRow> into) throws IOException {
        if (!Files.exists(stats)) {
            return;
        }
        for (String line : Files.readAllLines(stats)) {
            String[] f = line.split("\t", -1);
            if (!f[0].equals("action")) {
                ApiRow r = new ApiRow(f[0], Integer.parseInt(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), f[4],
                        f[5], f[6], f[7], f[8], f[9]);
                into.put(r.action() + " @" + r.connections(), r);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Report report = new Report(Path.of(args[0]));
        String section = report.section();
        Files.writeString(Path.of(args[0]).resolve("report.md"), section);
        Path doc = Path.of(args[1]);
        if (!Files.exists(doc)) {
            return;
        }
        String text = Files.readString(doc);
        int at = text.indexOf("\n## ");
        text = at < 0 ? text + "\n" + section : text.substring(0, at + 1) + section + "\n" + text.substring(at + 1);
        Files.writeString(doc, text);
    }

    private String section() throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("## End to end on ").append(String.format(Locale.ROOT, "%,d",
                        Long.parseLong(meta.getProperty("submissions", "0"))))
                .append(" generated submissions (").append(meta.getProperty("date")).append(")\n\n");
        out.append("Measured by the load harness (`bench/`, issue 15) against the production jar, on ")
                .append(meta.getProperty("machine")).append(". Command: `").append(meta.getProperty("command"))
                .append("`. Jar: ").append(meta.getProperty("jar")).append(". ")
                .append(meta.getProperty("note", "")).append("\n\n");
        out.append("Data: ").append(meta.getProperty("dataset")).append("\n\n");

        out.append("### What users meet\n\n| what | measured | goal |\n|---|---|---|\n");
        goal(out, "search for a common word, API, 16 connections", api("search, common word @16"), "p95 ≤ 100 ms");
        goal(out, "the same at 64 connections", api("search, common word @64"), "p95 ≤ 100 ms");
        goal(out, "the same search, one request at a time", api("search, common word @1"), "≤ 100 ms");
        goal(out, "search with filters (kind, forum, CPV, dates), common word, 16 connections",
                api("search, common word, filters @16"), "p95 ≤ 100 ms");
        goal(out, "search sorted by footprint, common word, 16 connections",
                api("search, common word, sort=footprint @16"), "p95 ≤ 100 ms");
        goal(out, "the search page for a common word, signed-in users (as seen in the browser)",
                journey("search page, common word"), "≤ 100 ms server time");
        String users = meta.getProperty("activeUsers", "200");
        goal(out, "the search page for a common word, " + users + " active signed-in users (server time of the page's requests)",
                Optional.ofNullable(active.get("page: search, common word @" + users))
                        .or(() -> Optional.ofNullable(active.get("click: search, common word @" + users))), "p95 ≤ 100 ms");
        goal(out, "the search page for a rare word, " + users + " active signed-in users",
                Optional.ofNullable(active.get("page: search, rare word @" + users))
                        .or(() -> Optional.ofNullable(active.get("click: search, rare word @" + users))), "p95 ≤ 100 ms");
        goal(out, "search for a common word, API, " + users + " active users",
                Optional.ofNullable(active.get("API: search, common word @" + users)), "p95 ≤ 100 ms");
        goal(out, "search with filters, API, " + users + " active users",
                Optional.ofNullable(active.get("API: search with filters @" + users)), "p95 ≤ 100 ms");
        goal(out, "search for a rare term, API, 16 connections", api("search, rare word @16"), "p95 ≤ 50 ms");
        goal(out, "a forum's list, pages 0–50, 16 connections", api("forum list, pages 0-50 @16"), "p95 ≤ 50 ms");
        goal(out, "the same at 64 connections", api("forum list, pages 0-50 @64"), "p95 ≤ 50 ms");
        goal(out, "one submission by id, 16 connections", api("submission by id @16"), "p95 ≤ 20 ms");
        out.append("| heap per signed-in session | ").append(heapPerSession()).append(" | ≤ 200 KB |\n");
        out.append("| production start to ready (existing data) | ").append(meta.getProperty("ready", "not measured"))
                .append(" | ≤ 3 s |\n\n");

        out.append("### Open API, every action (Gatling, ").append(meta.getProperty("apiSeconds"))
                .append(" s per action and concurrency)\n\n");
        out.append("Each virtual user keeps one connection and sends its next request when the last is answered;"
                + " anything but a 200 (a redirect included) is an error.\n\n");
        out.append("| action | connections | requests | errors | req/s | p50 | p95 | p99 | max | errors by status |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|\n");
        rows(out, api);

        if (!active.isEmpty()) {
            out.append("\n### Many signed-in people at once, thinking between clicks (Gatling)\n\n")
                    .append(meta.getProperty("activeNote", "")).append("\n\n");
            out.append("| action | people | requests | errors | req/s | p50 | p95 | p99 | max | errors by outcome |\n");
            out.append("|---|---|---|---|---|---|---|---|---|---|\n");
            rows(out, active);
        }
        out.append("\n### Signed-in users through the pages (Playwright, Chromium)\n\n")
                .append(meta.getProperty("journeysNote", "")).append("\n\n");
        out.append("| step (until the page shows the result) | n | errors | p50 | p95 | p99 | max |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (var e : journeys.entrySet()) {
            double[] ok = e.getValue().stream().mapToDouble(v -> v[0]).sorted().toArray();
            long failed = e.getValue().stream().filter(v -> v[1] == 0).count();
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s |%n", e.getKey(), ok.length, failed,
                    fmt(pct(ok, 50)), fmt(pct(ok, 95)), fmt(pct(ok, 99)), fmt(ok.length == 0 ? -1 : ok[ok.length - 1])));
        }
        if (!journeyErrors.isEmpty()) {
            out.append("\nFirst error of each failing step:\n\n");
            journeyErrors.forEach((k, v) -> out.append("- ").append(k).append(": `")
                    .append(v.getFirst().replace("`", "'")).append("`\n"));
        }

        out.append("\n### CPU and memory per phase\n\n");
        out.append("Sampled every 2 s from /proc and `jstat`: CPU in % of one core (200 % is the whole machine), "
                + "PostgreSQL summed over the postmaster and its backends (RSS counts shared buffers once per "
                + "process, so it over-states).\n\n");
        out.append(Files.exists(dir.resolve("resources.md")) ? Files.readString(dir.resolve("resources.md")) : "not sampled\n");

        out.append("\n### Heap per signed-in session\n\n").append(meta.getProperty("heapMethod", "")).append("\n");
        return out.toString();
    }

    private static void rows(StringBuilder out, Map<String, ApiRow> rows) {
        for (ApiRow r : rows.values()) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %,d | %,d | %s | %s | %s | %s | %s | %s |%n", r.action(),
                    r.connections(), r.requests(), r.errors(), r.perSecond(), ms(r.p50()), ms(r.p95()), ms(r.p99()),
                    ms(r.max()), r.errorsByStatus()));
        }
    }

    private Optional<ApiRow> api(String name) {
        return Optional.ofNullable(api.get(name));
    }

    private Optional<double[]> journey(String name) {
        List<double[]> v = journeys.get(name);
        return v == null ? Optional.empty() : Optional.of(v.stream().filter(x -> x[1] == 1).mapToDouble(x -> x[0])
                .sorted().toArray());
    }

    private static void goal(StringBuilder out, String what, Optional<?> measured, String goal) {
        String text = "not measured";
        if (measured.isPresent() && measured.get() instanceof ApiRow r) {
            text = String.format(Locale.ROOT, "p95 %s, p50 %s; %s req/s; %,d requests, %,d errors%s", ms(r.p95()),
                    ms(r.p50()), r.perSecond(), r.requests(), r.errors(),
                    r.errorsByStatus().isBlank() ? "" : " (" + r.errorsByStatus() + ")");
        } else if (measured.isPresent() && measured.get() instanceof double[] v && v.length > 0) {
            text = String.format(Locale.ROOT, "p95 %s, p50 %s (n=%d)", fmt(pct(v, 95)), fmt(pct(v, 50)), v.length);
        }
        out.append("| ").append(what).append(" | ").append(text).append(" | ").append(goal).append(" |\n");
    }

    private String heapPerSession() {
        String kb = meta.getProperty("heapPerSessionKb");
        return kb == null ? "not measured" : kb + " KB (" + meta.getProperty("heapSessions") + " sessions)";
    }

    private static String ms(String millis) {
        return millis.isBlank() ? "–" : fmt(Double.parseDouble(millis));
    }

    static String fmt(double millis) {
        if (millis < 0) {
            return "–";
        }
        return millis >= 1000 ? String.format(Locale.ROOT, "%.1f s", millis / 1000)
                : String.format(Locale.ROOT, "%.0f ms", millis);
    }

    static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        return p;
    }
}
