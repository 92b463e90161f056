package eu.buyzet.portal.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The official CPV 2008 list (9,454 codes), shipped as data in {@code cpv/cpv-2008.tsv}: codes and
 * English labels from the EU Publications Office's eForms code list, with the check digits of
 * Regulation (EC) No 213/2008. No published algorithm reproduces those check digits, so a code is
 * valid when it is in the list with the same check digit.
 */
public final class CpvCatalogue {

    /** A code with its label. */
    public record Entry(CpvCode code, String label) {
        public String display() {
            return code.value() + " " + label;
        }
    }

    /** What checking a typed code against the list found. */
    public enum Check { VALID, UNKNOWN, WRONG_CHECK_DIGIT }

    private static final String RESOURCE = "/cpv/cpv-2008.tsv";
    private static final String NORWEGIAN_WORDS = "/cpv/search-words-nb.tsv";

    private final List<Entry> entries;
    private final Map<String, Entry> byDigits;
    /** Norwegian stems and the English words the labels use for them. */
    private final Map<String, List<String>> norwegian;
    /** Every word of every label: a typed word that is one of them is read as English. */
    private final Set<String> labelWords;

    private CpvCatalogue(List<Entry> entries, Map<String, List<String>> norwegian) {
        this.entries = List.copyOf(entries);
        this.norwegian = Map.copyOf(norwegian);
        Set<String> words = new java.util.HashSet<>();
        entries.forEach(e -> words.addAll(Arrays.asList(e.label().toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))));
        this.labelWords = Set.copyOf(words);
        Map<String, Entry> map = new HashMap<>();
        entries.forEach(e -> map.put(e.code().digits(), e));
        this.byDigits = Collections.unmodifiableMap(map);
    }

    private static final class Holder {
        static final CpvCatalogue INSTANCE = load();
    }

    /** The list, read once on first use. */
    public static CpvCatalogue official() {
        return Holder.INSTANCE;
    }

    private static CpvCatalogue load() {
        try (InputStream in = CpvCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            List<Entry> entries = new ArrayList<>(9_500);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    entries.add(new Entry(new CpvCode(line.substring(0, tab)), line.substring(tab + 1)));
                }
            }
            return new CpvCatalogue(entries, words());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<String>> words() throws IOException {
        try (InputStream in = CpvCatalogue.class.getResourceAsStream(NORWEGIAN_WORDS)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + NORWEGIAN_WORDS);
            }
            Map<String, List<String>> words = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    words.put(line.substring(0, tab).strip(), List.of(line.substring(tab + 1).strip().split("\\|")));
                }
            }
            return words;
        }
    }

    public int size() {
        return entries.size();
    }

    public Check check(CpvCode code) {
        Entry known = byDigits.get(code.digits());
        if (known == null) {
            return Check.UNKNOWN;
        }
        return known.code().equals(code) ? Check.VALID : Check.WRONG_CHECK_DIGIT;
    }

    public Optional<Entry> find(CpvCode code) {
        return Optional.ofNullable(byDigits.get(code.digits())).filter(e -> e.code().equals(code));
    }

    /**
     * The category named by leading digits: the division for 2 (90 gives 90000000-7), the group
     * for 3, the class for 4, i.e. the listed code of those digits followed by zeros.
     */
    public Optional<Entry> category(String leadingDigits) {
        if (leadingDigits.length() < 2 || leadingDigits.length() > 8) {
            throw new IllegalArgumentException("A CPV category has 2 to 8 significant digits");
        }
        return Optional.ofNullable(byDigits.get(leadingDigits + "0".repeat(8 - leadingDigits.length())));
    }

    /** The code with its label, e.g. "90511000-2 Refuse collection services". */
    public String describe(CpvCode code) {
        return find(code).map(Entry::display).orElse(code.value());
    }

    /**
     * Codes whose digits start with the typed digits, or whose label contains every typed word,
     * in list order (which keeps a division before its groups).
     */
    public List<Entry> search(String typed, int offset, int limit) {
        return matching(typed).skip(offset).limit(limit).toList();
    }

    public int count(String typed) {
        return (int) matching(typed).count();
    }

    private java.util.stream.Stream<Entry> matching(String typed) {
        String query = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (query.isEmpty()) {
            return entries.stream();
        }
        String digits = query.replace("-", "").replace(" ", "");
        if (digits.chars().allMatch(Character::isDigit)) {
            return entries.stream().filter(e -> e.code().value().replace("-", "").startsWith(digits));
        }
        // each typed word is found as itself in a label, or by the English words of a Norwegian stem it holds
        List<Predicate<String>> words = Arrays.stream(query.split("\\s+"))
                .filter(w -> !NORWEGIAN_SMALL_WORDS.contains(w)).map(this::matcher).toList();
        return entries.stream().filter(e -> {
            String label = e.label().toLowerCase(Locale.ROOT);
            return words.stream().allMatch(w -> w.test(label));
        });
    }

    /** Words that join others in a Norwegian search ("levering av mat") and name nothing themselves. */
    private static final Set<String> NORWEGIAN_SMALL_WORDS = Set.of("av", "og", "i", "på", "til", "med", "fra", "en",
            "et", "ei", "som");

    /**
     * What a typed word finds in a label: itself anywhere; or, when it is a Norwegian word and no
     * label has it as a word of its own ("material", "compost" stay English), the English words of
     * the stems it is made of, each at the start of a label's word and every one of them
     * ("pakketransport" is a parcel and transport), and itself only where a label's word starts
     * ("mat" is food, not "automatic"). A compound is read from the left, the longest stem first;
     * stems of four letters or more count anywhere ("husholdningsavfall" holds "avfall"), shorter ones
     * only as the whole word, inflected, or before another stem ("biler", "bilverksted"; not "skog" for
     * "sko" or "veiledning" for "vei"). A word that is the start of stems ("renov") finds what any of
     * them does.
     */
    private Predicate<String> matcher(String word) {
        if (labelWords.contains(word)) {
            return label -> label.contains(word);
        }
        List<List<String>> parts = new ArrayList<>();
        for (int at = 0; at < word.length(); ) {
            String longest = null;
            for (String stem : norwegian.keySet()) {
                if (word.startsWith(stem, at) && (stem.length() >= 4 || at == 0 && shortStemFits(word, stem))
                        && (longest == null || stem.length() > longest.length())) {
                    longest = stem;
                }
            }
            if (longest == null) {
                at++;
            } else {
                parts.add(norwegian.get(longest));
                at += longest.length();
            }
        }
        if (parts.isEmpty() && word.length() >= 3) {
            List<String> started = new ArrayList<>();
            norwegian.forEach((stem, english) -> {
                if (stem.startsWith(word)) {
                    started.addAll(english);
                }
            });
            if (!started.isEmpty()) {
                parts.add(started);
            }
        }
        if (parts.isEmpty()) {
            return label -> label.contains(word);
        }
        return label -> startsAWord(label, word)
                || parts.stream().allMatch(english -> english.stream().anyMatch(e -> englishWord(label, e)));
    }

    /** An English word of a stem in a label: at a word's start, and a short one as the word itself or its plural ("car", not "carrots"). */
    private static boolean englishWord(String label, String english) {
        if (english.length() > 4) {
            return startsAWord(label, english);
        }
        for (String w : label.split("[^\\p{L}]+")) {
            if (w.equals(english) || w.equals(english + "s") || w.equals(english + "es")) {
                return true;
            }
        }
        return false;
    }

    /** Endings a Norwegian noun takes, and the letters that join the parts of a compound. */
    private static final Set<String> INFLECTIONS = Set.of("", "e", "en", "er", "ene", "et", "a", "s", "es");

    /** A stem of three letters at the start of a word: the whole word, inflected, or joined to another stem. */
    private boolean shortStemFits(String word, String stem) {
        String rest = word.substring(stem.length());
        if (INFLECTIONS.contains(rest)) {
            return true;
        }
        String joined = rest.startsWith("s") || rest.startsWith("e") ? rest.substring(1) : rest;
        return norwegian.keySet().stream().anyMatch(other -> other.length() >= 4
                && (rest.startsWith(other) || joined.startsWith(other)));
    }

    /** Whether {@code text} occurs in the label where one of its words starts. */
    private static boolean startsAWord(String label, String text) {
        for (int at = label.indexOf(text); at >= 0; at = label.indexOf(text, at + 1)) {
            if (at == 0 || !Character.isLetter(label.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }
}
