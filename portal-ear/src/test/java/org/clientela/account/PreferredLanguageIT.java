package org.clientela.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import org.clientela.it.browser.Browser;
import org.clientela.it.browser.KeycloakPage;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A customer's preferred language follows them: signing in on a browser that has chosen no
 * language brings the portal up in it, and saving the profile says so in the language the next
 * page speaks. Ivan (customer2) prefers Bulgarian; neither test changes his profile.
 */
@RunAsClient
class PreferredLanguageIT extends PortalBrowserTest {

    @Test
    void signingInOnANewBrowserBringsThePortalUpInTheProfilesLanguage() {
        try (Browser ivan = Browser.open()) {
            ivan.go(TestEnvironment.PORTAL + "/account/");
            ivan.await(urlContains(TestEnvironment.KEYCLOAK));
            new KeycloakPage(ivan).signInAs("customer2", DEMO_PASSWORD);
            ivan.await(attributeToBe(By.tagName("html"), "lang", "bg"));
            assertThat(ivan.text("#nav-catalog")).isEqualTo("Каталог");

            // the next page too: the browser now remembers the choice
            ivan.go(TestEnvironment.PORTAL + "/catalog");
            assertThat(ivan.find("html").getAttribute("lang")).isEqualTo("bg");
        }
    }

    @Test
    void theProfileIsSavedInTheWordsOfTheLanguageJustChosen() {
        try (Browser ivan = Browser.open()) {
            // signed in having chosen English in the header: the page speaks English ...
            ivan.signInAs("customer2", "/account/profile");
            assertThat(ivan.find("html").getAttribute("lang")).isEqualTo("en");
            assertThat(ivan.text("[id='profile:language_label']")).isEqualTo("Bulgarian");

            // ... and saving Bulgarian as his language makes the next page, and its message, Bulgarian
            ivan.find("[id='profile:save']").click();
            ivan.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
            assertThat(ivan.find("html").getAttribute("lang")).isEqualTo("bg");
            assertThat(ivan.text(".ui-messages-info")).contains("Профилът ви е запазен.");
        }
    }
}
