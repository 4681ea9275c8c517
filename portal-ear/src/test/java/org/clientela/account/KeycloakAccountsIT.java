package org.clientela.account;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import org.clientela.it.support.incontainer.Eventually;
import org.clientela.it.support.incontainer.KeycloakUp;
import org.clientela.it.support.incontainer.Mailbox;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal's service account at work against the real Keycloak: asking it to send the
 * verification mail again reaches the person's mailbox.
 */
@ExtendWith(ArquillianExtension.class)
class KeycloakAccountsIT {

    /** The demo user customer2 (keycloak-realm). */
    static final String IVAN = "c1e17e1a-0000-4000-8000-000000000002";

    @Inject
    KeycloakAccounts keycloak;

    @Test
    void keycloakSendsTheVerificationMailAgainOnThePortalsRequest() {
        KeycloakUp.await();
        int before = Mailbox.subjects("customer2@clientela.test").size();
        keycloak.sendVerificationMail(IVAN);
        Eventually.await(
                "Keycloak's verification mail",
                Duration.ofSeconds(30),
                () -> Mailbox.subjects("customer2@clientela.test").size() > before);
        assertTrue(Mailbox.texts("customer2@clientela.test").stream()
                .anyMatch(text -> text.contains("/login-actions/action-token")));
    }
}
