package eu.buyzet.portal;

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

    @Test
    void features_use_each_other_only_through_their_public_api_and_never_in_cycles() {
        MODULES.verify();
    }

    @Test
    void writes_the_module_documentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
