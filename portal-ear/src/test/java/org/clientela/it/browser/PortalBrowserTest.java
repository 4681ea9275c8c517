package org.clientela.it.browser;

import org.clientela.it.support.PortalDeployment;
import org.clientela.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test shares: the EAR as built (not testable, so every test acts from outside
 * like a person), and Keycloak up before the first click.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
public abstract class PortalBrowserTest {

    /** Every demo user's password (keycloak-realm); demo only. */
    public static final String DEMO_PASSWORD = "Clientela-demo1";

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return PortalDeployment.asBuilt();
    }

    @BeforeAll
    static void keycloakIsUp() {
        TestEnvironment.awaitKeycloak();
    }
}
