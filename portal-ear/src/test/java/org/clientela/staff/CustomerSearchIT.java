package org.clientela.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import org.clientela.it.browser.Browser;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.browser.PortalPage;
import org.clientela.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Staff find customers; staff without the right role and customers get 403. */
@RunAsClient
class CustomerSearchIT extends PortalBrowserTest {

    @BeforeAll
    static void ivanHasSignedInOnce() {
        TestEnvironment.awaitKeycloak();
        try (Browser browser = Browser.open()) {
            browser.signInAs("customer2");
        }
    }

    @Test
    void aSalesManagerFindsACustomerAndOpensTheirRecord() {
        try (Browser browser = Browser.open()) {
            browser.signInAs("sales", "/staff/customers?q=petrov");
            browser.await(presenceOfElementLocated(By.id("results")));
            assertThat(browser.text("#results")).contains("Ivan Petrov").contains("customer2@clientela.test");

            browser.find("#results a.customer-link").click();
            browser.await(presenceOfElementLocated(By.id("customer-email")));
            assertThat(browser.text("#customer-email")).isEqualTo("customer2@clientela.test");
            assertThat(browser.text("[id$='timeline']")).contains("Registered");
        }
    }

    @Test
    void aSearchTermIsDataNotAPattern() {
        try (Browser browser = Browser.open()) {
            browser.signInAs("agent", "/staff/customers?q=%25");
            browser.await(presenceOfElementLocated(By.id("results")));
            assertThat(browser.text("#results")).contains("No customer matches.");
        }
    }

    @Test
    void anUnknownCustomerIdIsNotFound() {
        try (Browser browser = Browser.open()) {
            browser.signInAs("admin");
            browser.go(TestEnvironment.PORTAL + "/staff/customer?id=987654321");
            assertThat(new PortalPage(browser).heading()).isEqualTo("Page not found");
            browser.go(TestEnvironment.PORTAL + "/staff/customer?id=abc");
            assertThat(browser.pageText()).doesNotContain("Exception");
        }
    }

    @Test
    void aContentManagerAndACustomerAreRefused() {
        try (Browser browser = Browser.open()) {
            browser.signInAs("editor");
            browser.go(TestEnvironment.PORTAL + "/staff/customers?q=petrov");
            assertThat(new PortalPage(browser).heading()).isEqualTo("Access denied");
            assertThat(browser.pageText()).doesNotContain("customer2@clientela.test");
        }
        try (Browser browser = Browser.open()) {
            browser.signInAs("customer");
            browser.go(TestEnvironment.PORTAL + "/staff/customer?id=1");
            assertThat(new PortalPage(browser).heading()).isEqualTo("Access denied");
        }
    }
}
