package eu.buyzet.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.shared.export.PdfDocument;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Every way out of the portal is a declared channel, and every feature with channels has a parity
 * test that reads them all as every role (decision 016).
 */
class DisclosureChannelsTest {

    @Test
    void every_http_endpoint_outside_the_ui_is_a_declared_channel() {
        methods().that().areAnnotatedWith(GetMapping.class).or().areAnnotatedWith(PostMapping.class)
                .should().beAnnotatedWith(DisclosureChannel.class)
                .because("an endpoint gives facts to readers, so it must ask its feature's disclosure policy")
                .check(DisclosureChannels.mainClasses());
    }

    @Test
    void every_export_that_returns_bytes_is_a_declared_channel() {
        // the one exception: the PDF renderer prints what a feature's channel (a dialogue report, a strategy)
        // hands it, and is no channel of its own
        methods().that().arePublic().and().haveRawReturnType(byte[].class)
                .and().areDeclaredInClassesThat().resideInAPackage("eu.buyzet.portal..")
                .and().areNotDeclaredIn(PdfDocument.class)
                .should().beAnnotatedWith(DisclosureChannel.class)
                .check(DisclosureChannels.mainClasses());
    }

    @Test
    void channel_names_name_a_feature_and_a_channel() {
        assertThat(DisclosureChannels.all()).allMatch(n -> n.matches("[a-z]+\\.[a-z0-9-]+"));
    }

    @Test
    void every_feature_with_channels_has_a_parity_test() {
        Set<String> features = DisclosureChannels.all().stream().map(n -> n.substring(0, n.indexOf('.')))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> tested = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("eu.buyzet.portal").stream()
                .filter(c -> c.getSimpleName().endsWith("DisclosureParityIT"))
                .map(JavaClass::getPackageName).map(p -> p.substring(p.lastIndexOf('.') + 1))
                .collect(Collectors.toSet());
        assertThat(tested).as("features with a *DisclosureParityIT").containsAll(features);
    }
}
