package eu.buyzet.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import static eu.buyzet.bench.BenchData.COMMON;
import static eu.buyzet.bench.BenchData.FORUMS;
import static eu.buyzet.bench.BenchData.PUBLISHED_IDS;
import static eu.buyzet.bench.BenchData.RARE;
import static eu.buyzet.bench.BenchData.chance;
import static eu.buyzet.bench.BenchData.enc;
import static eu.buyzet.bench.BenchData.filters;
import static eu.buyzet.bench.BenchData.pick;
import static eu.buyzet.bench.BenchData.rnd;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The open API under load, as wrk would put it but with per-action figures: each action runs for
 * {@code bench.seconds} at each of {@code bench.connections} (virtual users that each keep one
 * connection and send their next request as soon as the last one is answered). Redirects are not
 * followed: anything but 200 counts as an error. Terms, forums and ids come from what the generator
 * wrote ({@link BenchData}).
 */
public class ApiSimulation extends Simulation {

    static final String BASE = System.getProperty("bench.baseUrl", "http://localhost:18090");
    static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    static final List<Integer> CONNECTIONS = Arrays.stream(System.getProperty("bench.connections", "1,16,64").split(","))
            .map(String::trim).map(Integer::valueOf).toList();

    /**
     * Only these actions (names separated by ";", "_" for a space: Maven's fork of Gatling splits a
     * property's value at spaces); all when empty.
     */
    static final List<String> ONLY = System.getProperty("bench.actions", "").isBlank() ? List.of()
            : List.of(System.getProperty("bench.actions").replace('_', ' ').split(";"));
    /** One request at a time: what a single visitor waits for, without queueing behind others. */
    static final List<String> SINGLE = List.of("search, common word", "search, rare word", "submission by id");

    /** The actions, by the names the report uses; each makes the next request's path. */
    static final Map<String, Supplier<String>> ACTIONS = new LinkedHashMap<>();

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
                Recorder recorder = Recorder.of(name);
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

    @Override
    public void after() {
        Recorder.write(Path.of(System.getProperty("bench.out", "target/api.tsv")));
    }
}
