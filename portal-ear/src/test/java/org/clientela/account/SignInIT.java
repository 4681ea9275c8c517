package org.clientela.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.clientela.it.browser.Browser;
import org.clientela.it.browser.KeycloakPage;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.browser.PortalPage;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.incontainer.Eventually;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/** Sign-in, sign-out and role checks through Keycloak's real pages, in a real browser. */
@RunAsClient
class SignInIT extends PortalBrowserTest {

    @Test
    void aCustomerSignsInOnKeycloaksPageAndReturnsToWhereTheyWere() throws Exception {
        try (Browser browser = Browser.open()) {
            PortalPage page = new PortalPage(browser).open("/news");
            KeycloakPage login = page.signIn();
            assertThat(login.isLoginForm()).isTrue();

            page = login.signInAs("customer", DEMO_PASSWORD);
            assertThat(browser.url()).isEqualTo(TestEnvironment.PORTAL + "/news");
            assertThat(page.signedInName()).isEqualTo("Olena Kovalenko");

            page.open("/account/");
            assertThat(browser.text("#account-email")).isEqualTo("customer@clientela.test");
            // other tests act as Olena too, so "Registered" may be further back than the page shows;
            // the record's creation is checked by CustomerDirectoryIT, its one welcome mail here
            assertThat(browser.has("#activity")).isTrue();
        }
        // the first sign-in ever created the record and queued a welcome mail, exactly once
        List<MimeMessage> welcome = Eventually.await("the welcome mail", Duration.ofSeconds(30), () -> {
            List<MimeMessage> found = welcomeMailsTo("customer@clientela.test");
            return found.isEmpty() ? null : found;
        });
        assertThat(welcome).hasSize(1);
        assertThat(welcome.get(0).getSubject()).isEqualTo("Welcome to Clientela, Olena Kovalenko");
    }

    @Test
    void keycloaksPagesSpeakTheLanguageChosenOnThePortal() {
        try (Browser browser = Browser.open()) {
            KeycloakPage login =
                    new PortalPage(browser).open("/").switchLanguage("uk").signIn();
            assertThat(login.language()).isEqualTo("uk");
            assertThat(login.text()).contains("Увійти");
        }
        try (Browser browser = Browser.open()) {
            KeycloakPage login =
                    new PortalPage(browser).open("/").switchLanguage("bg").signIn();
            assertThat(login.language()).isEqualTo("bg");
            assertThat(login.text()).contains("Вход");
        }
    }

    @Test
    void registerLeadsToKeycloaksRegistrationPage() {
        try (Browser browser = Browser.open()) {
            KeycloakPage registration = new PortalPage(browser).open("/").register();
            assertThat(registration.isRegistrationForm()).isTrue();
        }
    }

    @Test
    void aCustomerOpeningTheBackOfficeGetsTheTranslatedForbiddenPage() {
        try (Browser browser = Browser.open()) {
            PortalPage page = new PortalPage(browser)
                    .open("/")
                    .switchLanguage("uk")
                    .signIn()
                    .signInAs("customer", DEMO_PASSWORD);
            page.open("/staff/");
            assertThat(page.heading()).isEqualTo("Доступ заборонено");
            assertThat(browser.has("#staff-roles")).isFalse();
            assertThat(browser.has("#nav-staff")).isFalse();
        }
    }

    @Test
    void staffSeeTheBackOfficeButNotTheCustomersPages() {
        try (Browser browser = Browser.open()) {
            PortalPage page = new PortalPage(browser).open("/").signIn().signInAs("editor", DEMO_PASSWORD);
            assertThat(page.signedInName()).isEqualTo("Maria Ivanova");
            page.open("/staff/");
            assertThat(browser.text("#staff-roles")).contains("Content manager").doesNotContain("Administrator");

            page.open("/account/");
            assertThat(page.heading()).isEqualTo("Access denied");
        }
    }

    @Test
    void signingOutEndsThePortalAndTheKeycloakSession() {
        try (Browser browser = Browser.open()) {
            PortalPage page = new PortalPage(browser).open("/").signIn().signInAs("customer", DEMO_PASSWORD);
            page.open("/account/");
            assertThat(browser.text("#account-email")).isEqualTo("customer@clientela.test");

            page.signOut();
            assertThat(browser.url()).startsWith(TestEnvironment.PORTAL);
            assertThat(page.isSignedIn()).isFalse();

            // the back button must not show the private page again
            browser.back();
            Eventually.await("the back navigation", Duration.ofSeconds(10), () -> browser.has("body"));
            assertThat(browser.pageText()).doesNotContain("customer@clientela.test");

            // and Keycloak asks for the password again: its session ended too
            browser.go(TestEnvironment.PORTAL + "/account/");
            Eventually.await(
                    "Keycloak's login form",
                    Duration.ofSeconds(20),
                    () -> browser.url().startsWith(TestEnvironment.KEYCLOAK) && browser.has("#kc-form-login"));
        }
    }

    private static List<MimeMessage> welcomeMailsTo(String address) {
        return Arrays.stream(TestEnvironment.mail().getReceivedMessagesForDomain(address))
                .filter(message -> {
                    try {
                        return message.getSubject().startsWith("Welcome to Clientela");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
