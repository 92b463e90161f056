package eu.buyzet.bench;

import static eu.buyzet.bench.BenchData.COMMON;
import static eu.buyzet.bench.BenchData.FORUMS;
import static eu.buyzet.bench.BenchData.MEMBERS;
import static eu.buyzet.bench.BenchData.PUBLISHED_IDS;
import static eu.buyzet.bench.BenchData.RARE;
import static eu.buyzet.bench.BenchData.enc;
import static eu.buyzet.bench.BenchData.filters;
import static eu.buyzet.bench.BenchData.pick;
import static eu.buyzet.bench.BenchData.rnd;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Many signed-in people at once, each reading between clicks: {@code bench.users} members (200) sign
 * in over {@code bench.ramp} seconds, then each, until {@code bench.seconds} have passed, opens a page
 * or asks the open API, thinks for {@code bench.thinkMin}–{@code bench.thinkMax} seconds, and goes on.
 *
 * <p>A page is opened as Vaadin's own client opens it, with no browser: the page's HTML, the request
 * that makes its UI ({@code ?v-r=init}), and the UIDL request whose {@code ui-navigate} event builds
 * the view on the server (where a search page runs its search and a forum its first rows). The time
 * recorded is the three together; then the page is left with the unload beacon a browser sends
 * ({@code UNLOAD}), so that the server closes the UI as it does for a person who moves on. Push is
 * not opened: its memory is measured per session elsewhere (decision 042). A page counts as failed
 * when any of its requests is not a 200, or when it shows "search is busy" or "too many matches"
 * instead of results.
 *
 * <p>With {@code bench.navigation=click}, people move as they do once a page is open: each opens one
 * page in full after signing in and keeps that UI, and every later page is a click inside it, one
 * UIDL request whose {@code ui-navigate} event swaps the view (recorded as "click: …"). The frame,
 * the UI and the HTML are not made again, which is most of what a full page load costs the server.
 * The ids Vaadin's client keeps ({@code syncId}, {@code clientId}, the history index) are carried
 * from each response to the next request, so the server sees one well-behaved client.
 */
public class ActiveUsersSimulation extends Simulation {

    static final String BASE = System.getProperty("bench.baseUrl", "http://localhost:18090");
    static final int USERS = Integer.getInteger("bench.users", 200);
    static final int RAMP = Integer.getInteger("bench.ramp", 60);
    static final int SECONDS = Integer.getInteger("bench.seconds", 180);
    static final int THINK_MIN = Integer.getInteger("bench.thinkMin", 5);
    static final int THINK_MAX = Integer.getInteger("bench.thinkMax", 15);
    /** {@code load}: every page a full page load; {@code click}: one full load, then clicks inside it. */
    static final boolean CLICKS = "click".equals(System.getProperty("bench.navigation", "load"));
    /** The English texts of search.busy and search.too-broad: the people here read English pages. */
    static final String BUSY_TEXT = "Search is busy right now";
    static final String TOO_BROAD_TEXT = "Too many matches";
    /** What Vaadin's client sends about the browser when it asks for its UI (a laptop in Oslo). */
    static final String BROWSER = "&v-sh=900&v-sw=1440&v-wh=820&v-ww=1440&v-bh=820&v-bw=1440&v-tzo=-60&v-dstd=60"
            + "&v-rtzo=-60&v-dston=false&v-tzid=Europe%2FOslo&v-td=false&v-pr=1&v-wn=&v-np=Linux%20x86_64";

    private final AtomicInteger nextMember = new AtomicInteger();

