package org.clientela.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.clientela.it.browser.Browser;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.browser.SessionClient;
import org.clientela.it.browser.SessionClient.Answer;
import org.clientela.it.support.ErpApi;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.Tokens;
import org.clientela.it.support.incontainer.Eventually;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The public page cache while customers order: an order makes old only the page of the product
 * it took from; the other products' pages and the search pages stay kept, until a product runs
 * out, which the search shows.
 */
@RunAsClient
class PageCacheUnderOrdersIT extends PortalBrowserTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anOrderMakesOldOnlyThePageOfWhatItTook() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 8);
        String taken = "PCO-A" + key.toUpperCase();
        String other = "PCO-B" + key.toUpperCase();
        String erp = Tokens.erpConnector();
        ErpApi.categoryWithProduct(erp, "cached-orders-" + key, taken, "10.00", 2, "Vase" + key + " one");
        ErpApi.categoryWithProduct(erp, "cached-orders-" + key, other, "10.00", 5, "Vase" + key + " two");
        String search = "/catalog?q=Vase" + key;
        for (String page : new String[] {"/product/" + taken, "/product/" + other, search}) {
            Eventually.await("a kept " + page, Duration.ofSeconds(20), () -> kept(get(page)));
        }

        try (Browser ivan = Browser.open()) {
            ivan.signInAs("customer2");
            SessionClient client = new SessionClient(ivan);
            order(client, taken);

            HttpResponse<String> takenPage = get("/product/" + taken);
            assertThat(cache(takenPage))
                    .as("the page of what was taken is rendered again")
                    .isEqualTo("miss");
            assertThat(takenPage.body()).contains("In stock");
            assertThat(cache(get("/product/" + other)))
                    .as("another product's page")
                    .isEqualTo("hit");
            assertThat(cache(get(search)))
                    .as("the search: both still in stock, nothing it shows moved")
                    .isEqualTo("hit");

            order(client, taken); // the last one
            assertThat(get("/product/" + taken).body()).contains("Out of stock");
            HttpResponse<String> soldOut =
                    Eventually.await("the search showing the product sold out", Duration.ofSeconds(20), () -> {
                        HttpResponse<String> answer = get(search);
                        return answer.body().contains("Out of stock") ? answer : null;
                    });
            assertThat(soldOut.body()).contains("Vase" + key + " one", "Vase" + key + " two", "In stock");
        }
    }

    private static void order(SessionClient client, String sku) {
        Answer placed = client.postJson(
                "/api/account/orders",
                """
                {"lines": [{"sku": "%s", "quantity": 1}], "expectedTotal": 16.90, "delivery": "STANDARD",
                 "payment": "INVOICE", "shipping": {"recipient": "Ivan Petrov", "street": "ul. Shipka 2",
                 "postalCode": "1000", "city": "Sofia", "country": "BG"}}""".formatted(sku),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
    }

    private static HttpResponse<String> kept(HttpResponse<String> response) {
        return "hit".equals(cache(response)) ? response : null;
    }

    private static String cache(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().firstValue("X-Clientela-Cache").orElse("none");
    }

    private static HttpResponse<String> get(String path) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(TestEnvironment.PORTAL + path))
                            .header("Accept", "text/html")
                            .header("Accept-Language", "en")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("GET " + path, e);
        }
    }
}
