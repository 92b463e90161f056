package eu.buyzet.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes a realistic portal's worth of organisations, members, forums and submissions into the
 * PostgreSQL of a started portal (its embedded default), through COPY, as the schema owner.
 * Every row passes the schema's constraints, and the search column is computed by PostgreSQL
 * itself (a generated column). Footprints are declared on every tenth need or solution; the
 * portal computes their results on its next start (FootprintBackfill), as for any import.
 *
 * <p>Usage: {@code DataGenerator <bench-dir> <postgres-port> <submissions> [cpv.tsv]}; the
 * passwords come from the data folder the portal made ({@code <bench-dir>/pg}). Writes
 * {@code dataset.properties} and {@code terms.tsv} (each word's document frequency, from which the
 * load test samples its search terms) into the bench folder.
 */
public final class DataGenerator {

    static final int FORUMS = 49;
    static final int MIN_FORUM = 14_000;
    static final int MAX_FORUM = 75_000;
    static final int AGENCIES = 350;
    static final int SUPPLIERS = 2_500;
    /** Members with a local account (password "demo") whom the journeys sign in as. */
    static final int SIGN_IN_USERS = 200;
    static final int CHUNK = 50_000;
    static final String DEMO_HASH = "{bcrypt}$2a$10$i2PfdNgHi3/WdSP2CgXUA.jU5MiD2bosSX1Agh7WPLBX/bPHjb4uS";

    private static final String[] PLACES = {"Alna", "Bjerke", "Frogner", "Gamle Oslo", "Grorud", "Grünerløkka",
        "Nordre Aker", "Nordstrand", "Sagene", "St. Hanshaugen", "Stovner", "Søndre Nordstrand", "Ullern",
        "Vestre Aker", "Østensjø", "Bærum", "Asker", "Lillestrøm", "Drammen", "Bergen", "Trondheim", "Stavanger",
        "Kristiansand", "Tromsø", "Bodø", "Ålesund", "Fredrikstad", "Sandnes", "Sarpsborg", "Skien", "Tønsberg",
        "Moss", "Hamar", "Gjøvik", "Lillehammer", "Molde", "Haugesund", "Arendal", "Larvik", "Porsgrunn", "Halden",
        "Kongsberg", "Harstad", "Narvik", "Alta", "Steinkjer", "Levanger", "Horten", "Rotterdam", "Copenhagen"};
    private static final String[] FORUM_TOPICS_NB = {"Avfallshenting", "Varelevering", "Håndverkertjenester",
        "Matlevering til sykehjem", "Byggeplasslogistikk", "Skoleskyss og varer", "Kontorrekvisita", "Renhold",
        "Vedlikehold av parker", "Snøbrøyting", "Posttjenester", "Tekstilvask", "Medisinlevering"};
    private static final String[] FORUM_TOPICS_EN = {"Waste collection", "Goods delivery", "Craftsmen services",
        "Meals for nursing homes", "Construction logistics", "School transport and goods", "Office supplies",
        "Cleaning", "Park maintenance", "Snow clearing", "Postal services", "Laundry", "Medicine delivery"};
    private static final String[] FIRST = {"Ingrid", "Erik", "Nora", "Ahmed", "Kari", "Ola", "Sofie", "Lars", "Maja",
        "Jonas", "Emma", "Henrik", "Sara", "Magnus", "Ida", "Ali", "Fatima", "Per", "Anne", "Jan", "Marit", "Tor",
        "Liv", "Hans", "Silje", "Oskar", "Amalie", "Filip", "Thea", "Mohammed"};
    private static final String[] LAST = {"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
        "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Khan",
        "Ali", "Bakke", "Moen", "Dahl", "Lie", "Strand", "Solberg", "Vik"};

