package eu.buyzet.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Package by feature: a feature's root package is its API; its internal/ and ui/ packages are its
 * own. Features talk through each other's APIs and never in a cycle.
 */
class ArchitectureTest {

    static final List<String> FEATURES = List.of("organisation", "forum", "submission", "footprint", "contract", "buyergroup",
            "dialogue", "moderation", "notification", "security", "shell", "audit");

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.buyzet.portal");

    @Test
    void no_feature_reaches_into_another_features_internals_or_views() {
        for (String feature : FEATURES) {
            String own = "eu.buyzet.portal." + feature;
            noClasses().that().resideOutsideOfPackage(own + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(own + ".internal..", own + ".ui..", own + ".api..")
                    .allowEmptyShould(true)
                    .because("only " + feature + " itself may use its internal/, ui/ and api/ packages")
                    .check(classes);
        }
    }

    @Test
    void features_do_not_depend_on_each_other_in_cycles() {
        slices().matching("eu.buyzet.portal.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void shared_depends_on_no_feature() {
        noClasses().that().resideInAPackage("eu.buyzet.portal.shared..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream()
                        .map(f -> "eu.buyzet.portal." + f + "..").toArray(String[]::new))
                .check(classes);
    }

    @Test
    void views_are_not_public_outside_the_shell_and_sign_in() {
        noClasses().that().resideInAPackage("eu.buyzet.portal.organisation.ui..")
                .should().bePublic()
                .because("views are reached by route, not by other code")
                .check(classes);
    }
}
