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

/**
 * A customer's account from the first day to the last, in a browser: registered, the email
 * changed through Keycloak's verified update (the old one in force until the link is followed),
 * then the account closed after entering the password again; the login is refused afterwards.
 */
@RunAsClient
class AccountLifecycleIT extends PortalBrowserTest {

    static final String PASSWORD = "Lifecycle-2026";
    static final Pattern ACTION_LINK =
            Pattern.compile("(http://localhost:8180/realms/clientela/login-actions/action-token\\?[^\\s\"<>]+)");

    @Test
    void changeTheEmailThroughKeycloakThenCloseTheAccountAndTheLoginIsRefused() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String oldEmail = "life-" + suffix + "@clientela.test";
        String newEmail = "moved-" + suffix + "@clientela.test";
        try (Browser browser = Browser.open()) {
            new PortalPage(browser).open("/").register().registerAs("Mira", "Lifecycle", oldEmail, PASSWORD);
            browser.go(Eventually.await(
                    "the verification mail", Duration.ofSeconds(30), () -> SentMail.newestLink(oldEmail, ACTION_LINK)));
            browser.await(d -> browser.url().startsWith(TestEnvironment.PORTAL) && browser.has("#user-name"));

            // the new address is asked for by Keycloak, and verified before it counts
            browser.go(TestEnvironment.PORTAL + "/account/profile");
            browser.find("#change-email").click();
            try {
                browser.await(presenceOfElementLocated(By.id("kc-update-email-form")));
            } catch (RuntimeException e) {
                throw new AssertionError("No update-email page; at " + browser.url() + ": " + browser.pageText(), e);
            }
            browser.type("email", newEmail);
            browser.find("#kc-submit").click();
            String confirm = Eventually.await(
                    "the mail to the new address",
                    Duration.ofSeconds(30),
                    () -> SentMail.newestLink(newEmail, ACTION_LINK));
            browser.go(TestEnvironment.PORTAL + "/account/profile");
            browser.await(presenceOfElementLocated(By.id("profile-email")));
            assertThat(browser.text("#profile-email")).isEqualTo(oldEmail);

            browser.go(confirm);
            browser.await(d -> browser.pageText().toLowerCase().contains("email"));
            new PortalPage(browser).open("/").signOut();
            new PortalPage(browser).signIn().signInAs(newEmail, PASSWORD);
            browser.go(TestEnvironment.PORTAL + "/account/profile");
            browser.await(presenceOfElementLocated(By.id("profile-email")));
            assertThat(browser.text("#profile-email")).isEqualTo(newEmail);

            // closing asks for the password again, then erases and disables
            browser.go(TestEnvironment.PORTAL + "/account/close");
            browser.find("#reauthenticate").click();
            browser.await(d -> browser.url().startsWith(TestEnvironment.KEYCLOAK) && browser.has("#password"));
            if (browser.find("#username").isDisplayed()
                    && browser.find("#username").isEnabled()) {
                browser.type("username", newEmail);
            }
            browser.type("password", PASSWORD);
            browser.find("#kc-login").click();
            browser.await(presenceOfElementLocated(By.id("close:closeButton")));
            browser.find("[id='close:closeButton']").click();
            browser.await(presenceOfElementLocated(By.cssSelector(".ui-messages-error")));
            assertThat(browser.pageText()).contains("Please tick the box");
            browser.find("[id='close:understood'] .ui-chkbox-box").click();
            browser.find("[id='close:closeButton']").click();
            browser.await(presenceOfElementLocated(By.id("closed-text")));

            KeycloakPage login = new PortalPage(browser).signIn();
            browser.type("username", newEmail);
            browser.type("password", PASSWORD);
            browser.find("#kc-login").click();
            browser.await(d -> browser.pageText().contains("disabled"));
            assertThat(login.isLoginForm()).isTrue();
        }
    }
}