    {
        String at = " @" + USERS;
        HttpProtocolBuilder protocol = http.baseUrl(BASE)
                .userAgentHeader("buyzet-bench")
                .acceptLanguageHeader("en-GB,en;q=0.8")
                .disableFollowRedirect()
                .disableUrlEncoding()
                .disableCaching();

        ChainBuilder signIn = exec(session -> session.set("email", MEMBERS.get(nextMember.getAndIncrement() % MEMBERS.size())))
                .exec(http("sign-in page").get("/login").header("Accept", "text/html")
                        .check(status().is(200), regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")))
                .exec(http("sign in").post("/login").formParam("username", "#{email}").formParam("password", "demo")
                        .formParam("_csrf", "#{csrf}")
                        // a failed sign-in goes back to /login?error; a good one to the page asked for
                        .check(status().is(302), header("Location").not(BASE + "/login?error")))
                .exitHereIfFailed();

        Opener open = CLICKS ? ActiveUsersSimulation::click : ActiveUsersSimulation::page;
        String kind = CLICKS ? "click: " : "page: ";
        ChainBuilder browse = randomSwitch().on(
                percent(20.0).then(open.open(kind + "search, common word", () -> "search", () -> "q=" + enc(pick(COMMON)), at)),
                percent(10.0).then(open.open(kind + "search, rare word", () -> "search", () -> "q=" + enc(pick(RARE)), at)),
                percent(15.0).then(open.open(kind + "a forum", () -> "forums/" + pick(FORUMS), () -> "", at)),
                percent(15.0).then(open.open(kind + "a submission", () -> "submissions/" + pick(PUBLISHED_IDS), () -> "", at)),
                percent(15.0).then(api("API: search, common word", () -> "/api/v1/submissions?q=" + enc(pick(COMMON)), at)),
                percent(10.0).then(api("API: search, rare word", () -> "/api/v1/submissions?q=" + enc(pick(RARE)), at)),
                percent(10.0).then(api("API: search with filters", () -> "/api/v1/submissions?q="
                        + enc(pick(rnd(2) == 0 ? COMMON : RARE)) + filters(), at)),
                percent(5.0).then(api("API: a forum's list, pages 0-50", () -> "/api/v1/submissions?forum="
                        + pick(FORUMS) + "&page=" + rnd(51), at)));

        setUp(scenario("active users")
                .exec(signIn)
                // the page people land on after signing in, kept open for their clicks
                .exec(CLICKS ? fullLoad("page: first, full load", () -> "forums", () -> "", at, false) : exec(s -> s))
                .during(Duration.ofSeconds(RAMP + SECONDS)).on(
                        exec(browse).pause(Duration.ofSeconds(THINK_MIN), Duration.ofSeconds(THINK_MAX)))
                .injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP))))
                .protocols(protocol);
    }

    /** One API request, timed alone. */
    private static ChainBuilder api(String action, Supplier<String> path, String at) {
        Recorder recorder = Recorder.of(action + at);
        return exec(session -> session.set("path", path.get()).remove("rt").remove("st"))
                .exec(http(action).get("#{path}").header("Accept", "application/json")
                        .check(responseTimeInMillis().saveAs("rt"), status().saveAs("st"), status().is(200)))
                .exec(session -> {
                    recorder.record(session.contains("rt") ? session.getInt("rt") : -1,
                            session.contains("st") ? session.getInt("st") : 0);
                    return session;
                });
    }

    @FunctionalInterface
    private interface Opener {
        ChainBuilder open(String action, Supplier<String> route, Supplier<String> query, String at);
    }

    /** One page as Vaadin's client opens it (see the class comment), timed as its three requests together, then left. */
    private static ChainBuilder page(String action, Supplier<String> route, Supplier<String> query, String at) {
        return fullLoad(action, route, query, at, true);
    }

    /**
     * One click inside the UI this person keeps open: a {@code ui-navigate} event in one UIDL request.
     * Someone whose UI was lost (a failed click, an expired UI) opens the page in full again.
     */
    private static ChainBuilder click(String action, Supplier<String> route, Supplier<String> query, String at) {
        Recorder recorder = Recorder.of(action + at);
        return doIfOrElse(session -> session.contains("ui")).then(
                exec(session -> {
                    String q = query.get();
                    return session.setAll(Map.of("route", route.get(), "query", q,
                                    "idx", session.contains("idx") ? session.getInt("idx") + 1 : 1))
                            .remove("rt3").remove("st3").remove("busy").remove("broad");
                })
                .exec(view(action, "#{syncId}", "#{clientId}", "#{idx}"))
                .exec(session -> {
                    int outcome = clickOutcome(session);
                    recorder.record(session.contains("rt3") ? session.getInt("rt3") : -1, outcome);
                    Session next = session.markAsSucceeded();
                    return outcome == 200 || outcome == Recorder.BUSY || outcome == Recorder.TOO_BROAD
                            ? next : next.remove("ui");
                })).orElse(fullLoad(action + " (opened again in full)", route, query, at, false));
    }

    /**
     * The UIDL request whose {@code ui-navigate} event builds a view, with the ids the next request must
     * send, and whether the view said "busy" or "too many matches" instead of its results.
     */
    private static HttpRequestActionBuilder view(String name, String syncId, String clientId, String idx) {
        return http(name).post("/?v-r=uidl&v-uiId=#{ui}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(navigate(syncId, clientId, idx)))
                .check(responseTimeInMillis().saveAs("rt3"), status().saveAs("st3"), status().is(200),
                        substring("sessionExpired").notExists(),
                        substring(BUSY_TEXT).count().saveAs("busy"),
                        substring(TOO_BROAD_TEXT).count().saveAs("broad"),
                        regex("\"syncId\":(\\d+)").saveAs("syncId"),
                        regex("\"clientId\":(\\d+)").saveAs("clientId"));
    }

    /** The body of a {@code ui-navigate} event, as Vaadin's client sends it when a link inside the portal is followed. */
    private static String navigate(String syncId, String clientId, String idx) {
        return "{\"csrfToken\":\"#{key}\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"#{route}\",\"query\":\"#{query}\","
                + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":" + idx + "},\"trigger\":\"\"}}],"
                + "\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
    }

    private static int clickOutcome(Session session) {
        int status = session.contains("st3") ? session.getInt("st3") : 0;
        if (status != 200) {
            return status;
        }
        return refusal(session);
    }

    /**
     * A page opened in full: its HTML, its UI, its view. Left with the unload beacon when {@code leave};
     * otherwise kept, with the ids its next click must send.
     */
    private static ChainBuilder fullLoad(String action, Supplier<String> route, Supplier<String> query, String at,
                                         boolean leave) {
        Recorder recorder = Recorder.of(action + at);
        // where a page's time goes, over every kind of page: the HTML, making the UI, building the view
        List<Recorder> parts = List.of(Recorder.of("page, its HTML" + at), Recorder.of("page, making its UI" + at),
                Recorder.of("page, building its view" + at));
        return exec(session -> {
            String r = route.get();
            String q = query.get();
            return session.setAll(Map.of("route", r, "query", q, "url", "/" + r + (q.isEmpty() ? "" : "?" + q),
                            "location", enc(r), "queryEnc", enc(q)))
                    .remove("rt1").remove("rt2").remove("rt3").remove("st1").remove("st2").remove("st3")
                    .remove("key").remove("ui").remove("busy").remove("broad").remove("idx");
        })
                .exec(http(action + " (HTML)").get("#{url}").header("Accept", "text/html")
                        .check(responseTimeInMillis().saveAs("rt1"), status().saveAs("st1"), status().is(200)))
                .exitBlockOnFail().on(
                        exec(http(action + " (UI)").get("/?v-r=init&location=#{location}&query=#{queryEnc}" + BROWSER
                                        + "&v-curdate=#{currentTimeMillis()}")
                                .check(responseTimeInMillis().saveAs("rt2"), status().saveAs("st2"), status().is(200),
                                        jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs("key"),
                                        jsonPath("$.appConfig['v-uiId']").saveAs("ui")))
                        .exec(view(action + " (view)", "0", "0", "0"))
                        .doIf(session -> leave).then(
                                exec(http(action + " (leave)").post("/?v-r=uidl&v-uiId=#{ui}")
                                        .header("Content-Type", "application/json; charset=UTF-8")
                                        .body(StringBody("{\"csrfToken\":\"#{key}\",\"rpc\":[],\"syncId\":#{syncId},"
                                                + "\"clientId\":#{clientId},\"UNLOAD\":true}"))
                                        .check(status().is(200)))
                                .exec(session -> session.remove("ui"))))
                .exec(session -> {
                    recorder.record(pageMillis(session), pageOutcome(session));
                    for (int i = 0; i < parts.size(); i++) {
                        String rt = "rt" + (i + 1);
                        String st = "st" + (i + 1);
                        if (session.contains(st)) {
                            parts.get(i).record(session.contains(rt) ? session.getInt(rt) : -1, session.getInt(st));
                        }
                    }
                    Session next = session.markAsSucceeded();
                    // a UI whose view came back can take clicks, even if it showed "busy"
                    return session.contains("st3") && session.getInt("st3") == 200 ? next : next.remove("ui");
                });
    }

    private static int pageMillis(Session session) {
        int total = 0;
        for (String rt : List.of("rt1", "rt2", "rt3")) {
            if (!session.contains(rt)) {
                return -1;
            }
            total += session.getInt(rt);
        }
        return total;
    }

    private static int pageOutcome(Session session) {
        for (String st : List.of("st1", "st2", "st3")) {
            int status = session.contains(st) ? session.getInt(st) : 0;
            if (status != 200) {
                return status;
            }
        }
        return refusal(session);
    }

    /** 200, or the refusal the page showed in words instead of its results. */
    private static int refusal(Session session) {
        if (session.contains("busy") && session.getInt("busy") > 0) {
            return Recorder.BUSY;
        }
        if (session.contains("broad") && session.getInt("broad") > 0) {
            return Recorder.TOO_BROAD;
        }
        return 200;
    }

    @Override
    public void after() {
        Recorder.write(Path.of(System.getProperty("bench.out", "target/active.tsv")));
    }
}
