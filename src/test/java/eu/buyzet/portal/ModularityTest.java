package eu.buyzet.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith reads each direct subpackage of {@code eu.buyzet.portal} as a feature module
 * whose root package is its public API; everything below is internal unless a package-info
 * declares it a named interface. {@code verify()} is therefore an allow-list: a new feature or
 * subpackage is protected from the day it is created.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    private static final Path COMMITTED = Path.of("docs/modules");

    @Test
    void features_use_each_other_only_through_their_public_api_and_never_in_cycles() {
        MODULES.verify();
    }

    /**
     * The module canvases and diagrams in docs/modules are generated from the code; this fails
     * when they drift. {@code -Dbuyzet.modules.write=true} rewrites them.
     */
    @Test
    void the_committed_module_documentation_matches_the_code() throws IOException {
        boolean write = Boolean.getBoolean("buyzet.modules.write");
        Path out = write ? COMMITTED : Path.of("target/modulith-docs");
        if (write) {
            try (Stream<Path> old = Files.list(COMMITTED)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            } catch (java.nio.file.NoSuchFileException e) {
                Files.createDirectories(COMMITTED);
            }
        }
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        if (write) {
            for (Map.Entry<String, String> file : read(COMMITTED).entrySet()) {
                Files.writeString(COMMITTED.resolve(file.getKey()), file.getValue());
            }
        }
        assertThat(read(COMMITTED)).as("docs/modules is stale: run ./mvnw test -Dtest=ModularityTest -Dbuyzet.modules.write=true")
                .isEqualTo(read(out));
    }

    /**
     * The Documenter writes a diagram's components and relations in no fixed order; sorting each
     * run of them makes the files comparable (PlantUML does not care about their order).
     */
    static String stable(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int start = 0;
        while (start < lines.size()) {
            int end = start;
            while (end < lines.size() && diagramElement(lines.get(end))) {
                end++;
            }
            if (end > start) {
                Collections.sort(lines.subList(start, end));
                start = end;
            } else {
                start++;
            }
        }
        return String.join("\n", lines);
    }

    private static boolean diagramElement(String line) {
        String s = line.strip();
        return s.startsWith("Rel(") || s.startsWith("Component(") || s.startsWith("Container(");
    }

    private static Map<String, String> read(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Map.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.collect(Collectors.toMap(p -> p.getFileName().toString(), p -> {
                try {
                    return stable(Files.readString(p).replace("\r\n", "\n"));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, (a, b) -> a, TreeMap::new));
        }
    }
}
