package eu.buyzet.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.Reader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Signed-in people using the real pages: Debian's Chromium, driven by Playwright, one browser per
 * person (Playwright is single-threaded per instance). Each signs in, then repeats until the time is
 * up: browse the forums, open one, search (a common or a rare word), open a result, comment, mark
 * interest, and post a solution with a footprint, thinking between steps. Every step is timed as
 * the person sees it: from the click or address until the page shows its result.
 *
 * <p>Usage: {@code UserJourneys <base-url> <bench-dir> <users> <seconds> <out.tsv> [hold [first-user]]}. With
 * {@code hold}, each person signs in and browses once (forums, a forum, a search, a submission),
 * then keeps the page open: the harness measures heap per session meanwhile. It writes
 * {@code <out.tsv>.ready} when all are there and ends when that file is removed (or after the time).
 * {@code first-user} (0) is the index of the first generated supplier account used, so that two
 * batches of sessions are different people.
 */
public final class UserJourneys {

    record Step(String action, double millis, boolean ok, String error) {
    }

    private static final ConcurrentLinkedQueue<Step> STEPS = new ConcurrentLinkedQueue<>();
    /** In hold mode: set when the harness has measured and removed the ready file. */
    private static volatile boolean released;

    private final String base;
    private final String email;
    private final List<String> common;
    private final List<String> rare;
    private final List<String> forums;
    /** What this person picks: seeded per person when holding pages for the heap, so runs open the same pages. */
    private Random random = new Random();
    private final long thinkMin = Long.getLong("bench.thinkMin", 2000);
    private final long thinkMax = Long.getLong("bench.thinkMax", 6000);
    private Page page;

