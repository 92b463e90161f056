package eu.buyzet.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A channel parity table (decision 016): for each channel, what each reader is allowed to see of
 * a set of named facts, and a reading of the channel as that reader. A reading returns the names
 * of the facts it found; the test fails when a reader gets a fact the policy does not allow, or
 * misses one it does (a channel that hides too much is broken too). {@link #assertCovers} fails
 * when the code declares a channel that has no row.
 *
 * @param <R> the readers: roles and relations to the objects under test
 */
public final class ParityTable<R extends Enum<R>> {

    /** Reads a channel as a reader; returns the fact names found. Thrown refusals count as nothing found. */
    @FunctionalInterface
    public interface Reading<R> {
        Set<String> read(R reader) throws Exception;
    }

    private record Row<R>(String channel, Map<R, Set<String>> allowed, Reading<R> reading) {
    }

    private final List<R> readers;
    private final Consumer<R> signIn;
    private final Set<String> facts;
    private final List<Row<R>> rows = new ArrayList<>();

    /**
     * @param readers every reader, each read through every channel
     * @param signIn signs a reader in (or out) before each reading
     * @param facts every fact name a reading may report
     */
    public ParityTable(List<R> readers, Consumer<R> signIn, Set<String> facts) {
        this.readers = List.copyOf(readers);
        this.signIn = signIn;
        this.facts = Set.copyOf(facts);
    }

    /** A channel: what each reader may see ({@code allowed}, readers absent see nothing), and how to read it. */
    public ParityTable<R> row(String channel, Map<R, Set<String>> allowed, Reading<R> reading) {
        allowed.values().forEach(f -> assertThat(facts).as("facts of " + channel).containsAll(f));
        rows.add(new Row<>(channel, new LinkedHashMap<>(allowed), reading));
        return this;
    }

    /** One dynamic test per channel and reader. */
    public Stream<DynamicTest> tests() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row<R> row : rows) {
            for (R reader : readers) {
                Set<String> expected = new TreeSet<>(row.allowed().getOrDefault(reader, Set.of()));
                tests.add(DynamicTest.dynamicTest(row.channel() + " as " + reader + " shows " + expected, () -> {
                    signIn.accept(reader);
                    Set<String> found = new TreeSet<>(row.reading().read(reader));
                    assertThat(found).as(row.channel() + " as " + reader).isEqualTo(expected);
                }));
            }
        }
        return tests.stream();
    }

    /** The table has a row for every channel the code declares for {@code feature}, and none that it does not. */
    public void assertCovers(String feature) {
        Set<String> channels = new TreeSet<>();
        rows.forEach(row -> channels.add(row.channel()));
        assertThat(channels).as("parity rows of " + feature + " against the declared @DisclosureChannel methods")
                .isEqualTo(DisclosureChannels.of(feature));
    }

    /** Facts whose marker text occurs in {@code text}: a channel's output searched for each fact's words. */
    public static Set<String> factsIn(String text, Map<String, String> markers) {
        Set<String> found = new TreeSet<>();
        markers.forEach((fact, marker) -> {
            if (text != null && text.contains(marker)) {
                found.add(fact);
            }
        });
        return found;
    }
}
