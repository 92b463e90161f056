package eu.buyzet.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The words of the generated posts, per language. Three layers, as in real procurement text:
 * the domain's everyday words (each in about a fifth of all posts, in several inflected forms),
 * a middle layer of domain terms drawn less often, and a long tail of rare terms (compounds and
 * names) drawn by a Zipf law, so that most of them end up in tens to a few hundred posts.
 * Nothing here knows which words the load test will search for: the generator counts what it
 * wrote and the harness samples its search terms from those counts.
 */
final class Vocabulary {

    /** Everyday domain words; a post of the language carries each with this probability. */
    static final double COMMON_IN_LANGUAGE = 0.40;

    // each entry: the forms one word takes in running text (the first is the base form)
    static final List<List<String>> COMMON_NB = List.of(
            List.of("levering", "leveringen", "leveringer", "leveringene"),
            List.of("kommune", "kommunen", "kommunens", "kommuner"),
            List.of("varebil", "varebilen", "varebiler", "varebilene"),
            List.of("avfall", "avfallet"),
            List.of("kjøretøy", "kjøretøyet", "kjøretøyene"),
            List.of("innkjøp", "innkjøpet", "innkjøpene"));
    static final List<List<String>> COMMON_EN = List.of(
            List.of("delivery", "deliveries", "delivered"),
            List.of("municipality", "municipalities", "municipal"),
            List.of("van", "vans"),
            List.of("waste"),
            List.of("vehicle", "vehicles"),
            List.of("procurement", "procure", "procured"));

    static final List<String> MIDDLE_NB = List.of("transport", "utslipp", "utslippsfri", "elektrisk", "lastesykkel",
            "lading", "ladepunkt", "sykehjem", "skole", "barnehage", "renovasjon", "innsamling", "gjenvinning",
            "matlevering", "kontrakt", "anbud", "leverandør", "etat", "bydel", "sentrum", "rute", "ruter", "sjåfør",
            "depot", "terminal", "konsolidering", "samlasting", "håndverker", "vedlikehold", "bygg", "byggeplass",
            "biogass", "hydrogen", "diesel", "lastebil", "tunge", "lette", "mil", "kilometer", "tonn", "klima",
            "klimagass", "CO2", "krav", "kriterier", "tildeling", "markedsdialog", "rammeavtale", "vareflyt",
            "hentetider", "leveringsvindu", "nullutslipp", "miljøkrav", "byggavfall", "kontorrekvisita", "mat",
            "vask", "tekstiler", "medisiner", "post", "pakker", "paller", "kjøling", "frys");
    static final List<String> MIDDLE_EN = List.of("transport", "emissions", "zero-emission", "electric", "cargo",
            "bike", "charging", "charger", "nursing", "home", "school", "kindergarten", "collection", "recycling",
            "catering", "contract", "tender", "supplier", "agency", "district", "city", "centre", "route", "routes",
            "driver", "depot", "hub", "consolidation", "bundling", "craftsmen", "maintenance", "construction", "site",
            "biogas", "hydrogen", "diesel", "truck", "heavy", "light", "kilometres", "tonnes", "climate", "greenhouse",
            "requirements", "criteria", "award", "dialogue", "framework", "flows", "pickup", "window", "office",
            "supplies", "food", "laundry", "textiles", "medicine", "parcels", "pallets", "refrigerated", "frozen");

    /** Words that carry no search weight (both stemmers drop most of them). */
    static final List<String> FILLER_NB = List.of("og", "i", "på", "til", "for", "med", "av", "som", "det", "er",
            "en", "et", "vi", "de", "fra", "om", "har", "skal", "kan", "vil", "ikke", "alle", "våre", "hver", "per",
            "år", "uke", "dag", "mer", "mindre", "nye", "nytt", "flere", "både", "samt");
    static final List<String> FILLER_EN = List.of("and", "in", "on", "to", "for", "with", "of", "the", "a", "an",
            "is", "are", "we", "they", "from", "about", "has", "will", "can", "not", "all", "our", "each", "per",
            "year", "week", "day", "more", "less", "new", "several", "both", "also", "as", "by");

    private static final List<String> NB_STEMS = List.of("kjøle", "frys", "mat", "skole", "sykehjem", "bydel",
            "kontor", "lager", "havne", "sentrum", "by", "bro", "tunnel", "park", "idretts", "bade", "bibliotek",
            "helse", "legevakt", "brann", "vei", "gate", "torg", "marked", "fisk", "brød", "melk", "frukt", "grønt",
            "papir", "glass", "metall", "plast", "tre", "tekstil", "møbel", "data", "verktøy", "stillas", "asfalt",
            "snø", "strø", "salt", "grus", "sand", "betong", "stein", "rør", "el", "vann", "kloakk", "gass", "sol",
            "vind", "batteri", "lade", "hurtig", "natt", "morgen", "kvelds", "helg", "sommer", "vinter", "retur",
            "ombruk", "repar", "leie", "del", "felles", "mikro", "mini", "pakke", "post", "brev", "kurér", "sykkel",
            "tråsykkel", "henger", "kasse", "container", "paller", "rull", "kran", "løft", "rampe", "port", "dør");
    private static final List<String> NB_HEADS = List.of("terminal", "lager", "rute", "bil", "sykkel", "tjeneste",
            "avtale", "punkt", "vindu", "plan", "kart", "flåte", "henting", "levering", "kjøring", "stasjon",
            "container", "tømming", "logistikk", "frakt", "bud", "sentral", "depot", "kasse", "tralle", "rampe");
    private static final List<String> SYLLABLES = List.of("ka", "ri", "no", "ve", "sta", "lin", "mar", "to", "sen",
            "dal", "berg", "vik", "holm", "stad", "rud", "heim", "land", "by", "gard", "lund", "bro", "fjell", "nes",
            "tor", "ul", "ro", "sa", "mi", "ke", "lo", "ter", "van", "dor", "ix", "el", "an", "or", "is", "ax");

    private final List<String> rareNb;
    private final List<String> rareEn;
    private final double[] zipf;

    /**
     * {@code size} rare terms per language, ranked for a Zipf-Mandelbrot law 1 / (rank + q)^s: the
     * offset q keeps the head of the tail below the everyday words.
     */
    Vocabulary(int size, double s, double q, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> seen = new HashSet<>();
        rareNb = new ArrayList<>(size);
        rareEn = new ArrayList<>(size);
        // Norwegian compounds first (the language makes them freely), then names of places and products
        for (String stem : NB_STEMS) {
            for (String head : NB_HEADS) {
                String word = stem + head;
                if (seen.add(word)) {
                    rareNb.add(word);
                }
            }
        }
        while (rareNb.size() < size || rareEn.size() < size) {
            StringBuilder word = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int i = 0; i < syllables; i++) {
                word.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
            }
            String w = word.toString();
            if (!seen.add(w)) {
                continue;
            }
            if (rareNb.size() < size && random.nextBoolean()) {
                rareNb.add(w);
            } else if (rareEn.size() < size) {
                rareEn.add(w);
            }
        }
        shuffle(rareNb, random);
        shuffle(rareEn, random);
        zipf = new double[size];
        double total = 0;
        for (int r = 0; r < size; r++) {
            total += 1 / Math.pow(r + 1 + q, s);
            zipf[r] = total;
        }
        for (int r = 0; r < size; r++) {
            zipf[r] /= total;
        }
    }

    String rare(boolean norwegian, SplittableRandom random) {
        double u = random.nextDouble();
        int lo = 0;
        int hi = zipf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (zipf[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (norwegian ? rareNb : rareEn).get(lo);
    }

    private static void shuffle(List<String> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
