package org.clientela.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.it.browser.Browser;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.browser.SessionClient;
import org.clientela.it.browser.SessionClient.Answer;
import org.clientela.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The IDOR sweep: a second customer, signed in and without any grant, tries every account URL and
 * API with the first customer's ids. Each answer is 403 (or 404), and none carries her data. The
 * same requests with her own session succeed, so the sweep can tell the difference.
 */
@RunAsClient
class AccountIdorIT extends PortalBrowserTest {

    static final String OLENA_EMAIL = "customer@clientela.test";
    static final String STREET = "Idor Street 7";

    @Test
    void aCustomerWithoutAGrantGetsNothingOfAnotherCustomersAccount() {
        try (Browser olena = Browser.open();
                Browser ivan = Browser.open()) {
            olena.signInAs("customer");
            addAddress(olena);
            ivan.signInAs("customer2");
            SessionClient asOlena = new SessionClient(olena);
            SessionClient asIvan = new SessionClient(ivan);

            long olenaId = idIn(asOlena.get("/api/account/me"));
            List<String> apis = List.of(
                    "/api/accounts/" + olenaId + "/profile",
                    "/api/accounts/" + olenaId + "/addresses",
                    "/api/accounts/" + olenaId + "/grants");
            for (String api : apis) {
                Answer own = asOlena.get(api);
                assertThat(own.status()).as("Olena on " + api).isEqualTo(200);
                Answer other = asIvan.get(api);
                assertThat(other.status()).as("Ivan on " + api).isEqualTo(403);
                assertThat(other.body()).doesNotContain(OLENA_EMAIL).doesNotContain(STREET);
            }
            assertThat(asOlena.get("/api/accounts/" + olenaId + "/addresses").body())
                    .contains(STREET);
            // ids that lead nowhere look exactly like ids of others
            assertThat(asIvan.get("/api/accounts/999999999/profile").status()).isEqualTo(403);

            // the header's switch, the staff page and the downloads
            assertThat(asIvan.postForm("/account/act-for", "account=" + olenaId).status())
                    .isEqualTo(403);
            assertThat(asIvan.get("/staff/customer?id=" + olenaId).status()).isEqualTo(403);
            Answer ivansData = asIvan.get("/account/my-data.json");
            assertThat(ivansData.status()).isEqualTo(200);
            assertThat(ivansData.body()).contains("customer2@clientela.test").doesNotContain(OLENA_EMAIL);
            assertThat(asIvan.get("/api/account/me").body()).doesNotContain(OLENA_EMAIL);

            // and the pages, which take the account from the session, show Ivan his own
            for (String page :
                    List.of("/account/profile", "/account/addresses", "/account/access", "/account/my-data")) {
                Answer answer = asIvan.get(page);
                assertThat(answer.status()).as(page).isEqualTo(200);
                assertThat(answer.body()).as(page).doesNotContain(OLENA_EMAIL).doesNotContain(STREET);
            }
        }
    }

    private static void addAddress(Browser browser) {
        browser.go(TestEnvironment.PORTAL + "/account/addresses");
        browser.await(presenceOfElementLocated(By.id("newAddress:recipient")));
        browser.type("newAddress:recipient", "Olena Kovalenko");
        browser.type("newAddress:street", STREET);
        browser.type("newAddress:postalCode", "1000");
        browser.type("newAddress:city", "Sofia");
        // the helper that retries a click the scrolled page intercepts
        browser.choose("newAddress:country", "Bulgaria");
        browser.find("[id='newAddress:add']").click();
        browser.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
    }

    private static long idIn(Answer me) {
        assertThat(me.status()).isEqualTo(200);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(me.body());
        assertThat(id.find()).as(me.body()).isTrue();
        return Long.parseLong(id.group(1));
    }
}