    private final SplittableRandom random;
    private final Vocabulary vocabulary = new Vocabulary(50_000, 1.0, 100, 7);
    private final Map<String, int[]> documentFrequency = new HashMap<>();
    private final Map<String, int[]> cpvUse = new HashMap<>();
    private final List<Long> publishedSample = new ArrayList<>();
    private int expected = 1;
    private final List<String> cpvDomain = new ArrayList<>();
    private final List<String> cpvAll = new ArrayList<>();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final Instant firstDay = now.minus(4 * 365, ChronoUnit.DAYS);

    private long[] agencyOrgs;
    private long[] supplierOrgs;
    private final Map<Long, long[]> membersOf = new HashMap<>();
    private long[] forumIds;

    private DataGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: DataGenerator <bench-dir> <postgres-port> <submissions> [cpv.tsv]");
            System.exit(2);
        }
        Path benchDir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        int submissions = Integer.parseInt(args[2]);
        Path cpv = Path.of(args.length > 3 ? args[3] : "../src/main/resources/cpv/cpv-2008.tsv");
        Properties passwords = new Properties();
        try (Reader in = Files.newBufferedReader(benchDir.resolve("pg/buyzet-passwords.properties"))) {
            passwords.load(in);
        }
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        String owner = passwords.getProperty("owner");
        DataGenerator generator = new DataGenerator(20261202L);
        generator.loadCpv(cpv);
        long start = System.nanoTime();
        try (Connection main = DriverManager.getConnection(url, "buyzet_owner", owner);
             Connection side = DriverManager.getConnection(url, "buyzet_owner", owner)) {
            generator.run(main, side, submissions, benchDir);
        }
        System.out.printf(Locale.ROOT, "Generated %,d submissions in %.0f s%n", submissions,
                (System.nanoTime() - start) / 1e9);
    }

    private void loadCpv(Path file) throws IOException {
        Set<String> domain = Set.of("15", "18", "22", "30", "34", "39", "44", "45", "50", "55", "60", "63", "64",
                "77", "79", "90");
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String code = line.split("\t", 2)[0].trim();
            if (code.matches("[0-9]{8}-[0-9]")) {
                cpvAll.add(code);
                if (domain.contains(code.substring(0, 2))) {
                    cpvDomain.add(code);
                }
            }
        }
        // a fixed order per run, so that Zipf picks make some codes popular and most rare
        shuffle(cpvAll);
        shuffle(cpvDomain);
    }

    private void run(Connection main, Connection side, int submissions, Path benchDir) throws Exception {
        for (Connection c : List.of(main, side)) {
            try (Statement s = c.createStatement()) {
                s.execute("set synchronous_commit = off");
            }
            c.setAutoCommit(false);
        }
        long t = System.nanoTime();
        organisationsAndMembers(main);
        List<String> users = new ArrayList<>();
        try (Statement s = main.createStatement(); ResultSet r = s.executeQuery("""
                select m.email, o.kind from local_account a join member m on m.id = a.member_id
                join organisation o on o.id = m.organisation_id where m.email like 'bench-%' order by m.id""")) {
            while (r.next()) {
                users.add(r.getString(1) + "\t" + r.getString(2));
            }
        }
        Files.write(benchDir.resolve("users.tsv"), users);
        forums(main);
        main.commit();
        log("organisations, members and forums", t);

        // the full-text index is built once after the load: much faster than row by row
        try (Statement s = main.createStatement()) {
            s.execute("drop index if exists submission_search_idx");
        }
        main.commit();

        expected = submissions;
        int[] forumSizes = forumSizes(submissions);
        int[] forumLeft = forumSizes.clone();
        ExecutorService dependents = Executors.newSingleThreadExecutor();
        List<Future<?>> pending = new ArrayList<>();
        long minId = Long.MAX_VALUE;
        long maxId = 0;
        int needOrSolution = 0;
        for (int done = 0; done < submissions; done += CHUNK) {
            int n = Math.min(CHUNK, submissions - done);
            t = System.nanoTime();
            long base = nextval(main, "submission");
            List<Post> posts = new ArrayList<>(n);
            CopyIn copy = ((PGConnection) main.unwrap(PGConnection.class)).getCopyAPI().copyIn(
                    "copy submission (forum_id, kind, title, summary, body_markdown, status, hidden, hidden_reason,"
                            + " author_id, organisation_id, created_at, updated_at, published_at) from stdin");
            StringBuilder rows = new StringBuilder(4 << 20);
            for (int i = 0; i < n; i++) {
                Post p = post(base + 1 + i, forumLeft, submissions - done - i);
                if (!p.kind.equals("PROPOSAL") && needOrSolution++ % 10 == 0) {
                    p.footprint = true;
                }
                posts.add(p);
                p.appendTo(rows);
                if (rows.length() > (2 << 20)) {
                    write(copy, rows);
                }
            }
            write(copy, rows);
            copy.endCopy();
            try (Statement s = main.createStatement();
                 ResultSet r = s.executeQuery("select count(*), min(id), max(id) from submission where id > " + base)) {
                r.next();
                if (r.getLong(1) != n || r.getLong(2) != base + 1 || r.getLong(3) != base + n) {
                    throw new IllegalStateException("submission ids are not the contiguous range after " + base
                            + ": did something else insert submissions during the load?");
                }
            }
            main.commit();
            minId = Math.min(minId, base + 1);
            maxId = base + n;
            // built here (one random source), written by a second connection while the next chunk loads
            StringBuilder[] dependent = dependentRows(posts);
            pending.add(dependents.submit(() -> {
                copyDependents(side, dependent);
                return null;
            }));
            log(String.format(Locale.ROOT, "%,d submissions", done + n), t);
        }
        for (Future<?> f : pending) {
            f.get();
        }
        dependents.shutdown();

        t = System.nanoTime();
        try (Statement s = main.createStatement()) {
            s.execute("set maintenance_work_mem = '1GB'");
            s.execute("create index submission_search_idx on submission using gin (search)");
            // a forum's activity follows its newest post, as posting would have kept it
            s.execute("update forum f set last_activity_at = x.newest from (select forum_id, max(published_at) newest"
                    + " from submission where published_at is not null group by forum_id) x where x.forum_id = f.id");
        }
        main.commit();
        log("full-text index", t);
        t = System.nanoTime();
        main.setAutoCommit(true);
        try (Statement s = main.createStatement()) {
            for (String table : List.of("organisation", "member", "forum", "forum_cpv", "submission", "submission_cpv",
                    "submission_comment", "submission_interest", "footprint_declaration")) {
                s.execute("vacuum (analyze) " + table);
            }
        }
        log("vacuum analyze", t);
        writeOutputs(benchDir, submissions, minId, maxId);
    }

    // --- organisations, members, forums

    private void organisationsAndMembers(Connection c) throws SQLException, IOException {
        long orgBase = nextval(c, "organisation");
        StringBuilder rows = new StringBuilder();
        int orgs = AGENCIES + SUPPLIERS;
        for (int i = 0; i < orgs; i++) {
            boolean agency = i < AGENCIES;
            String place = PLACES[i % PLACES.length];
            String name = agency ? "Etat " + (i + 1) + " (" + place + " kommune)"
                    : LAST[random.nextInt(LAST.length)] + " " + vocabulary.rare(true, random) + " " + (i + 1) + " AS";
            row(rows, name, agency ? "PUBLIC_AGENCY" : "SUPPLIER", "NO", String.valueOf(700_000_000 + i), "\\N",
                    "ACTIVE", ts(firstDay.minus(random.nextInt(900), ChronoUnit.DAYS)), ts(firstDay));
        }
        copy(c, "copy organisation (name, kind, country, org_number, vat_number, status, created_at, verified_at)"
                + " from stdin", rows);
        agencyOrgs = new long[AGENCIES];
        supplierOrgs = new long[SUPPLIERS];
        for (int i = 0; i < orgs; i++) {
            if (i < AGENCIES) {
                agencyOrgs[i] = orgBase + 1 + i;
            } else {
                supplierOrgs[i - AGENCIES] = orgBase + 1 + i;
            }
        }

        long memberBase = nextval(c, "member");
        rows.setLength(0);
        int m = 0;
        // the sign-in users come first: suppliers (they post solutions and mark interest in needs)
        for (int i = 0; i < orgs; i++) {
            boolean agency = i < AGENCIES;
            long org = orgBase + 1 + i;
            int count = agency ? 2 + random.nextInt(4) : 1 + random.nextInt(3);
            long[] ids = new long[count];
            for (int k = 0; k < count; k++) {
                ids[k] = memberBase + 1 + m;
                String display = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
                row(rows, String.valueOf(org), "bench-" + (m + 1) + "@bench.buyzet.eu", display,
                        agency ? "{AGENCY}" : "{SUPPLIER}", random.nextBoolean() ? "nb" : "en",
                        ts(firstDay.plus(random.nextInt(300), ChronoUnit.DAYS)));
                m++;
            }
            membersOf.put(org, ids);
        }
        copy(c, "copy member (organisation_id, email, display_name, roles, preferred_locale, created_at) from stdin",
                rows);
        // local accounts for the journeys' users: suppliers' members, then agencies' (password "demo")
        try (PreparedStatement p = c.prepareStatement("""
                insert into local_account (member_id, password_hash)
                select m.id, ? from member m join organisation o on o.id = m.organisation_id
                where m.email like 'bench-%@bench.buyzet.eu' and o.kind = ?
                order by m.id limit ?""")) {
            p.setString(1, DEMO_HASH);
            p.setString(2, "SUPPLIER");
            p.setInt(3, SIGN_IN_USERS);
            p.executeUpdate();
            p.setString(2, "PUBLIC_AGENCY");
            p.executeUpdate();
        }
    }

    private void forums(Connection c) throws SQLException {
        long creator;
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select id from member where email = 'moderator@demo.buyzet.eu'"
                     + " union all select min(id) from member limit 1")) {
            r.next();
            creator = r.getLong(1);
        }
        forumIds = new long[FORUMS];
        try (PreparedStatement p = c.prepareStatement("""
                insert into forum (title_nb, title_en, description_nb, description_en, region, visibility, created_by,
                                   created_at)
                values (?, ?, ?, ?, ?, 'PUBLIC', ?, ?) returning id""");
             PreparedStatement cpv = c.prepareStatement(
                     "insert into forum_cpv (forum_id, cpv_code, position) values (?, ?, ?) on conflict do nothing")) {
            for (int i = 0; i < FORUMS; i++) {
                int topic = i % FORUM_TOPICS_NB.length;
                String place = PLACES[(i * 7) % PLACES.length];
                p.setString(1, FORUM_TOPICS_NB[topic] + " i " + place);
                p.setString(2, FORUM_TOPICS_EN[topic] + " in " + place);
                p.setString(3, "Behov og løsninger for " + FORUM_TOPICS_NB[topic].toLowerCase(Locale.ROOT)
                        + " uten utslipp i " + place + ".");
                p.setString(4, "Needs and solutions for zero-emission " + FORUM_TOPICS_EN[topic].toLowerCase(Locale.ROOT)
                        + " in " + place + ".");
                p.setString(5, place);
                p.setLong(6, creator);
                p.setObject(7, OffsetDateTime.ofInstant(firstDay.minus(30, ChronoUnit.DAYS), ZoneOffset.UTC));
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    forumIds[i] = r.getLong(1);
                }
                int codes = 1 + random.nextInt(3);
                for (int k = 0; k < codes; k++) {
                    cpv.setLong(1, forumIds[i]);
                    cpv.setString(2, zipfPick(cpvDomain));
                    cpv.setInt(3, k);
                    cpv.executeUpdate();
                }
            }
        }
    }

    /** 49 sizes between 14k and 75k (scaled for smaller runs), unequal as real forums are. */
    int[] forumSizes(int total) {
        double scale = total / 1_000_000.0;
        int min = (int) Math.round(MIN_FORUM * scale);
        double[] w = new double[FORUMS];
        double sum = 0;
        for (int i = 0; i < FORUMS; i++) {
            w[i] = 1 / Math.pow(i + 1, 0.92);
            sum += w[i];
        }
        int[] sizes = new int[FORUMS];
        int left = total;
        for (int i = 0; i < FORUMS; i++) {
            sizes[i] = min + (int) Math.floor((total - (long) min * FORUMS) * w[i] / sum);
            left -= sizes[i];
        }
        sizes[FORUMS - 1] += left;
        return sizes;
    }

    // --- submissions

    private Post post(long id, int[] forumLeft, int remaining) {
        // the forum: proportionally to what it still has to get, so every forum ends at its size
        int pick = random.nextInt(remaining);
        int f = 0;
        while (pick >= forumLeft[f]) {
            pick -= forumLeft[f];
            f++;
        }
        forumLeft[f]--;
        boolean byAgency = random.nextDouble() < 0.55;
        long org = byAgency ? agencyOrgs[zipfIndex(agencyOrgs.length)] : supplierOrgs[zipfIndex(supplierOrgs.length)];
        long[] members = membersOf.get(org);
        long author = members[random.nextInt(members.length)];
        String kind = byAgency ? (random.nextDouble() < 0.8 ? "NEED" : "PROPOSAL") : "SOLUTION";
        boolean norwegian = random.nextBoolean();

        Map<String, Integer> placed = new HashMap<>();
        List<List<String>> common = norwegian ? Vocabulary.COMMON_NB : Vocabulary.COMMON_EN;
        List<String> inTitle = new ArrayList<>();
        List<String> inSummary = new ArrayList<>();
        List<String> inBody = new ArrayList<>();
        for (List<String> forms : common) {
            if (random.nextDouble() < Vocabulary.COMMON_IN_LANGUAGE) {
                String form = forms.get(random.nextInt(forms.size()));
                double where = random.nextDouble();
                (where < 0.2 ? inTitle : where < 0.5 ? inSummary : inBody).add(form);
                placed.merge(forms.getFirst(), 1, Integer::sum);
            }
        }
        Set<String> rare = new HashSet<>();
        String title = capitalise(sentence(norwegian, 4 + random.nextInt(6), inTitle, rare, 0.25));
        StringBuilder summary = new StringBuilder(sentence(norwegian, 12 + random.nextInt(16), inSummary, rare, 0.1))
                .append('.');
        StringBuilder body = new StringBuilder();
        int paragraphs = 2 + random.nextInt(3);
        int perParagraph = (40 + random.nextInt(120)) / paragraphs;
        for (int k = 0; k < paragraphs; k++) {
            if (k > 0) {
                body.append("\n\n");
            }
            List<String> mine = k == 0 ? inBody : List.of();
            body.append(capitalise(sentence(norwegian, perParagraph, mine, rare, 0.1))).append('.');
        }
        for (String w : rare) {
            documentFrequency.computeIfAbsent((norwegian ? "nb\t" : "en\t") + w, x -> new int[1])[0]++;
        }
        for (String w : placed.keySet()) {
            documentFrequency.computeIfAbsent((norwegian ? "nb\t" : "en\t") + w, x -> new int[1])[0]++;
        }

        // four years of posts, more in recent years as the portal grows
        double u = Math.pow(random.nextDouble(), 0.75);
        Instant published = firstDay.plusSeconds((long) (u * (now.getEpochSecond() - firstDay.getEpochSecond())));
        double s = random.nextDouble();
        String status = s < 0.96 ? "PUBLISHED" : s < 0.98 ? "DRAFT" : s < 0.995 ? "WITHDRAWN" : "AWAITING_REVIEW";
        boolean hidden = status.equals("PUBLISHED") && random.nextDouble() < 0.003;
        Post p = new Post(id, forumIds[f], kind, org, author, norwegian);
        // a sample of what anyone may open, for the load test's "submission by id"
        if (status.equals("PUBLISHED") && !hidden && random.nextDouble() < 20_000.0 / expected) {
            publishedSample.add(id);
        }
        p.title = title.length() > 200 ? title.substring(0, 200).trim() : title;
        p.summary = summary.length() > 1000 ? summary.substring(0, 1000) : summary.toString();
        p.body = body.toString();
        p.status = status;
        p.hidden = hidden;
        p.created = published.minus(random.nextInt(1, 72 * 60), ChronoUnit.MINUTES);
        p.published = status.equals("DRAFT") || status.equals("AWAITING_REVIEW") ? null : published;
        p.updated = published.plus(random.nextInt(0, 60 * 24 * 30), ChronoUnit.MINUTES);
        if (p.updated.isAfter(now)) {
            p.updated = now;
        }
        return p;
    }

    /** Running text: filler, domain words and, at {@code rareShare}, rare terms; {@code must} words placed at random. */
    private String sentence(boolean nb, int words, List<String> must, Set<String> rare, double rareShare) {
        List<String> out = new ArrayList<>(words + must.size());
        List<String> filler = nb ? Vocabulary.FILLER_NB : Vocabulary.FILLER_EN;
        List<String> middle = nb ? Vocabulary.MIDDLE_NB : Vocabulary.MIDDLE_EN;
        for (int i = 0; i < words; i++) {
            double d = random.nextDouble();
            if (d < rareShare) {
                String w = vocabulary.rare(nb, random);
                rare.add(w);
                out.add(w);
            } else if (d < rareShare + 0.35) {
                out.add(middle.get(zipfIndex(middle.size())));
            } else {
                out.add(filler.get(random.nextInt(filler.size())));
            }
        }
        for (String w : must) {
            out.add(random.nextInt(out.size() + 1), w);
        }
        return String.join(" ", out);
    }

    private StringBuilder[] dependentRows(List<Post> posts) {
        StringBuilder cpv = new StringBuilder();
        StringBuilder footprints = new StringBuilder();
        StringBuilder comments = new StringBuilder();
        StringBuilder interest = new StringBuilder();
        for (Post p : posts) {
            int codes = random.nextDouble() < 0.15 ? 0 : 1 + random.nextInt(3);
            Set<String> chosen = new HashSet<>();
            for (int k = 0; k < codes; k++) {
                String code = random.nextDouble() < 0.75 ? zipfPick(cpvDomain) : zipfPick(cpvAll);
                if (chosen.add(code)) {
                    cpvUse.computeIfAbsent(code, x -> new int[1])[0]++;
                    row(cpv, String.valueOf(p.id), code, String.valueOf(chosen.size() - 1));
                }
            }
            if (p.footprint) {
                row(footprints, String.valueOf(p.id), flows(p.kind.equals("SOLUTION")),
                        p.kind.equals("SOLUTION") ? baseline() : "\\N", String.valueOf(p.author), ts(p.created));
            }
            if (p.published == null || !p.status.equals("PUBLISHED")) {
                continue;
            }
            // conversation from the other side: suppliers answer needs, agencies ask about solutions
            int n = random.nextDouble() < 0.7 ? 0 : 1 + random.nextInt(5);
            for (int k = 0; k < n; k++) {
                long org = otherSide(p);
                long[] ms = membersOf.get(org);
                Instant at = p.published.plus(random.nextInt(1, 60 * 24 * 20), ChronoUnit.MINUTES);
                row(comments, String.valueOf(p.id), String.valueOf(ms[random.nextInt(ms.length)]), String.valueOf(org),
                        capitalise(sentence(p.norwegian, 8 + random.nextInt(30), List.of(), new HashSet<>(), 0.05)) + "?",
                        ts(at.isAfter(now) ? now : at));
            }
            int marks = random.nextDouble() < 0.75 ? 0 : 1 + random.nextInt(3);
            Set<Long> orgs = new HashSet<>();
            for (int k = 0; k < marks; k++) {
                long org = otherSide(p);
                if (orgs.add(org)) {
                    long[] ms = membersOf.get(org);
                    row(interest, String.valueOf(p.id), String.valueOf(org), String.valueOf(ms[random.nextInt(ms.length)]),
                            ts(p.published.plus(random.nextInt(1, 60 * 24 * 30), ChronoUnit.MINUTES)));
                }
            }
        }
        return new StringBuilder[] {cpv, footprints, comments, interest};
    }

    private static void copyDependents(Connection c, StringBuilder[] rows) throws SQLException, IOException {
        copy(c, "copy submission_cpv (submission_id, cpv_code, position) from stdin", rows[0]);
        copy(c, "copy footprint_declaration (submission_id, flows, baseline_flows, declared_by, declared_at) from stdin",
                rows[1]);
        copy(c, "copy submission_comment (submission_id, author_id, organisation_id, body, created_at) from stdin",
                rows[2]);
        copy(c, "copy submission_interest (submission_id, organisation_id, member_id, created_at) from stdin", rows[3]);
        c.commit();
    }

    private long otherSide(Post p) {
        return p.kind.equals("SOLUTION") ? agencyOrgs[zipfIndex(agencyOrgs.length)]
                : supplierOrgs[zipfIndex(supplierOrgs.length)];
    }

    /** A need's or solution's own flows, as people declare them (the calculator's input, decision 011). */
    private String flows(boolean solution) {
        if (!solution) {
            return switch (random.nextInt(3)) {
                case 0 -> trips("N1", "DIESEL", 500 + random.nextInt(20_000), 3 + random.nextInt(40), 0.08);
                case 1 -> trips("N3", "DIESEL", 200 + random.nextInt(10_000), 5 + random.nextInt(60), 0.45);
                default -> distance("N2", "DIESEL", 5_000 + random.nextInt(200_000), 0.2);
            };
        }
        return switch (random.nextInt(4)) {
            case 0 -> distance("N1", "BATTERY_ELECTRIC", 10_000 + random.nextInt(150_000), 0.2);
            case 1 -> distance("N3", "BATTERY_ELECTRIC", 20_000 + random.nextInt(150_000), 1.3);
            case 2 -> distance("N3", "BIOGAS", 20_000 + random.nextInt(150_000), 0.35);
            default -> distance("L", "BATTERY_ELECTRIC", 2_000 + random.nextInt(40_000), 0.02);
        };
    }

    private String baseline() {
        return distance("N1", "DIESEL", 10_000 + random.nextInt(200_000), 0.08);
    }

    private String trips(String category, String carrier, int trips, int km, double perKm) {
        return "[{\"vehicleCategory\":\"" + category + "\",\"energyCarrier\":\"" + carrier + "\",\"tripsPerYear\":" + trips
                + ",\"kmPerTrip\":" + km + ",\"energyPerKm\":" + perKm + ",\"vehicles\":" + vehicles((long) trips * km) + "}]";
    }

    private String distance(String category, String carrier, int km, double perKm) {
        return "[{\"vehicleCategory\":\"" + category + "\",\"energyCarrier\":\"" + carrier + "\",\"vehicleKmPerYear\":"
                + km + ",\"energyPerKm\":" + perKm + ",\"vehicles\":" + vehicles(km) + "}]";
    }

    /** Enough vehicles that none runs more than the calculator finds plausible (200,000 km a year). */
    private int vehicles(long km) {
        return (int) Math.max(1 + random.nextInt(8), (km + 119_999) / 120_000);
    }

    // --- outputs

    private void writeOutputs(Path dir, int submissions, long minId, long maxId) throws IOException {
        Properties p = new Properties();
        p.setProperty("submissions", String.valueOf(submissions));
        p.setProperty("submission.minId", String.valueOf(minId));
        p.setProperty("submission.maxId", String.valueOf(maxId));
        StringBuilder forums = new StringBuilder();
        for (long id : forumIds) {
            forums.append(forums.isEmpty() ? "" : ",").append(id);
        }
        p.setProperty("forums", forums.toString());
        p.setProperty("generated", now.toString());
        // the codes most used, for filters: people filter by the codes they see on posts
        p.setProperty("cpv.popular", String.join(",", cpvUse.entrySet().stream()
                .sorted((a, b) -> b.getValue()[0] - a.getValue()[0]).limit(50).map(Map.Entry::getKey).toList()));
        p.setProperty("firstDay", firstDay.toString());
        p.setProperty("signInUsers", "users.tsv (password demo)");
        try (Writer out = Files.newBufferedWriter(dir.resolve("dataset.properties"))) {
            p.store(out, "written by eu.buyzet.bench.DataGenerator");
        }
        Files.write(dir.resolve("published-ids.txt"), publishedSample.stream().map(String::valueOf).toList());
        // document frequencies, most frequent first: the load test samples common and rare terms from here
        TreeMap<Integer, List<String>> byCount = new TreeMap<>();
        documentFrequency.forEach((w, n) -> byCount.computeIfAbsent(-n[0], x -> new ArrayList<>()).add(w));
        try (Writer out = Files.newBufferedWriter(dir.resolve("terms.tsv"))) {
            out.write("language\tterm\tposts\n");
            for (var e : byCount.entrySet()) {
                for (String w : e.getValue()) {
                    out.write(w + "\t" + (-e.getKey()) + "\n");
                }
            }
        }
    }

    // --- helpers

    private static long nextval(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select nextval(pg_get_serial_sequence('" + table + "', 'id'))")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void copy(Connection c, String sql, StringBuilder rows) throws SQLException, IOException {
        if (rows.isEmpty()) {
            return;
        }
        CopyIn copy = ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI().copyIn(sql);
        write(copy, rows);
        copy.endCopy();
    }

    private static void write(CopyIn copy, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    /** One line of COPY's text format; {@code \N} passes through as null. */
    static void row(StringBuilder out, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            String v = values[i];
            if (v.equals("\\N")) {
                out.append(v);
                continue;
            }
            for (int k = 0; k < v.length(); k++) {
                char ch = v.charAt(k);
                switch (ch) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(ch);
                }
            }
        }
        out.append('\n');
    }

    private static String ts(Instant t) {
        return t.toString();
    }

    private int zipfIndex(int n) {
        // inverse of a continuous Zipf(1) over 1..n: a few very active, a long tail of quiet ones
        double u = random.nextDouble();
        int i = (int) Math.floor(Math.pow(n + 1, u)) - 1;
        return Math.min(Math.max(i, 0), n - 1);
    }

    private String zipfPick(List<String> list) {
        return list.get(zipfIndex(list.size()));
    }

    private void shuffle(List<String> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void log(String what, long since) {
        System.out.printf(Locale.ROOT, "%-40s %6.1f s%n", what, (System.nanoTime() - since) / 1e9);
    }

    private static final class Post {
        final long id;
        final long forum;
        final String kind;
        final long organisation;
        final long author;
        final boolean norwegian;
        String title;
        String summary;
        String body;
        String status;
        boolean hidden;
        boolean footprint;
        Instant created;
        Instant updated;
        Instant published;

        Post(long id, long forum, String kind, long organisation, long author, boolean norwegian) {
            this.id = id;
            this.forum = forum;
            this.kind = kind;
            this.organisation = organisation;
            this.author = author;
            this.norwegian = norwegian;
        }

        void appendTo(StringBuilder rows) {
            row(rows, String.valueOf(forum), kind, title, summary, body, status, String.valueOf(hidden),
                    hidden ? "spam" : "\\N", String.valueOf(author), String.valueOf(organisation), ts(created),
                    ts(updated), published == null ? "\\N" : ts(published));
        }
    }
}
