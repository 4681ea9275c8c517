package org.clientela.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlMatches;

import java.util.UUID;
import org.clientela.it.browser.Browser;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.browser.SessionClient;
import org.clientela.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The sales manager builds a segment of English speakers, previews it (the count shows), saves
 * it, downloads its CSV with the browser's session, and opens the dashboard, whose charts stand
 * over their tables. A customer meets 403 on the pages and on the export.
 */
@RunAsClient
class SegmentsBrowserIT extends PortalBrowserTest {

    @Test
    void theSalesManagerBuildsPreviewsSavesAndExportsASegment() {
        String name = "English speakers " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser sales = Browser.open()) {
            sales.signInAs("sales", "/staff/crm/segments");
            assertThat(sales.text("#page-title")).isEqualTo("Segments");
            sales.type("segment:name", name);
            // English is the first language of the list
            check(sales, "segment:languages:0");
            sales.type("segment:minSpend", "0");
            sales.find("[id='segment:preview']").click();
            sales.await(presenceOfElementLocated(By.id("member-count")));
            long count = Long.parseLong(sales.text("#member-count").strip());
            assertThat(count).isGreaterThanOrEqualTo(1); // the demo customers speak English
            assertThat(sales.driver().findElements(By.cssSelector("#members a.member-link")))
                    .hasSize((int) Math.min(count, Segments.PREVIEW_SIZE));
            assertThat(sales.find("#members a.member-link").getAttribute("href"))
                    .contains("/staff/customer?id=");

            sales.find("[id='segment:save']").click();
            sales.await(urlMatches(".*/staff/crm/segments\\?id=\\d+$"));
            assertThat(sales.pageText()).contains(name);
            String id = sales.url().replaceAll(".*id=", "");

            SessionClient.Answer csv = new SessionClient(sales).get("/staff/crm/segment.csv?id=" + id);
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.body()).contains("customer_id,name,email,language,stage,spend,last_activity");
            assertThat(csv.body().lines().count()).isGreaterThanOrEqualTo(count + 1);
            assertThat(new SessionClient(sales)
                            .get("/staff/crm/segment.csv?id=999999999")
                            .status())
                    .isEqualTo(404);

            // invalid criteria: a message in the user's language, the form kept
            sales.go(TestEnvironment.PORTAL + "/staff/crm/segments");
            sales.type("segment:minSpend", "10");
            sales.type("segment:maxSpend", "5");
            sales.find("[id='segment:preview']").click();
            sales.await(presenceOfElementLocated(By.cssSelector("#messages .ui-messages-error")));
            assertThat(sales.text("#messages")).contains("must not be more than");
            assertThat(sales.find("[id='segment:minSpend']").getAttribute("value"))
                    .isEqualTo("10");

            sales.go(TestEnvironment.PORTAL + "/staff/crm/dashboard");
            assertThat(sales.text("#page-title")).isEqualTo("CRM dashboard");
            assertThat(sales.has("#stages-panel canvas")).isTrue();
            assertThat(sales.text("#stages-table")).contains("Prospect").contains("Advocate");
            assertThat(sales.driver().findElements(By.cssSelector("#orders-table tbody tr")))
                    .hasSize(CrmDashboard.WEEKS);
            assertThat(sales.has("#unanswered")).isTrue();
            assertThat(sales.has("#ratings-table")).isTrue();
        }
    }

    @Test
    void aCustomerGets403() {
        try (Browser olena = Browser.open()) {
            olena.signInAs("customer");
            olena.go(TestEnvironment.PORTAL + "/staff/crm/segments");
            assertThat(olena.text("#page-title")).isEqualTo("Access denied");
            olena.go(TestEnvironment.PORTAL + "/staff/crm/dashboard");
            assertThat(olena.text("#page-title")).isEqualTo("Access denied");
            assertThat(new SessionClient(olena)
                            .get("/staff/crm/segment.csv?criteria=%7B%7D")
                            .status())
                    .isEqualTo(403);
        }
    }

    /** Ticks a PrimeFaces checkbox by its item id, as a click on its box does. */
    private static void check(Browser browser, String itemId) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].closest('.ui-chkbox').querySelector('.ui-chkbox-box').click();",
                        browser.find("[id='" + itemId + "']"));
    }
}
