package org.clientela.it.browser;

import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.WebSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test shares: the portal deployed once for the run, and Keycloak up before the
 * first click. Each subclass is {@code @RunAsClient} (Arquillian reads that off the class itself),
 * so that it acts from outside like a person.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
public abstract class PortalBrowserTest {

    /** Every demo user's password (keycloak-realm); demo only. */
    public static final String DEMO_PASSWORD = WebSession.DEMO_PASSWORD;

    @BeforeAll
    static void keycloakIsUp() {
        TestEnvironment.awaitKeycloak();
    }

    /** What the accessibility checks have cost so far, for the time the suite takes. */
    @AfterAll
    static void axeTally() {
        System.out.println(AxeCheck.tally());
    }
}
