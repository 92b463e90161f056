package eu.buyzet.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import eu.buyzet.portal.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;

/**
 * Rules {@link ModularityTest}'s {@code verify()} does not cover. Both derive the features from
 * the package tree, so a new feature or subpackage is covered the day it appears.
 */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.buyzet.portal");

    @Test
    void shared_depends_on_no_feature() {
        String[] features = ModularityTest.MODULES.stream()
                .map(ApplicationModule::getBasePackage)
                .map(p -> p.getName() + "..")
                .filter(p -> !p.equals("eu.buyzet.portal.shared.."))
                .toArray(String[]::new);
        noClasses().that().resideInAPackage("eu.buyzet.portal.shared..")
                .should().dependOnClassesThat().resideInAnyPackage(features)
                .because("shared holds feature-neutral building blocks")
                .check(classes);
    }

    @Test
    void views_in_every_feature_are_package_private() {
        // shared.ui is a widget library, not views. The sign-in view is named by the security
        // configuration (Vaadin forwards to it by class), the one reason a view is public.
        classes().that().resideInAPackage("eu.buyzet.portal.*.ui..")
                .and().resideOutsideOfPackage("eu.buyzet.portal.shared.ui..")
                .and().doNotBelongToAnyOf(LoginView.class)
                .and().areTopLevelClasses()
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .because("views are reached by route, not by other code")
                .check(classes);
    }
}
