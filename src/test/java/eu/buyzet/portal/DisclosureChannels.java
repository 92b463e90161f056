package eu.buyzet.portal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The channels the portal's code declares with {@link DisclosureChannel}. A feature's parity test
 * compares its rows with {@link #of(String)}, so that a channel added without a row fails.
 */
public final class DisclosureChannels {

    private static JavaClasses classes;

    private DisclosureChannels() {
    }

    static synchronized JavaClasses mainClasses() {
        if (classes == null) {
            classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("eu.buyzet.portal");
        }
        return classes;
    }

    /** Every declared channel name, e.g. "dialogue.report-pdf". */
    public static Set<String> all() {
        return mainClasses().stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(DisclosureChannel.class))
                .map(DisclosureChannels::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The channels of one feature: those whose name starts with "feature.". */
    public static Set<String> of(String feature) {
        return all().stream().filter(n -> n.startsWith(feature + "."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String name(JavaMethod m) {
        return m.getAnnotationOfType(DisclosureChannel.class).value();
    }
}
