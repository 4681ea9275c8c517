package org.clientela.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.it.browser.Browser;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.browser.SessionClient;
import org.clientela.it.browser.SessionClient.Answer;
import org.clientela.it.support.ErpApi;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.Tokens;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The customers' order API, from outside: a signed-in customer's session places an order with an
 * idempotency key (the same key again is the same order, the stock taken once), reads it back with
 * its steps; another customer reads nothing of it, orders and cancels nothing on her account; the
 * owner lists and cancels (the stock comes back, a shipped order stays); bad input is answered
 * field by field in the caller's language and leaves the stock as it was. Every error is an RFC
 * 9457 problem ({@code application/problem+json}).
 */
@RunAsClient
class CustomerOrdersApiIT extends PortalBrowserTest {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"(CL-\\d+)\"");
    private static final Pattern STOCK = Pattern.compile("\"stock\"\\s*:\\s*(\\d+)");

    private static final String ADDRESS = """
            {"recipient": "Olena Kovalenko", "street": "bul. Vitosha 1", "postalCode": "1000",
             "city": "Sofia", "country": "BG"}""";

    @Test
    void anOrderPlacedTwiceWithOneKeyIsOneOrderAndOnlyItsOwnerSeesIt() throws Exception {
        String sku = "API-" + System.nanoTime();
        ErpApi.categoryWithProduct(Tokens.erpConnector(), "api-orders", sku, "10.00", 5, "API Kettle");
        try (Browser olena = Browser.open();
                Browser ivan = Browser.open()) {
            SessionClient asOlena = signedIn(olena, "customer");
            SessionClient asIvan = signedIn(ivan, "customer2");
            String key = UUID.randomUUID().toString();
            // 2 × 12.00 gross plus 4.90 standard delivery
            String order = order(sku, 2, "28.90", "INVOICE", null);

            Answer placed = asOlena.postJson("/api/account/orders", order, "Idempotency-Key", key);
            assertThat(placed.status()).as(placed.body()).isEqualTo(201);
            long id = Long.parseLong(group(ID, placed.body()));
            String number = group(NUMBER, placed.body());

            Answer again = asOlena.postJson("/api/account/orders", order, "Idempotency-Key", key);
            assertThat(again.status()).as(again.body()).isEqualTo(200);
            assertThat(group(ID, again.body())).isEqualTo(Long.toString(id));
            assertThat(stock(sku)).isEqualTo(3);

            Answer read = asOlena.get("/api/account/orders/" + id);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.body())
                    .contains("\"number\":\"" + number + "\"")
                    .contains("\"sku\":\"" + sku + "\"")
                    .contains("\"quantity\":2")
                    .contains("\"status\":\"PLACED\"")
                    .contains("\"channel\":\"API\"");
            assertThat(asOlena.get("/account/order?id=" + id).body()).contains(number);

            Answer peek = asIvan.get("/api/account/orders/" + id);
            assertThat(peek.status()).isEqualTo(403);
            assertProblem(peek, "about:blank", 403);
            assertThat(peek.body()).doesNotContain(sku).doesNotContain("Vitosha");
            long olenaId =
                    Long.parseLong(group(ID, asOlena.get("/api/account/me").body()));
            Answer forOlena = asIvan.postJson(
                    "/api/account/orders",
                    order.replaceFirst("\\{", "{\"account\": " + olenaId + ", "),
                    "Idempotency-Key",
                    UUID.randomUUID().toString());
            assertThat(forOlena.status()).as(forOlena.body()).isEqualTo(403);
            assertThat(stock(sku)).isEqualTo(3);
        }

        HttpResponse<String> anonymous = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(TestEnvironment.PORTAL + "/api/account/orders"))
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/json")
                                .header("Idempotency-Key", UUID.randomUUID().toString())
                                .POST(HttpRequest.BodyPublishers.ofString(order(sku, 1, "16.90", "INVOICE", null)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(stock(sku)).isEqualTo(3);
    }

    @Test
    void badOrdersAreExplainedFieldByFieldInTheCallersLanguageAndTakeNothing() throws Exception {
        String sku = "APIBAD-" + System.nanoTime();
        ErpApi.categoryWithProduct(Tokens.erpConnector(), "api-orders", sku, "10.00", 3, "API Toaster");
        try (Browser ivan = Browser.open()) {
            SessionClient client = signedIn(ivan, "customer2");

            Answer fields = client.postJson(
                    "/api/account/orders",
                    """
                    {"lines": [{"sku": "%s", "quantity": 0}, {"sku": "%s", "quantity": 1000}],
                     "expectedTotal": 16.90, "delivery": "STANDARD", "payment": "INVOICE",
                     "shipping": {"recipient": "Ivan Petrov", "street": "ul. Shipka 2", "postalCode": "1000",
                                  "country": "BG"}}""".formatted(sku, sku),
                    "Idempotency-Key",
                    UUID.randomUUID().toString(),
                    "Accept-Language",
                    "bg");
            assertThat(fields.status()).isEqualTo(400);
            assertProblem(fields, "urn:clientela:problem:invalid", 400);
            assertThat(fields.body())
                    .contains("\"title\":\"Някои полета не са наред; нищо не е променено.\"")
                    .contains("\"field\":\"lines[0].quantity\"")
                    .contains("\"field\":\"lines[1].quantity\"")
                    .contains("\"field\":\"shipping.city\"")
                    .contains("Количеството трябва да е цяло число от 1 до 99")
                    .contains("Моля, попълнете това поле.")
                    .doesNotContain("Exception");

            Answer empty = placeWithNewKey(
                    client,
                    "{\"lines\": [], \"expectedTotal\": 1, \"delivery\": \"STANDARD\", \"payment\": \"INVOICE\"}");
            assertThat(empty.status()).isEqualTo(400);
            assertProblem(empty, "urn:clientela:problem:invalid", 400);
            assertThat(empty.body())
                    .contains("\"field\":\"lines\"")
                    .contains("\"field\":\"shipping\"")
                    .contains("Send at least one line");

            Answer noKey = client.postJson("/api/account/orders", order(sku, 1, "16.90", "INVOICE", null));
            assertThat(noKey.status()).isEqualTo(400);
            assertProblem(noKey, "urn:clientela:problem:invalid", 400);
            assertThat(noKey.body()).contains("\"field\":\"Idempotency-Key\"");

            Answer unknown = placeWithNewKey(client, order("NO-SUCH-" + sku, 1, "16.90", "INVOICE", null));
            assertThat(unknown.status()).isEqualTo(409);
            assertProblem(unknown, "urn:clientela:problem:product-gone", 409);
            assertThat(unknown.body()).contains("\"field\":\"lines[0]\"");

            Answer tooMany = placeWithNewKey(client, order(sku, 4, "52.90", "INVOICE", null));
            assertThat(tooMany.status()).isEqualTo(409);
            assertProblem(tooMany, "urn:clientela:problem:not-enough-stock", 409);
            assertThat(tooMany.body()).contains("\"available\":3");

            Answer oldPrice = placeWithNewKey(client, order(sku, 1, "15.90", "INVOICE", null));
            assertThat(oldPrice.status()).isEqualTo(409);
            assertProblem(oldPrice, "urn:clientela:problem:price-changed", 409);

            Answer declined = placeWithNewKey(client, order(sku, 1, "16.90", "CARD", TestCardPayment.DECLINED_CARD));
            assertThat(declined.status()).isEqualTo(422);
            assertProblem(declined, "urn:clientela:problem:card-declined", 422);
            assertThat(declined.body()).contains("Your card was declined");

            Answer malformed = placeWithNewKey(client, "{\"lines\": [{\"sku\": ");
            assertThat(malformed.status()).isEqualTo(400);
            assertProblem(malformed, "urn:clientela:problem:malformed-request", 400);
            assertThat(malformed.body()).doesNotContain("Exception");

            assertThat(stock(sku)).isEqualTo(3);
            Answer fine = placeWithNewKey(client, order(sku, 3, "40.90", "CARD", "4242424242424242"));
            assertThat(fine.status()).as(fine.body()).isEqualTo(201);
            assertThat(stock(sku)).isZero();
        }
    }

    @Test
    void ordersAreListedAndCancelledByTheirOwnerOnlyAndAShippedOneStays() throws Exception {
        String sku = "APICANCEL-" + System.nanoTime();
        ErpApi.categoryWithProduct(Tokens.erpConnector(), "api-orders", sku, "10.00", 6, "API Teapot");
        try (Browser olena = Browser.open();
                Browser ivan = Browser.open()) {
            SessionClient asOlena = signedIn(olena, "customer");
            SessionClient asIvan = signedIn(ivan, "customer2");
            Answer first = placeWithNewKey(asOlena, order(sku, 2, "28.90", "INVOICE", null));
            Answer second = placeWithNewKey(asOlena, order(sku, 1, "16.90", "INVOICE", null));
            assertThat(second.status()).as(second.body()).isEqualTo(201);
            long id = Long.parseLong(group(ID, first.body()));
            String number = group(NUMBER, first.body());
            long shippedId = Long.parseLong(group(ID, second.body()));
            String shippedNumber = group(NUMBER, second.body());
            assertThat(stock(sku)).isEqualTo(3);

            Answer list = asOlena.get("/api/account/orders?q=" + sku);
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.body())
                    .contains("\"number\":\"" + number + "\"")
                    .contains("\"number\":\"" + shippedNumber + "\"")
                    .contains("\"status\":\"PLACED\"")
                    .contains("\"page\":\"/account/order?id=" + id + "\"");
            assertThat(asOlena.get("/api/account/orders?status=shipped&q=" + sku)
                            .body())
                    .isEqualTo("[]");
            assertThat(asIvan.get("/api/account/orders?q=" + sku).body()).isEqualTo("[]");
            Answer badStatus = asOlena.get("/api/account/orders?status=lost");
            assertThat(badStatus.status()).isEqualTo(400);
            assertProblem(badStatus, "urn:clientela:problem:invalid", 400);
            assertThat(badStatus.body()).contains("\"field\":\"status\"").contains("DELIVERED");

            Answer notHers = asIvan.postJson("/api/account/orders/" + id + "/cancel", "");
            assertThat(notHers.status()).isEqualTo(403);
            assertProblem(notHers, "about:blank", 403);
            assertThat(stock(sku)).isEqualTo(3);

            Answer cancelled = asOlena.postJson("/api/account/orders/" + id + "/cancel", "");
            assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
            assertThat(cancelled.body()).contains("\"changed\":true");
            assertThat(stock(sku)).as("the goods are back").isEqualTo(5);
            Answer again = asOlena.postJson("/api/account/orders/" + id + "/cancel", "");
            assertThat(again.body()).contains("\"changed\":false");
            assertThat(stock(sku)).isEqualTo(5);
            assertThat(asOlena.get("/api/account/orders/" + id).body())
                    .contains("\"status\":\"CANCELLED\"")
                    .contains("\"channel\":\"API\"");

            HttpResponse<String> confirmed = ErpApi.post(
                    "/api/store/orders/" + shippedNumber + "/status",
                    Tokens.erpConnector(),
                    "{\"status\": \"CONFIRMED\"}");
            assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
            HttpResponse<String> shipped = ErpApi.post(
                    "/api/store/orders/" + shippedNumber + "/status",
                    Tokens.erpConnector(),
                    "{\"status\": \"SHIPPED\", \"carrier\": \"DHL\", \"trackingNumber\": \"JD0001\"}");
            assertThat(shipped.statusCode()).as(shipped.body()).isEqualTo(200);
            Answer tooLate =
                    asOlena.postJson("/api/account/orders/" + shippedId + "/cancel", "", "Accept-Language", "bg");
            assertThat(tooLate.status()).isEqualTo(409);
            assertProblem(tooLate, "urn:clientela:problem:illegal-transition", 409);
            assertThat(tooLate.body())
                    .contains("вече не може да бъде отказана")
                    .contains(shippedNumber)
                    .contains("\"from\":\"SHIPPED\"");
            assertThat(stock(sku)).isEqualTo(5);

            Answer unknown = asOlena.get("/api/account/orders/" + Long.MAX_VALUE / 2);
            assertThat(unknown.status()).isEqualTo(404);
            assertProblem(unknown, "about:blank", 404);
            assertThat(unknown.body())
                    .contains("\"detail\":\"No order has this number.\"")
                    .doesNotContain("Exception");
        }
    }

    /** An RFC 9457 problem of this type and status. */
    private static void assertProblem(Answer answer, String type, int status) {
        assertThat(answer.contentType()).as(answer.body()).startsWith("application/problem+json");
        assertThat(answer.body())
                .contains("\"type\":\"" + type + "\"")
                .contains("\"status\":" + status)
                .contains("\"title\":");
    }

    /** The browser's session, signed in through Keycloak's login page, for calls of the API. */
    private static SessionClient signedIn(Browser browser, String user) {
        browser.signInAs(user);
        return new SessionClient(browser);
    }

    private static Answer placeWithNewKey(SessionClient client, String json) {
        return client.postJson(
                "/api/account/orders",
                json,
                "Idempotency-Key",
                UUID.randomUUID().toString(),
                "Accept-Language",
                "en");
    }

    private static String order(String sku, int quantity, String total, String payment, String card) {
        return """
                {"lines": [{"sku": "%s", "quantity": %d}], "expectedTotal": %s,
                 "delivery": "STANDARD", "payment": "%s", %s"shipping": %s}""".formatted(
                sku, quantity, total, payment, card == null ? "" : "\"cardNumber\": \"" + card + "\", ", ADDRESS);
    }

    private static int stock(String sku) throws Exception {
        HttpResponse<String> product = ErpApi.get("/api/store/products/" + sku, Tokens.erpConnector());
        assertThat(product.statusCode()).isEqualTo(200);
        return Integer.parseInt(group(STOCK, product.body()));
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(pattern + " in " + text).isTrue();
        return matcher.group(1);
    }
}
