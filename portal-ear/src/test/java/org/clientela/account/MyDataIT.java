package org.clientela.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.clientela.it.browser.Browser;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** "Download my data" as a customer does it, and what a stranger gets. */
@RunAsClient
class MyDataIT extends PortalBrowserTest {

    @Test
    void aCustomerReadsAndDownloadsEverythingHeldAboutThem() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.signInAs("customer2", "/account/my-data");
            browser.await(presenceOfElementLocated(By.id("my-data")));
            assertThat(browser.text("#my-data"))
                    .contains("customer2@clientela.test")
                    .contains("REGISTERED");
            assertThat(browser.find("#download-my-data").getAttribute("href")).endsWith("/account/my-data.json");

            // the file itself, fetched with this browser's session
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            HttpResponse<String> download = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(TestEnvironment.PORTAL + "/account/my-data.json"))
                                    .header("Cookie", "JSESSIONID=" + session.getValue())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                    .startsWith("attachment; filename=\"clientela-my-data-");
            assertThat(download.body())
                    .contains("\"email\": \"customer2@clientela.test\"")
                    .contains("\"interactions\"")
                    .contains("\"mails\"")
                    .doesNotContain("customer@clientela.test");
        }
    }

    @Test
    void withoutASessionThereIsNothingToDownload() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(TestEnvironment.PORTAL + "/account/my-data.json"))
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("@clientela.test");
    }
}
