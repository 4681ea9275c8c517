package org.clientela.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clientela.it.browser.Browser;
import org.clientela.it.browser.KeycloakPage;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.browser.SessionClient;
import org.clientela.it.support.ErpApi;
import org.clientela.it.support.SentMail;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.Tokens;
import org.clientela.it.support.incontainer.Eventually;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Buying in a browser: the cart goes to checkout, which asks for the sign-in and keeps the cart;
 * a missing address and a declined card are told and change nothing; the test card places the
 * order, the confirmation mail arrives, and the order page shows its timeline. The ERP reads the
 * order, moves it along (repeating a call changes nothing, a skipped step is refused), and the
 * customer then sees the tracking link. Another customer meets 403 at the same address.
 */
@RunAsClient
class CheckoutIT extends PortalBrowserTest {

    private static final String OLENA = "customer@clientela.test";

    @Test
    void aCustomerPaysByTestCardAndFollowsTheOrderToTheParcel() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 6);
        String sku = "KTL-" + key.toUpperCase();
        String erp = Tokens.erpConnector();
        Instant before = Instant.now();
        ErpApi.categoryWithProduct(erp, "kettles-" + key, sku, "50.00", 5, "Kettle " + key);

        String number;
        long orderId;
        try (Browser olena = Browser.open()) {
            olena.go(TestEnvironment.PORTAL + "/product/" + sku);
            olena.type("addToCart:quantity", "2");
            olena.find("[id='addToCart:add']").click();
            olena.await(textToBePresentInElementLocated(By.id("addToCart:messages"), "added to your cart"));
            olena.go(TestEnvironment.PORTAL + "/cart");
            olena.find("#checkout").click();
            new KeycloakPage(olena).signInAs("customer", DEMO_PASSWORD);
            olena.await(textToBePresentInElementLocated(By.id("page-title"), "Checkout"));
            assertThat(olena.text(".checkout-line[data-sku='" + sku + "']"))
                    .as("the cart survived the sign-in")
                    .contains("Kettle " + key)
                    .contains("€120.00");
            assertThat(olena.text("[id='checkout:total']")).endsWith("€124.90");

            // a new address's fields show only while it is chosen; so does the card number
            String shipTo = olena.find("input[name='checkout:shipTo']:checked").getAttribute("value");
            assertThat(olena.find("#ship-new").isDisplayed())
                    .as("a new shipping address's fields while it is chosen (" + shipTo + ")")
                    .isEqualTo(shipTo.equals("0"));
            assertThat(olena.find("#bill-new").isDisplayed())
                    .as("billing as shipping")
                    .isFalse();
            assertThat(olena.find("#card-number").isDisplayed())
                    .as("invoice by default")
                    .isFalse();
            radio(olena, "checkout:billTo", "A new address (for this order)").click();
            olena.await(visibilityOfElementLocated(By.id("bill-new")));
            radio(olena, "checkout:billTo", "The shipping address").click();
            olena.await(invisibilityOfElementLocated(By.id("bill-new")));

            // a new address left empty: each field says what it needs
            radio(olena, "checkout:shipTo", "A new address (for this order)").click();
            olena.await(visibilityOfElementLocated(By.id("ship-new")));
            olena.find("[id='checkout:place']").click();
            olena.await(presenceOfElementLocated(
                    By.cssSelector("[id='checkout:shipRecipient'] + .ui-message-error, .ui-message-error")));
            assertThat(olena.pageText()).contains("Please fill this in.");

            olena.type("checkout:shipRecipient", "Olena Kovalenko");
            olena.type("checkout:shipStreet", "vul. Khreshchatyk 1");
            olena.type("checkout:shipPostalCode", "01001");
            olena.type("checkout:shipCity", "Kyiv");
            olena.choose("checkout:shipCountry", "Ukraine");
            radio(olena, "checkout:payment", "Card").click();
            olena.type("checkout:card", "4000 0000 0000 0002");
            olena.find("[id='checkout:place']").click();
            olena.await(textToBePresentInElementLocated(By.id("checkout:messages"), "Your card was declined."));
            assertThat(olena.text("#cart-count")).as("the cart is as it was").isEqualTo("2");

            olena.type("checkout:card", "4242 4242 4242 4242");
            olena.find("[id='checkout:place']").click();
            olena.await(presenceOfElementLocated(By.id("order-timeline")));
            assertThat(olena.text("#messages")).contains("Thank you!");
            number = olena.text("#page-title").replace("Order ", "");
            orderId = Long.parseLong(olena.url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            assertThat(olena.text("#order-status"))
                    .as("the approved card paid for it")
                    .isEqualTo("Paid");
            assertThat(olena.has("#order-paid-at")).as("and says when").isTrue();
            assertThat(olena.text("#order-total")).isEqualTo("€124.90");
            assertThat(olena.text("#order-payment")).isEqualTo("Card •••• 4242");
            assertThat(olena.text("#order-shipping"))
                    .contains("Olena Kovalenko")
                    .contains("Ukraine");
            assertThat(olena.text("#cart-count"))
                    .as("what was ordered left the cart")
                    .isEqualTo("0");
        }
        assertThat(number).matches("CL-\\d{6,}");
        String mail = Eventually.await(
                "the order confirmation",
                Duration.ofSeconds(30),
                () -> SentMail.newestLink(OLENA, Pattern.compile("(order " + number + "\\. [^\\n]*)")));
        assertThat(mail).contains("We have received it");

        // the ERP reads the order and moves it along
        HttpResponse<String> changes = ErpApi.get("/api/store/orders?since=" + before, erp);
        assertThat(changes.statusCode()).isEqualTo(200);
        assertThat(changes.body()).contains("\"number\":\"" + number + "\"").contains("\"sku\":\"" + sku + "\"");
        assertThat(status(number, erp, "{\"status\": \"PAID\"}").body())
                .as("paid at checkout already")
                .contains("\"changed\":false");
        assertThat(status(number, erp, "{\"status\": \"CONFIRMED\"}").statusCode())
                .as("a paid order goes on to shipping, not back")
                .isEqualTo(409);
        HttpResponse<String> noCarrier = status(number, erp, "{\"status\": \"SHIPPED\", \"trackingNumber\": \"NP1\"}");
        assertThat(noCarrier.statusCode()).isEqualTo(400);
        StoreCatalogApiIT.assertProblem(noCarrier, "urn:clientela:problem:invalid", 400);
        assertThat(noCarrier.body()).contains("\"field\":\"shipment.carrier\"");
        HttpResponse<String> placedAgain = status(number, erp, "{\"status\": \"PLACED\"}");
        StoreCatalogApiIT.assertProblem(placedAgain, "urn:clientela:problem:invalid", 400);
        assertThat(placedAgain.body()).contains("\"field\":\"status\"");
        assertThat(status(number, erp, "{\"status\": \"SHIPPED\"").statusCode())
                .as("malformed JSON")
                .isEqualTo(400);
        HttpResponse<String> unknown = status("CL-999999999", erp, "{\"status\": \"PAID\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        StoreCatalogApiIT.assertProblem(unknown, "about:blank", 404);
        String tracking = "https://tracking.example/NP" + key;
        assertThat(status(
                                number,
                                erp,
                                "{\"status\": \"SHIPPED\", \"carrier\": \"Nova Poshta\", \"trackingNumber\": \"NP%s\","
                                                .formatted(key)
                                        + " \"trackingUrl\": \"" + tracking + "\"}")
                        .body())
                .contains("\"changed\":true");
        assertThat(status(number, null, "{\"status\": \"DELIVERED\"}").statusCode())
                .isEqualTo(401);
        assertThat(status(number, Tokens.portalServiceAccount(), "{\"status\": \"DELIVERED\"}")
                        .statusCode())
                .isEqualTo(403);

        // the sales manager finds it in the back office, marks it delivered and exports the list
        try (Browser sales = Browser.open()) {
            sales.signInAs("sales", "/staff/orders?status=SHIPPED&customer=customer%40clientela.test");
            sales.find("a.order-link[href$='id=" + orderId + "']").click();
            sales.await(presenceOfElementLocated(By.id("move:target")));
            // the order as the customer's page shows it, with what the back office needs besides
            assertThat(sales.text("#order-customer")).contains("customer@clientela.test");
            assertThat(sales.text("#order-lines")).contains(sku);
            assertThat(sales.text("#order-payment")).isEqualTo("Card •••• 4242");
            assertThat(sales.text("#order-shipping")).contains("Olena Kovalenko");
            assertThat(sales.driver().findElements(By.cssSelector("#order-timeline .timeline-status")))
                    .extracting(WebElement::getText)
                    .containsExactly("Placed", "Paid", "Shipped");
            sales.choose("move:target", "Delivered");
            sales.find("[id='move:apply']").click();
            sales.await(textToBePresentInElementLocated(By.id("order-status"), "Delivered"));
            SessionClient.Answer csv =
                    new SessionClient(sales).get("/staff/orders.csv?customer=customer%40clientela.test");
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.body()).contains(number + ",").contains(",DELIVERED,");
        }

        try (Browser olena = Browser.open()) {
            olena.signInAs("customer", "/account/orders");
            olena.find("a.order-link[href$='id=" + orderId + "']").click();
            olena.await(presenceOfElementLocated(By.id("tracking-link")));
            assertThat(olena.find("#tracking-link").getAttribute("href")).isEqualTo(tracking);
            assertThat(olena.text("#order-status")).isEqualTo("Delivered");
            assertThat(olena.driver().findElements(By.cssSelector("#order-timeline .timeline-status")))
                    .extracting(WebElement::getText)
                    .containsExactly("Placed", "Paid", "Shipped", "Delivered");
            assertThat(olena.has("[id='actions:return']")).isTrue();
            assertThat(olena.has("[id='actions:cancel']"))
                    .as("too late to cancel")
                    .isFalse();
        }
        try (Browser ivan = Browser.open()) {
            ivan.signInAs("customer2");
            ivan.go(TestEnvironment.PORTAL + "/account/order?id=" + orderId);
            assertThat(ivan.text("#page-title")).isEqualTo("Access denied");
            ivan.go(TestEnvironment.PORTAL + "/account/invoice?id=" + orderId);
            assertThat(ivan.text("#page-title")).isEqualTo("Access denied");
            ivan.go(TestEnvironment.PORTAL + "/account/order?id=999999999");
            assertThat(ivan.text("#page-title")).isEqualTo("Page not found");
            ivan.go(TestEnvironment.PORTAL + "/staff/orders");
            assertThat(ivan.text("#page-title")).isEqualTo("Access denied");
        }
    }

    @Test
    void aCustomerCancelsBeforeShippingAndOrdersTheSameAgain() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 6);
        String sku = "TST-" + key.toUpperCase();
        String erp = Tokens.erpConnector();
        ErpApi.categoryWithProduct(erp, "toasters-" + key, sku, "10.00", 3, "Toaster " + key);

        try (Browser olena = Browser.open()) {
            olena.signInAs("customer", "/product/" + sku);
            olena.type("addToCart:quantity", "2");
            olena.find("[id='addToCart:add']").click();
            olena.await(textToBePresentInElementLocated(By.id("addToCart:messages"), "added to your cart"));
            olena.go(TestEnvironment.PORTAL + "/account/checkout");
            radio(olena, "checkout:shipTo", "A new address (for this order)").click();
            olena.type("checkout:shipRecipient", "Olena Kovalenko");
            olena.type("checkout:shipStreet", "ul. Vitosha 1");
            olena.type("checkout:shipPostalCode", "1000");
            olena.type("checkout:shipCity", "Sofia");
            olena.choose("checkout:shipCountry", "Bulgaria");
            olena.find("[id='checkout:place']").click();
            olena.await(presenceOfElementLocated(By.id("order-timeline")));
            assertThat(olena.text("#order-payment")).isEqualTo("Invoice / pay on delivery");
            assertThat(stockOf(sku, erp)).isEqualTo(1);

            olena.find("[id='actions:cancel']").click();
            olena.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
            olena.find(".ui-confirmdialog-yes").click();
            olena.await(textToBePresentInElementLocated(By.id("order-status"), "Cancelled"));
            assertThat(olena.text("#messages")).contains("The order is cancelled.");
            assertThat(stockOf(sku, erp)).as("the goods are back on sale").isEqualTo(3);
            assertThat(olena.has("[id='actions:cancel']")).isFalse();

            olena.find("[id='actions:again']").click();
            olena.await(presenceOfElementLocated(By.cssSelector(".cart-line[data-sku='" + sku + "']")));
            assertThat(olena.find(".cart-line[data-sku='" + sku + "'] input[type='text']")
                            .getAttribute("value"))
                    .isEqualTo("2");
            olena.find(".cart-line[data-sku='" + sku + "'] button").click();
            olena.await(ExpectedConditions.invisibilityOfElementLocated(
                    By.cssSelector(".cart-line[data-sku='" + sku + "']")));
        }
    }

    private static int stockOf(String sku, String token) throws Exception {
        String body = ErpApi.get("/api/store/products/" + sku, token).body();
        return Integer.parseInt(body.replaceAll(".*\"stock\":(\\d+).*", "$1"));
    }

    private static HttpResponse<String> status(String number, String token, String json) throws Exception {
        return ErpApi.post("/api/store/orders/" + number + "/status", token, json);
    }

    /** The label of a PrimeFaces radio choice, which is what a person clicks. */
    private static WebElement radio(Browser browser, String id, String label) {
        return browser.driver().findElements(By.cssSelector("[id='" + id + "'] label")).stream()
                .filter(l -> l.getText().strip().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no choice " + label + " in " + id));
    }
}
