package org.clientela.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import org.clientela.it.browser.Browser;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/** The profile page in a browser: translated validation, nothing lost, stale tabs refused. */
@RunAsClient
class ProfileIT extends PortalBrowserTest {

    @Test
    void anInvalidPhoneGetsATranslatedMessageAndTheOtherFieldsKeepWhatWasTyped() {
        try (Browser browser = Browser.open()) {
            browser.signInAs("customer2").switchLanguage("bg");
            browser.go(TestEnvironment.PORTAL + "/account/profile");
            browser.await(presenceOfElementLocated(By.id("profile:phone")));

            browser.type("profile:phone", "12ab");
            browser.typeDate("profile:birth", "1985-04-12");
            browser.find("[id='profile:save']").click();
            browser.await(presenceOfElementLocated(By.cssSelector(".ui-message-error")));

            assertThat(browser.pageText()).contains("Моля, въведете номера в международен формат");
            assertThat(browser.find("[id='profile:phone']").getAttribute("value"))
                    .isEqualTo("12ab");
            assertThat(browser.find("[id='profile:birth_input']").getAttribute("value"))
                    .isEqualTo("1985-04-12");

            browser.type("profile:phone", "+359 888 123 456");
            browser.find("[id='profile:save']").click();
            browser.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
            assertThat(browser.pageText()).contains("Профилът ви е запазен.");
            assertThat(browser.find("[id='profile:phone']").getAttribute("value"))
                    .isEqualTo("+359888123456");
            assertThat(browser.find("[id='profile:birth_input']").getAttribute("value"))
                    .isEqualTo("1985-04-12");
        }
    }

    @Test
    void aSecondTabSavingAnOlderFormIsToldAndOverwritesNothing() {
        try (Browser browser = Browser.open()) {
            browser.signInAs("customer", "/account/profile");
            String firstTab = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            browser.go(TestEnvironment.PORTAL + "/account/profile");
            String secondTab = browser.driver().getWindowHandle();

            browser.driver().switchTo().window(firstTab);
            browser.type("profile:phone", "+380671112233");
            browser.find("[id='profile:save']").click();
            browser.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));

            browser.driver().switchTo().window(secondTab);
            browser.type("profile:phone", "+359889998877");
            browser.find("[id='profile:save']").click();
            browser.await(presenceOfElementLocated(By.cssSelector(".ui-messages-error")));
            assertThat(browser.pageText()).contains("Your profile was changed elsewhere");
            assertThat(browser.find("[id='profile:phone']").getAttribute("value"))
                    .isEqualTo("+359889998877");

            browser.go(TestEnvironment.PORTAL + "/account/profile");
            assertThat(browser.find("[id='profile:phone']").getAttribute("value"))
                    .isEqualTo("+380671112233");
        }
    }
}
