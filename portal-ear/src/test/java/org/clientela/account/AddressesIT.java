package org.clientela.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import org.clientela.it.browser.Browser;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The address book in a browser, in Ukrainian. */
@RunAsClient
class AddressesIT extends PortalBrowserTest {

    @Test
    void aCustomerAddsAnAddressAfterBeingToldWhatIsMissing() {
        try (Browser browser = Browser.open()) {
            browser.signInAs("customer").switchLanguage("uk");
            browser.go(TestEnvironment.PORTAL + "/account/addresses");
            browser.await(presenceOfElementLocated(By.id("newAddress:recipient")));

            browser.type("newAddress:label", "<script>alert(1)</script>");
            browser.type("newAddress:recipient", "Олена Коваленко");
            browser.type("newAddress:street", "вул. Хрещатик, 1");
            browser.type("newAddress:postalCode", "01001");
            browser.find("[id='newAddress:add']").click();
            browser.await(presenceOfElementLocated(By.cssSelector(".ui-message-error")));

            // the city and the country are missing: said in Ukrainian, the rest kept
            assertThat(browser.pageText()).contains("Будь ласка, заповніть це поле.");
            assertThat(browser.find("[id='newAddress:street']").getAttribute("value"))
                    .isEqualTo("вул. Хрещатик, 1");

            browser.type("newAddress:city", "Київ");
            // the helper that retries a click the scrolled page intercepts
            browser.choose("newAddress:country", "Україна");
            browser.find("[id='newAddress:add']").click();
            browser.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));

            String book = browser.text("[id='book:addresses']");
            assertThat(book)
                    .contains("<script>alert(1)</script>")
                    .contains("вул. Хрещатик, 1")
                    .contains("01001 Київ")
                    .contains("Україна")
                    .contains("Основна для доставки")
                    .contains("Основна для рахунків");
        }
    }
}
