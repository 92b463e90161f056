package eu.buyzet.portal.footprint;

import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.EuroClass;
import eu.buyzet.portal.footprint.calculator.FactorSet;
import eu.buyzet.portal.footprint.calculator.FactorSet.CarrierFactors;
import eu.buyzet.portal.footprint.calculator.FactorSet.ExhaustFactors;
import eu.buyzet.portal.footprint.calculator.FactorSet.ExhaustKey;
import eu.buyzet.portal.footprint.calculator.FactorSet.VehicleFactors;
import eu.buyzet.portal.footprint.calculator.FactorSet.VehicleKey;
import eu.buyzet.portal.footprint.calculator.FactorSet.WearFactors;
import eu.buyzet.portal.footprint.calculator.FactorSet.WearKey;
import eu.buyzet.portal.footprint.calculator.HydrogenRoute;
import eu.buyzet.portal.footprint.calculator.Sourced;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.footprint.calculator.WearSource;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a factor set from CSV, one figure per line, each with its source:
 * <pre>
 * set,name,Norway 2026
 * set,version,1
 * set,valid_from,2026-01-01
 * set,boundary,Well-to-wheel (ISO 14083)
 * set,gwp_basis,GWP100 (IPCC AR6)
 * set,electricity_basis,Location-based, NVE 2024
 * carrier,DIESEL,wtt,0.62665,UK DESNZ 2025 WTT-fuels
 * carrier,DIESEL,ttw,2.57082,UK DESNZ 2025 Fuels
 * hydrogen,RENEWABLE,wtt,3.384,Delegated Regulation (EU) 2023/1185 …
 * hydrogen,RENEWABLE,ttw,0,A fuel cell emits water only
 * vehicle,N1,DIESEL,energy_per_km,0.0968,derived from …
 * vehicle,N1,DIESEL,nox_g_per_km,0.25,COPERT 5.6 …
 * set,default_euro_class,EURO_4
 * set,undeclared_stage,HIGHEST
 * exhaust,N1,DIESEL,EURO_6,nox_g_per_km,0.2,EMEP/EEA guidebook 2023, 1.A.3.b.i-iv, Table …, row …
 * exhaust,N1,DIESEL,EURO_6,pm25_g_per_km,0.001,…
 * wear,N1,TYRE,pm25_g_per_km,0.0071,…
 * wear,N1,TYRE,pm10_g_per_km,0.0101,…
 * </pre>
 * The default Euro class is optional; a set with exhaust figures by class should name it (the
 * stage taken when a flow names none, decision 034). {@link #write} gives a file that reads back
 * as the same set.
 * Every problem is reported with its line number (and, for an implausible figure, its column and
 * the plausible range in the figure's unit), so that the preview can show them all at once.
 */
public final class FactorSetCsv {

    /**
     * A problem on one line (0 for the file as a whole) and, for an implausible figure, in one column
     * (0 otherwise): a message key and its arguments, so that the preview speaks the reader's language.
     * An argument that is a {@link Phrase} is itself a message key; figures are written as in the file.
     */
    public record Problem(long line, int column, String key, List<Object> args) {
        public Problem {
            args = List.copyOf(args);
        }

        static Problem of(String key, Object... args) {
            return new Problem(0, 0, key, List.of(args));
        }

        Problem at(long line, int column) {
            return new Problem(line, column, key, args);
        }

        /**
         * The problem as the preview lists it, after its line and, for a figure, its column.
         * @param translate a message key and its arguments in the reader's language
         */
        public String text(BiFunction<String, Object[], String> translate) {
            Object[] translated = args.stream()
                    .map(a -> a instanceof Phrase phrase ? translate.apply(phrase.key(), new Object[0]) : a).toArray();
            String message = translate.apply(key, translated);
            if (line == 0) {
                return message;
            }
            return column == 0 ? translate.apply("factor-sets.line", new Object[] {line, message})
                    : translate.apply("factor-sets.line-column", new Object[] {line, column, message});
        }
    }

    /** A part of a problem's message that is itself translated (why a range is what it is). */
    public record Phrase(String key) {
    }

    /** A line that cannot be read, and why; caught per line so that every problem is listed. */
    private static final class Refused extends RuntimeException {
        private final transient Problem problem;

        Refused(String key, Object... args) {
            super(key, null, false, false);
            this.problem = Problem.of(key, args);
        }
    }

    /** What the file would import: the set when there are no problems. */
    public record Parsed(@Nullable FactorSet set, List<Problem> problems, int figures) {
        public boolean ok() {
            return problems.isEmpty() && set != null;
        }
    }

    private static final List<String> SET_FIELDS =
            List.of("name", "version", "valid_from", "boundary", "gwp_basis", "electricity_basis");
    private static final List<String> VEHICLE_FIGURES =
            List.of("energy_per_km", "nox_g_per_km", "pm_exhaust_g_per_km", "pm_non_exhaust_g_per_km");
    private static final List<String> EXHAUST_FIGURES = List.of("nox_g_per_km", "pm25_g_per_km");
    private static final List<String> WEAR_FIGURES = List.of("pm25_g_per_km", "pm10_g_per_km");
    private static final String DEFAULT_EURO_CLASS = "default_euro_class";
    /** "HIGHEST": a flow naming no stage takes the highest NOx and PM2.5 of every stage (decision 054). */
    private static final String UNDECLARED_STAGE = "undeclared_stage";

    private FactorSetCsv() {
    }

    public static Parsed parse(String csv) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> header = new LinkedHashMap<>();
        Map<EnergyCarrier, Sourced[]> carriers = new EnumMap<>(EnergyCarrier.class);
        Map<HydrogenRoute, Sourced[]> routes = new EnumMap<>(HydrogenRoute.class);
        Map<VehicleKey, Sourced[]> vehicles = new HashMap<>();
        Map<ExhaustKey, Sourced[]> exhaust = new HashMap<>();
        Map<WearKey, Sourced[]> wear = new HashMap<>();
        EuroClass defaultEuroClass = null;
        boolean undeclaredStageHighest = false;
        int figures = 0;
        String text = csv == null ? "" : csv;
        List<CSVRecord> records = new ArrayList<>();
        CSVParser parser = null;
        try {
            parser = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get()
                    .parse(new StringReader(text));
            parser.forEach(records::add);
        } catch (IOException | RuntimeException e) {
            // the library's message is English and names its own tokens; the line is what an editor needs: where
            // an unclosed quote began (the library says so), else where reading stopped
            long line = parser == null ? 0 : startLine(e).orElse(parser.getCurrentLineNumber());
            return new Parsed(null, List.of(Problem.of("factor-sets.problem.not-csv").at(line, 0)), 0);
        }
        for (CSVRecord r : records) {
            long line = lineOf(text, r.getCharacterPosition());
            String kind = r.get(0).toLowerCase(Locale.ROOT);
            try {
                switch (kind) {
                    case "set" -> {
                        need(r, 3);
                        String field = r.get(1).toLowerCase(Locale.ROOT);
                        if (field.equals(DEFAULT_EURO_CLASS)) {
                            defaultEuroClass = euroClass(r.get(2));
                            continue;
                        }
                        if (field.equals(UNDECLARED_STAGE)) {
                            if (!r.get(2).equalsIgnoreCase("HIGHEST")) {
                                throw new Refused("factor-sets.problem.undeclared-stage");
                            }
                            undeclaredStageHighest = true;
                            continue;
                        }
                        if (!SET_FIELDS.contains(field)) {
                            throw new Refused("factor-sets.problem.unknown-set-field", r.get(1));
                        }
                        header.put(field, r.get(2));
                    }
                    case "carrier" -> {
                        need(r, 5);
                        EnergyCarrier carrier = EnergyCarrier.valueOf(r.get(1).toUpperCase(Locale.ROOT));
                        int part = part(r.get(2));
                        Sourced figure = sourced(r.get(3), r.get(4));
                        carriers.computeIfAbsent(carrier, c -> new Sourced[2])[part] = figure;
                        figures++;
                        FactorBounds.carrier(carrier, part == 0 ? "wtt" : "ttw", figure.value())
                                .ifPresent(why -> problems.add(why.at(line, 4)));
                    }
                    case "hydrogen" -> {
                        need(r, 5);
                        HydrogenRoute route = HydrogenRoute.valueOf(r.get(1).toUpperCase(Locale.ROOT));
                        if (route == HydrogenRoute.GREY) {
                            throw new Refused("factor-sets.problem.grey-hydrogen");
                        }
                        int part = part(r.get(2));
                        Sourced figure = sourced(r.get(3), r.get(4));
                        routes.computeIfAbsent(route, c -> new Sourced[2])[part] = figure;
                        figures++;
                        FactorBounds.carrier(EnergyCarrier.HYDROGEN, part == 0 ? "wtt" : "ttw", figure.value())
                                .ifPresent(why -> problems.add(why.at(line, 4)));
                    }
                    case "vehicle" -> {
                        need(r, 6);
                        VehicleKey key = new VehicleKey(VehicleCategory.valueOf(r.get(1).toUpperCase(Locale.ROOT)),
                                EnergyCarrier.valueOf(r.get(2).toUpperCase(Locale.ROOT)));
                        int figure = figure(VEHICLE_FIGURES, r.get(3));
                        Sourced value = sourced(r.get(4), r.get(5));
                        vehicles.computeIfAbsent(key, k -> new Sourced[4])[figure] = value;
                        figures++;
                        FactorBounds.vehicle(key.category(), key.carrier(), VEHICLE_FIGURES.get(figure), value.value())
                                .ifPresent(why -> problems.add(why.at(line, 5)));
                    }
                    case "exhaust" -> {
                        need(r, 7);
                        ExhaustKey key = new ExhaustKey(VehicleCategory.valueOf(r.get(1).toUpperCase(Locale.ROOT)),
                                EnergyCarrier.valueOf(r.get(2).toUpperCase(Locale.ROOT)), euroClass(r.get(3)));
                        if (key.carrier().zeroEmission()) {
                            throw new Refused("factor-sets.problem.no-exhaust", key.carrier().name());
                        }
                        int figure = figure(EXHAUST_FIGURES, r.get(4));
                        Sourced value = sourced(r.get(5), r.get(6));
                        exhaust.computeIfAbsent(key, k -> new Sourced[2])[figure] = value;
                        figures++;
                        FactorBounds.pollutant(figure == 0 ? "nox_g_per_km" : "pm_exhaust_g_per_km", value.value())
                                .ifPresent(why -> problems.add(why.at(line, 6)));
                    }
                    case "wear" -> {
                        need(r, 6);
                        WearKey key = new WearKey(VehicleCategory.valueOf(r.get(1).toUpperCase(Locale.ROOT)),
                                WearSource.valueOf(r.get(2).toUpperCase(Locale.ROOT)));
                        int figure = figure(WEAR_FIGURES, r.get(3));
                        Sourced value = sourced(r.get(4), r.get(5));
                        wear.computeIfAbsent(key, k -> new Sourced[2])[figure] = value;
                        figures++;
                        FactorBounds.pollutant("pm_non_exhaust_g_per_km", value.value())
                                .ifPresent(why -> problems.add(why.at(line, 5)));
                    }
                    default -> throw new Refused("factor-sets.problem.line-kind", r.get(0));
                }
            } catch (Refused e) {
                problems.add(e.problem.at(line, 0));
            } catch (IllegalArgumentException notAName) {
                // Enum.valueOf: a name that is not one of ours
                problems.add(Problem.of("factor-sets.problem.unknown-name").at(line, 0));
            }
        }
        for (String field : SET_FIELDS) {
            if (header.getOrDefault(field, "").isBlank()) {
                problems.add(Problem.of("factor-sets.problem.missing-set-field", field));
            }
        }
        carriers.forEach((carrier, parts) -> {
            if (parts[0] == null || parts[1] == null) {
                problems.add(Problem.of("factor-sets.problem.carrier-parts", carrier.name()));
            }
        });
        routes.forEach((route, parts) -> {
            if (parts[0] == null || parts[1] == null) {
                problems.add(Problem.of("factor-sets.problem.route-parts", route.name()));
            }
        });
        LocalDate validFrom = null;
        try {
            validFrom = header.containsKey("valid_from") ? LocalDate.parse(header.get("valid_from")) : null;
        } catch (DateTimeParseException e) {
            problems.add(Problem.of("factor-sets.problem.valid-from"));
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, problems, figures);
        }
        Map<EnergyCarrier, CarrierFactors> carrierFactors = new EnumMap<>(EnergyCarrier.class);
        carriers.forEach((c, p) -> carrierFactors.put(c, new CarrierFactors(c, p[0], p[1])));
        Map<HydrogenRoute, CarrierFactors> routeFactors = new EnumMap<>(HydrogenRoute.class);
        routes.forEach((r, p) -> routeFactors.put(r, new CarrierFactors(EnergyCarrier.HYDROGEN, p[0], p[1])));
        Map<VehicleKey, VehicleFactors> vehicleFactors = new HashMap<>();
        vehicles.forEach((k, p) -> vehicleFactors.put(k, new VehicleFactors(k, p[0], p[1], p[2], p[3])));
        Map<ExhaustKey, ExhaustFactors> exhaustFactors = new HashMap<>();
        exhaust.forEach((k, p) -> exhaustFactors.put(k, new ExhaustFactors(k, p[0], p[1])));
        Map<WearKey, WearFactors> wearFactors = new HashMap<>();
        wear.forEach((k, p) -> wearFactors.put(k, new WearFactors(k, p[0], p[1])));
        String id = (header.get("name") + "-" + header.get("version")).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (id.length() > 60) {
            id = id.substring(0, 60);
        }
        return new Parsed(new FactorSet(id, field(header, "name"), field(header, "version"),
                Objects.requireNonNull(validFrom, "valid_from is checked above"), field(header, "boundary"),
                field(header, "gwp_basis"), field(header, "electricity_basis"), carrierFactors, vehicleFactors,
                exhaustFactors, wearFactors, defaultEuroClass, routeFactors, undeclaredStageHighest), problems,
                figures);
    }

    /** The set as a file that {@link #parse} reads back as the same set (its id follows from name and version). */
    public static String write(FactorSet set) {
        StringBuilder out = new StringBuilder("# ").append(set.name()).append(", version ").append(set.version())
                .append('\n');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord("set", "name", set.name());
            csv.printRecord("set", "version", set.version());
            csv.printRecord("set", "valid_from", set.validFrom());
            csv.printRecord("set", "boundary", set.boundary());
            csv.printRecord("set", "gwp_basis", set.gwpBasis());
            csv.printRecord("set", "electricity_basis", set.electricityBasis());
            if (set.defaultEuroClass() != null) {
                csv.printRecord("set", DEFAULT_EURO_CLASS, set.defaultEuroClass());
            }
            if (set.undeclaredStageHighest()) {
                csv.printRecord("set", UNDECLARED_STAGE, "HIGHEST");
            }
            for (CarrierFactors c : sorted(set.carriers().values(), c -> c.carrier().name())) {
                csv.printRecord("carrier", c.carrier(), "wtt", number(c.wttKgPerUnit()), c.wttKgPerUnit().source());
                csv.printRecord("carrier", c.carrier(), "ttw", number(c.ttwKgPerUnit()), c.ttwKgPerUnit().source());
            }
            for (var route : sorted(set.hydrogenRoutes().entrySet(), e -> e.getKey().name())) {
                CarrierFactors c = route.getValue();
                csv.printRecord("hydrogen", route.getKey(), "wtt", number(c.wttKgPerUnit()), c.wttKgPerUnit().source());
                csv.printRecord("hydrogen", route.getKey(), "ttw", number(c.ttwKgPerUnit()), c.ttwKgPerUnit().source());
            }
            for (VehicleFactors v : sorted(set.vehicles().values(), v -> v.key().toString())) {
                Sourced[] parts = {v.energyPerKm(), v.noxGPerKm(), v.pmExhaustGPerKm(), v.pmNonExhaustGPerKm()};
                for (int i = 0; i < parts.length; i++) {
                    if (parts[i] != null) {
                        csv.printRecord("vehicle", v.key().category(), v.key().carrier(), VEHICLE_FIGURES.get(i),
                                number(parts[i]), parts[i].source());
                    }
                }
            }
            for (ExhaustFactors e : sorted(set.exhaust().values(), e -> e.key().toString())) {
                Sourced[] parts = {e.noxGPerKm(), e.pm25GPerKm()};
                for (int i = 0; i < parts.length; i++) {
                    if (parts[i] != null) {
                        csv.printRecord("exhaust", e.key().category(), e.key().carrier(), e.key().euroClass(),
                                EXHAUST_FIGURES.get(i), number(parts[i]), parts[i].source());
                    }
                }
            }
            for (WearFactors w : sorted(set.wear().values(), w -> w.key().toString())) {
                Sourced[] parts = {w.pm25GPerKm(), w.pm10GPerKm()};
                for (int i = 0; i < parts.length; i++) {
                    if (parts[i] != null) {
                        csv.printRecord("wear", w.key().category(), w.key().source(), WEAR_FIGURES.get(i),
                                number(parts[i]), parts[i].source());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return out.toString();
    }

    private static <T> List<T> sorted(java.util.Collection<T> values, java.util.function.Function<T, String> by) {
        return values.stream().sorted(java.util.Comparator.comparing(by)).toList();
    }

    private static String number(Sourced s) {
        return java.math.BigDecimal.valueOf(s.value()).stripTrailingZeros().toPlainString();
    }

    private static int part(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "wtt" -> 0;
            case "ttw" -> 1;
            default -> throw new Refused("factor-sets.problem.part", name);
        };
    }

    private static int figure(List<String> figures, String name) {
        int figure = figures.indexOf(name.toLowerCase(Locale.ROOT));
        if (figure < 0) {
            throw new Refused("factor-sets.problem.figure", String.join(", ", figures));
        }
        return figure;
    }

    private static EuroClass euroClass(String text) {
        try {
            return EuroClass.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notAName) {
            return EuroClass.parse(text).orElseThrow(() -> new Refused("factor-sets.problem.euro-class", text));
        }
    }

    /** The file's own line number, counting comments and blank lines, as an editor shows it. */
    /** commons-csv names the line where a quoted value it could not finish began. */
    private static final java.util.regex.Pattern START_LINE = java.util.regex.Pattern.compile("\\(startline (\\d+)\\)");

    private static java.util.Optional<Long> startLine(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            java.util.regex.Matcher m = START_LINE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return java.util.Optional.of(Long.parseLong(m.group(1)));
            }
        }
        return java.util.Optional.empty();
    }

    private static long lineOf(String text, long position) {
        return 1 + text.substring(0, (int) Math.min(position, text.length())).chars().filter(c -> c == '\n').count();
    }

    /** A set field that the checks above found present. */
    private static String field(Map<String, String> header, String name) {
        return Objects.requireNonNull(header.get(name), "every set field is checked above");
    }

    private static void need(CSVRecord r, int columns) {
        if (r.size() < columns) {
            throw new Refused("factor-sets.problem.columns", columns, r.size());
        }
        for (int i = 0; i < columns; i++) {
            if (r.get(i).isBlank()) {
                throw new Refused(i == columns - 1 ? "factor-sets.problem.no-source" : "factor-sets.problem.empty-column",
                        i + 1);
            }
        }
    }

    private static Sourced sourced(String value, String source) {
        double number;
        try {
            number = Double.parseDouble(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new Refused("factor-sets.problem.not-a-number", value);
        }
        if (!Double.isFinite(number) || number < 0) {
            throw new Refused("factor-sets.problem.negative", value);
        }
        return new Sourced(number, source);
    }
}
