package eu.buyzet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every response's time and outcome, for exact percentiles and the throughput of each action. An
 * outcome is the HTTP status, or one of the refusals a page shows in words with a 200 ({@link #BUSY},
 * {@link #TOO_BROAD}): only a 200 with the page's real content counts as a success.
 */
final class Recorder {

    static final int BUSY = 1001;
    static final int TOO_BROAD = 1002;

    /** By action name with its concurrency after " @", in the order the actions first ran. */
    static final Map<String, Recorder> ALL = Collections.synchronizedMap(new LinkedHashMap<>());

    private final List<long[]> samples = new ArrayList<>();

    static Recorder of(String name) {
        return ALL.computeIfAbsent(name, x -> new Recorder());
    }

    synchronized void record(int millis, int outcome) {
        samples.add(new long[] {System.currentTimeMillis(), millis, outcome});
    }

    private synchronized int count() {
        return samples.size();
    }

    /** One line per action, in the columns docs/performance.md's tables use (see {@code Report}). */
    static void write(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("action\tconnections\trequests\terrors\treq/s\tp50\tp95\tp99\tmax\terrors by status");
        synchronized (ALL) {
            // an action that never ran (a fallback nobody needed) has no figures to show
            ALL.forEach((name, r) -> {
                if (r.count() > 0) {
                    lines.add(r.summary(name));
                }
            });
        }
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized String summary(String name) {
        long ok = samples.stream().filter(x -> x[2] == 200).count();
        long[] times = samples.stream().filter(x -> x[1] >= 0).mapToLong(x -> x[1]).sorted().toArray();
        long first = samples.stream().mapToLong(x -> x[0] - Math.max(0, x[1])).min().orElse(0);
        long last = samples.stream().mapToLong(x -> x[0]).max().orElse(0);
        Map<Long, Long> outcomes = new TreeMap<>();
        samples.stream().filter(x -> x[2] != 200).forEach(x -> outcomes.merge(x[2], 1L, Long::sum));
        StringBuilder errors = new StringBuilder();
        outcomes.forEach((outcome, n) -> errors.append(errors.isEmpty() ? "" : ", ").append(n).append(switch (outcome.intValue()) {
            case 0 -> " without response (timeout or connection error)";
            case BUSY -> " × \"search is busy\" on the page";
            case TOO_BROAD -> " × \"too many matches\" on the page";
            default -> " × " + outcome;
        }));
        int at = name.lastIndexOf(" @");
        return String.join("\t", name.substring(0, at), name.substring(at + 2), String.valueOf(samples.size()),
                String.valueOf(samples.size() - ok),
                String.format(Locale.ROOT, "%.1f", samples.size() * 1000.0 / Math.max(1, last - first)),
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
