package org.clientela.platform;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The capabilities build on each other in one direction only: platform, crm, mail, account, then
 * store, community and news, with staff on top. A cycle would tie two capabilities into one, so
 * this looks at the services and the pages together, as both use the same package names.
 */
class PackageCyclesTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.clientela");

    @Test
    void seesTheServicesAndThePages() {
        assertThat(PORTAL.contain("org.clientela.crm.InteractionRecorder")).isTrue();
        assertThat(PORTAL.contain("org.clientela.account.CustomerRecognitionFilter"))
                .isTrue();
    }

    @Test
    void capabilitiesAreFreeOfCycles() {
        slices().matching("org.clientela.(*)..").should().beFreeOfCycles().check(PORTAL);
    }
}
