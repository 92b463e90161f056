package eu.buyzet.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Features talk through public APIs, never through each other's tables. Spring Modulith sees Java
 * types only, so SQL is checked here: every table created in {@code db/} has one owning feature,
 * and a feature's SQL names only its own tables plus the foreign reads declared below, each with
 * its reason. A new cross-feature read fails until it is declared (or, better, replaced by a call).
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/eu/buyzet/portal");
    private static final Path SCHEMA = Path.of("db");

    /** Which feature writes and owns each table. */
    static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("audit_actor", "audit"),
            Map.entry("audit_event", "audit"),
            Map.entry("buyer_group", "buyergroup"),
            Map.entry("buyer_group_interest", "buyergroup"),
            Map.entry("buyer_group_member", "buyergroup"),
            Map.entry("buyer_group_step", "buyergroup"),
            Map.entry("dialogue", "dialogue"),
            Map.entry("dialogue_booking", "dialogue"),
            Map.entry("dialogue_event", "dialogue"),
            Map.entry("dialogue_input", "dialogue"),
            Map.entry("dialogue_meeting", "dialogue"),
            Map.entry("dialogue_participant", "dialogue"),
            Map.entry("dialogue_question", "dialogue"),
            Map.entry("flag", "moderation"),
            Map.entry("footprint_carrier_factor", "footprint"),
            Map.entry("footprint_contract", "contract"),
            Map.entry("contract_spend_ratio", "contract"),
            Map.entry("contract_cvd_target", "contract"),
            Map.entry("footprint_declaration", "footprint"),
            Map.entry("footprint_exhaust_factor", "footprint"),
            Map.entry("footprint_factor_set", "footprint"),
            Map.entry("footprint_hydrogen_route_factor", "footprint"),
            Map.entry("footprint_latest", "footprint"),
            Map.entry("footprint_result", "footprint"),
            Map.entry("footprint_vehicle_factor", "footprint"),
            Map.entry("footprint_wear_factor", "footprint"),
            Map.entry("forum", "forum"),
            Map.entry("forum_cpv", "forum"),
            Map.entry("forum_moderator", "forum"),
            Map.entry("local_account", "security"),
            Map.entry("rate_limit_bucket", "shared"),
            Map.entry("mail_outbox", "notification"),
            Map.entry("member", "organisation"),
            Map.entry("membership_request", "organisation"),
            Map.entry("notification", "notification"),
            Map.entry("notification_preference", "notification"),
            Map.entry("organisation", "organisation"),
            Map.entry("password_reset", "security"),
            Map.entry("proposal_need", "submission"),
            Map.entry("priority_area", "strategy"),
            Map.entry("sign_up", "organisation"),
            Map.entry("submission", "submission"),
            Map.entry("submission_attachment", "submission"),
            Map.entry("submission_attachment_chunk", "submission"),
            Map.entry("submission_comment", "submission"),
            Map.entry("submission_cpv", "submission"),
            Map.entry("submission_interest", "submission"),
            Map.entry("strategy", "strategy"),
            Map.entry("strategy_comment", "strategy"),
            Map.entry("subscription", "notification"));

    /** Why a feature may read another feature's table. Anything else goes through the owner's service. */
    enum Why {
        /** Paged lists join display names (member, organisation): per-row calls would be N+1, and names are public. */
        NAMES,
        /** Paged lists and counts filter on the forum's visibility in SQL, or the pages and totals would be wrong. */
        FORUM_VISIBILITY,
        /** A moderator's queue is paged in SQL by the forums they run. */
        MODERATOR_SCOPE,
        /** Search is the read side over submissions and their footprints (decision 019): reading them is its job. */
        SEARCH_READ_MODEL,
        /** A list of the owner's objects shows a field of the object it belongs to (a buyer group's proposal title, a flag's post). */
        PARENT_FIELD,
        /** Recipients (address, language) are read with their mail preferences in one query per event. */
        RECIPIENTS,
        /** A start-up or scheduled job selects the rows it must process by the owner's state. */
        JOB_SELECTION
    }

    record ForeignRead(String feature, String table, Why why) {
    }

    /** The declared reads of another feature's tables. */
    static final List<ForeignRead> FOREIGN_READS = List.of(
            new ForeignRead("buyergroup", "forum", Why.FORUM_VISIBILITY),
            new ForeignRead("buyergroup", "member", Why.NAMES),
            new ForeignRead("buyergroup", "organisation", Why.NAMES),
            new ForeignRead("buyergroup", "submission", Why.PARENT_FIELD),
            new ForeignRead("dialogue", "forum", Why.FORUM_VISIBILITY),
            new ForeignRead("dialogue", "organisation", Why.NAMES),
            new ForeignRead("footprint", "member", Why.NAMES),
            new ForeignRead("footprint", "submission", Why.JOB_SELECTION),
            new ForeignRead("moderation", "forum_moderator", Why.MODERATOR_SCOPE),
            new ForeignRead("moderation", "organisation", Why.NAMES),
            new ForeignRead("moderation", "submission", Why.PARENT_FIELD),
            new ForeignRead("notification", "member", Why.RECIPIENTS),
            new ForeignRead("search", "footprint_latest", Why.SEARCH_READ_MODEL),
            new ForeignRead("search", "forum", Why.SEARCH_READ_MODEL),
            new ForeignRead("search", "member", Why.NAMES),
            new ForeignRead("search", "organisation", Why.NAMES),
            new ForeignRead("search", "submission", Why.SEARCH_READ_MODEL),
            new ForeignRead("search", "submission_cpv", Why.SEARCH_READ_MODEL),
            new ForeignRead("strategy", "member", Why.NAMES),
            new ForeignRead("strategy", "organisation", Why.NAMES),
            new ForeignRead("submission", "forum", Why.FORUM_VISIBILITY),
            new ForeignRead("submission", "forum_moderator", Why.MODERATOR_SCOPE),
            new ForeignRead("submission", "member", Why.NAMES),
            new ForeignRead("submission", "organisation", Why.NAMES));

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_]+)");
    private static final Pattern TABLE_REFERENCE = Pattern.compile(
            "(?i)\\b(?:from|join|into|update|table|exists\\s*\\(\\s*select\\s+1\\s+from)\\s+([a-z_]+)\\b");
    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

    @Test
    void every_table_in_the_schema_has_one_owning_feature() {
        assertThat(OWNER.keySet()).as("tables created in db/ must each have an owner here")
                .containsExactlyInAnyOrderElementsOf(schemaTables());
    }

    @Test
    void a_feature_reads_only_its_own_tables_and_the_foreign_reads_declared_here() {
        Map<String, Set<String>> undeclared = new TreeMap<>();
        readsByFeature().forEach((feature, tables) -> tables.stream()
                .filter(table -> !feature.equals(OWNER.get(table)))
                .filter(table -> FOREIGN_READS.stream().noneMatch(r -> r.feature().equals(feature) && r.table().equals(table)))
                .forEach(table -> undeclared.computeIfAbsent(feature, f -> new TreeSet<>()).add(table)));
        assertThat(undeclared).as("feature → other features' tables its SQL reads without a declaration").isEmpty();
    }

    @Test
    void every_declared_foreign_read_is_still_needed() {
        Map<String, Set<String>> reads = readsByFeature();
        assertThat(FOREIGN_READS).as("declared foreign reads the SQL no longer makes: remove them")
                .allMatch(r -> reads.getOrDefault(r.feature(), Set.of()).contains(r.table()));
    }

    static Set<String> schemaTables() {
        Set<String> tables = new TreeSet<>();
        for (Path file : files(SCHEMA)) {
            Matcher m = CREATE_TABLE.matcher(read(file));
            while (m.find()) {
                tables.add(m.group(1).toLowerCase());
            }
        }
        return tables;
    }

    static Map<String, Set<String>> readsByFeature() {
        Map<String, Set<String>> reads = new TreeMap<>();
        for (Path file : files(SOURCES)) {
            if (!file.toString().endsWith(".java") || SOURCES.relativize(file).getNameCount() < 2) {
                continue;
            }
            String feature = SOURCES.relativize(file).getName(0).toString();
            Matcher m = TABLE_REFERENCE.matcher(COMMENTS.matcher(read(file)).replaceAll(""));
            while (m.find()) {
                String table = m.group(1).toLowerCase();
                if (OWNER.containsKey(table)) {
                    reads.computeIfAbsent(feature, f -> new TreeSet<>()).add(table);
                }
            }
        }
        return reads;
    }

    private static Set<Path> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