    private UserJourneys(String base, String email, List<String> common, List<String> rare, List<String> forums) {
        this.base = base;
        this.email = email;
        this.common = common;
        this.rare = rare;
        this.forums = forums;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path dir = Path.of(args[1]);
        int users = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        Path out = Path.of(args[4]);
        boolean hold = args.length > 5 && args[5].equals("hold");
        int firstUser = args.length > 6 ? Integer.parseInt(args[6]) : 0;
        Properties data = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve("dataset.properties"))) {
            data.load(in);
        }
        int submissions = Integer.parseInt(data.getProperty("submissions"));
        List<String> common = new ArrayList<>();
        List<String> rare = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("terms.tsv"))) {
            String[] f = line.split("\t");
            if (!f[0].equals("language")) {
                double perMillion = Integer.parseInt(f[2]) * 1_000_000.0 / submissions;
                if (Integer.parseInt(f[2]) >= 0.15 * submissions) {
                    common.add(f[1]);
                } else if (perMillion >= 100 && perMillion <= 1000 ) {
                    rare.add(f[1]);
                }
            }
        }
        List<String> suppliers = Files.readAllLines(dir.resolve("users.tsv")).stream()
                .filter(l -> l.endsWith("\tSUPPLIER")).map(l -> l.split("\t")[0]).toList();
        List<String> forums = List.of(data.getProperty("forums").split(","));
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch browsed = new CountDownLatch(users);
        AtomicInteger failedUsers = new AtomicInteger();
        Path ready = Path.of(out + ".ready");
        Files.deleteIfExists(ready);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            UserJourneys user = new UserJourneys(base, suppliers.get((firstUser + i) % suppliers.size()), common, rare,
                    forums);
            // holding pages for the heap: each person opens the same pages in every run (a seed per person), so
            // that two builds are read on the same pages; a reading varied by 50 KB with the pages opened
            user.random = hold ? new Random(firstUser + i) : new Random();
            int index = i;
            threads.add(Thread.ofPlatform().name("user-" + i).start(() -> {
                // start a little apart, as people do, and so that browser start-ups do not pile up
                sleep(index * 1500L);
                try {
                    user.run(deadline, hold, browsed);
                } catch (RuntimeException e) {
                    failedUsers.incrementAndGet();
                    browsed.countDown();
                    System.err.println(user.email + ": " + e);
                }
            }));
        }
        if (hold) {
            browsed.await();
            if (failedUsers.get() > 0) {
                // a heap figure from fewer sessions than claimed would be wrong: no ready file
                System.err.println(failedUsers.get() + " of " + users + " sessions did not open");
                released = true;
                System.exit(1);
            }
            Files.writeString(ready, "ready\n");
            System.out.println("all " + users + " sessions are open: " + ready);
            while (Files.exists(ready) && System.nanoTime() < deadline) {
                sleep(200);
            }
            released = true;
        }
        for (Thread t : threads) {
            t.join();
        }
        List<String> lines = new ArrayList<>();
        lines.add("action\tmillis\tok\terror");
        for (Step s : STEPS) {
            lines.add(s.action() + "\t" + String.format(Locale.ROOT, "%.1f", s.millis()) + "\t" + s.ok() + "\t"
                    + (s.error() == null ? "" : s.error().replaceAll("\\s+", " ")));
        }
        Files.write(out, lines);
        System.out.printf(Locale.ROOT, "%d steps by %d users (%d could not start), written to %s%n", STEPS.size(),
                users, failedUsers.get(), out);
    }

    private void run(long deadline, boolean hold, CountDownLatch browsed) {
        try (Playwright playwright = Playwright.create();
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
                     .setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
             BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                     .setLocale(random.nextBoolean() ? "nb-NO" : "en-GB")
                     .setViewportSize(1280, 900))) {
            context.setDefaultTimeout(60_000);
            page = context.newPage();
            step("sign in", () -> {
                page.navigate(base + "/login");
                page.locator("vaadin-login-form input[name='username']").fill(email);
                page.locator("vaadin-login-form input[name='password']").fill("demo");
                page.locator("vaadin-login-form input[name='password']").press("Enter");
                page.locator("#whoami").waitFor();
            });
            if (hold) {
                if (page.locator("#whoami").count() == 0) {
                    throw new IllegalStateException("could not sign in as " + email);
                }
                browse();
                String heapPage = System.getProperty("bench.heapPage", "");
                if (!heapPage.isEmpty()) {
                    // one kind of page held by everyone: what that page costs a session
                    step("open the held page", () -> {
                        page.navigate(base + heapPage);
                        page.locator("h1").first().waitFor();
                    });
                }
                browsed.countDown();
                while (!released && System.nanoTime() < deadline) {
                    sleep(200);
                }
                return;
            }
            while (System.nanoTime() < deadline) {
                try {
                    browse();
                    if (System.nanoTime() >= deadline) {
                        break;
                    }
                    converse();
                    if (System.nanoTime() >= deadline) {
                        break;
                    }
                    postSolution();
                } catch (RuntimeException e) {
                    // typing between timed steps failed (the page was not what it should be): start over
                    String message = String.valueOf(e.getMessage());
                    STEPS.add(new Step("(between steps)", 0, false, message.substring(0, Math.min(200, message.length()))));
                    think();
                }
            }
        }
    }

    /** Forums, one forum, a search and one of its results. */
    private void browse() {
        step("forums", () -> {
            page.navigate(base + "/forums");
            page.locator("#forums a.forum-link:visible").first().waitFor();
        });
        think();
        step("open a forum", () -> {
            // one of the generated forums on the list's first page (the demo's small forums may be empty)
            Locator links = page.locator("#forums a.forum-link:visible");
            List<Integer> generated = new ArrayList<>();
            for (int i = 0; i < links.count(); i++) {
                String href = String.valueOf(links.nth(i).getAttribute("href"));
                if (forums.contains(href.substring(href.lastIndexOf('/') + 1))) {
                    generated.add(i);
                }
            }
            int chosen = generated.isEmpty() ? 0 : generated.get(random.nextInt(generated.size()));
            links.nth(chosen).click();
            page.locator("#submissions a.submission-link:visible").first().waitFor();
        });
        think();
        boolean commonWord = random.nextBoolean();
        String term = pick(commonWord ? common : rare);
        step(commonWord ? "search page, common word" : "search page, rare word", () -> {
            page.navigate(base + "/search?q=" + URLEncoder.encode(term, StandardCharsets.UTF_8));
            page.locator("#search-results a.submission-link:visible").first().waitFor();
        });
        think();
        step("open a submission", () -> {
            Locator links = page.locator("#search-results a.submission-link:visible");
            links.nth(random.nextInt(Math.min(5, links.count()))).click();
            page.locator("#comments h2").first().waitFor();
        });
        think();
    }

    /** On the submission just opened: a comment, then interest (where offered). */
    private void converse() {
        String text = "Bench comment " + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ": how many trips a week do you plan?";
        step("comment", () -> {
            page.locator("#comment-new textarea").fill(text);
            page.locator("#comment-new-send").click();
            page.locator("#comment-threads .comment-body", new Page.LocatorOptions().setHasText(text)).first().waitFor();
        });
        think();
        Locator toggle = page.locator("#interest-toggle");
        if (toggle.count() > 0) {
            step("mark interest", () -> {
                String pressed = toggle.getAttribute("aria-pressed");
                String expected = "true".equals(pressed) ? "false" : "true";
                toggle.click();
                page.locator("#interest-toggle[aria-pressed='" + expected + "']").waitFor();
            });
            think();
        }
    }

    /** A new solution in a forum: draft, footprint, publish. */
    private void postSolution() {
        String forum = pick(forums);
        step("new solution form", () -> {
            page.navigate(base + "/forums/" + forum);
            page.locator("#new-solution").click();
            page.locator("#submission-title input").waitFor();
        });
        think();
        String title = "Elektrisk varebil for levering " + Long.toHexString(ThreadLocalRandom.current().nextLong());
        page.locator("#submission-title input").fill(title);
        page.locator("#submission-summary textarea").fill("Utslippsfri levering med elektrisk varebil og lastesykkel.");
        page.locator("#submission-body textarea").fill("Vi leverer med elektriske varebiler fra et depot i bydelen.\n\n"
                + "Delivery by electric vans from a local depot, with cargo bikes for the last kilometre.");
        step("save draft", () -> {
            page.locator("#save-submission").click();
            page.locator("#declare-footprint").waitFor();
        });
        think();
        step("open footprint form", () -> {
            page.locator("#declare-footprint").click();
            page.locator("#declared-0-known").waitFor();
        });
        // the form asks first what the supplier knows; trips and km per trip are its first answer
        tripsOf(page, "declared");
        if (page.locator("#baseline-0-known").count() > 0) {
            tripsOf(page, "baseline");
        }
        step("save footprint", () -> {
            page.locator("#save-footprint").click();
            page.locator("#footprint .figure-co2e-wtw").first().waitFor();
        });
        think();
        step("publish", () -> {
            page.locator("#publish-submission").click();
            page.locator("#submission-status").waitFor(new Locator.WaitForOptions()
                    .setState(WaitForSelectorState.DETACHED));
        });
        think();
    }

    private void step(String action, Runnable r) {
        long start = System.nanoTime();
        try {
            r.run();
            STEPS.add(new Step(action, (System.nanoTime() - start) / 1e6, true, null));
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            STEPS.add(new Step(action, (System.nanoTime() - start) / 1e6, false,
                    message.substring(0, Math.min(200, message.length()))));
            // start the next step from a known page
            try {
                page.navigate(base + "/");
            } catch (RuntimeException ignored) {
                // the next step records its own failure
            }
        }
    }

    private void think() {
        sleep(thinkMin + random.nextLong(Math.max(1, thinkMax - thinkMin)));
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Answers "what do you know" of a form's first flow with trips, then types 1,000 trips of 12.5 km. */
    private static void tripsOf(Page page, String flows) {
        page.locator("#" + flows + "-0-known vaadin-radio-button").first().click();
        page.locator("#" + flows + "-0-tripsPerYear input").fill("1000");
        page.locator("#" + flows + "-0-kmPerTrip input").fill("12.5");
    }
}
