package org.clientela.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clientela.it.browser.Browser;
import org.clientela.it.browser.KeycloakPage;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.browser.PortalPage;
import org.clientela.it.support.SentMail;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.incontainer.Eventually;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Self-registration as a person does it: Keycloak's pages, the verification mail, the first sign-in. */
@RunAsClient
class RegistrationIT extends PortalBrowserTest {

    private static final Pattern LINK =
            Pattern.compile("(http://localhost:8180/realms/clientela/login-actions/action-token\\?[^\\s\"<>]+)");

    @Test
    void aVisitorRegistersInBulgarianVerifiesTheAddressAndIsACustomer() throws Exception {
        String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@clientela.test";
        try (Browser browser = Browser.open()) {
            KeycloakPage registration =
                    new PortalPage(browser).open("/").switchLanguage("bg").register();
            assertThat(registration.isRegistrationForm()).isTrue();
            assertThat(registration.language()).isEqualTo("bg");

            registration.registerAs("Стоян", "Георгиев", email, "Registered-2026");

            // Keycloak holds the person at "verify your email" and mails the link to the sink
            String link =
                    Eventually.await("the verification mail", Duration.ofSeconds(30), () -> verificationLink(email));
            browser.go(link);
            browser.await(d -> browser.url().startsWith(TestEnvironment.PORTAL) && browser.has("#user-name"));
            PortalPage portal = new PortalPage(browser);
            assertThat(portal.signedInName()).isEqualTo("Стоян Георгиев");

            portal.open("/account/");
            browser.await(presenceOfElementLocated(By.id("account-email")));
            assertThat(browser.text("#account-email")).isEqualTo(email);
            assertThat(browser.text("#account-language")).isEqualTo("Български");
            assertThat(browser.text("#activity")).contains("Регистрация");
        }
        // the portal's welcome mail follows, in the customer's language
        Eventually.await(
                "the welcome mail",
                Duration.ofSeconds(30),
                () -> subjects(email).contains("Добре дошли в Clientela, Стоян Георгиев"));
    }

    @Test
    void registeringAnAddressThatExistsGetsKeycloaksMessage() {
        try (Browser browser = Browser.open()) {
            new PortalPage(browser).open("/").register();
            browser.type("firstName", "Second");
            browser.type("lastName", "Olena");
            browser.type("email", "customer@clientela.test");
            if (browser.has("#username")) {
                browser.type("username", "customer-again");
            }
            browser.type("password", "Registered-2026");
            browser.type("password-confirm", "Registered-2026");
            browser.find("#kc-register-form [type=submit]").click();
            browser.await(d -> browser.pageText().contains("Email already exists"));
            assertThat(browser.url()).startsWith(TestEnvironment.KEYCLOAK);
        }
    }

    private static String verificationLink(String email) {
        return SentMail.newestLink(email, LINK);
    }

    private static java.util.List<String> subjects(String email) {
        return SentMail.subjects(email);
    }
}
