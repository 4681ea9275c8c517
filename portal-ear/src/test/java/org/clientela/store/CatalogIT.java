package org.clientela.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.clientela.it.browser.Browser;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.browser.PortalPage;
import org.clientela.it.support.ErpApi;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.Tokens;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * What the ERP puts into the catalog, a visitor finds in a browser: the category's page lists
 * it, the product page shows it in the visitor's language with the gross price; addresses that
 * lead nowhere are 404. The cart takes what the stock allows, refuses the rest with a message,
 * and prices and checks its lines afresh at every look; signed in, it is kept for the customer
 * and waits on any device. A visitor searches with words, narrows down by brand and order, and
 * the address says it all, so it can be shared.
 */
@RunAsClient
class CatalogIT extends PortalBrowserTest {

    @Test
    void aProductFromTheErpIsBrowsedInTheVisitorsLanguage() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 6);
        String sku = "PJ-" + key.toUpperCase();
        String erp = Tokens.erpConnector();
        assertThat(ErpApi.put("/api/store/categories", erp, """
                        [{"slug": "gadgets-%1$s", "names": {"en": "Gadgets %1$s", "bg": "Джаджи %1$s"}},
                         {"slug": "projectors-%1$s", "parent": "gadgets-%1$s",
                          "names": {"en": "Projectors %1$s", "bg": "Проектори %1$s"}}]
                        """.formatted(key)).statusCode())
                .isEqualTo(200);
        assertThat(ErpApi.put("/api/store/products", erp, """
                        [{"sku": "%2$s", "category": "projectors-%1$s", "netPrice": 100.00, "vatRate": 20,
                          "stock": 3, "brand": "Lumo",
                          "texts": {"en": {"name": "Pocket projector", "description": "Fits in a pocket."},
                                    "bg": {"name": "Джобен проектор", "description": "Побира се в джоба."}}}]
                        """.formatted(key, sku))
                        .statusCode())
                .isEqualTo(200);

        try (Browser visitor = Browser.open()) {
            // the parent category's page lists what its subcategories hold
            visitor.go(TestEnvironment.PORTAL + "/catalog/gadgets-" + key);
            visitor.await(presenceOfElementLocated(By.cssSelector(".product-name")));
            assertThat(visitor.text("#page-title")).isEqualTo("Catalog · Gadgets " + key);
            assertThat(visitor.text(".product-name")).isEqualTo("Pocket projector");
            assertThat(visitor.text(".product-price")).isEqualTo("€120.00");

            new PortalPage(visitor).switchLanguage("bg");
            assertThat(visitor.text(".product-name")).isEqualTo("Джобен проектор");
            assertThat(visitor.text(".product-price")).isEqualTo("120,00 €");
            visitor.find(".product-name").click();
            visitor.await(presenceOfElementLocated(By.id("product-sku")));
            assertThat(visitor.url()).endsWith("/product/" + sku);
            assertThat(visitor.text("#page-title")).isEqualTo("Джобен проектор");
            assertThat(visitor.text("#product-description")).isEqualTo("Побира се в джоба.");
            assertThat(visitor.text("#product-stock")).isEqualTo("В наличност");
            assertThat(visitor.text("#product-category")).isEqualTo("Проектори " + key);

            // a renamed category shows at once on a page seen before: the names the server keeps
            // (second-level cache, page cache) follow the change
            assertThat(ErpApi.put("/api/store/categories", erp, """
                            [{"slug": "projectors-%1$s", "parent": "gadgets-%1$s",
                              "names": {"en": "Beamers %1$s", "bg": "Прожектори %1$s"}}]
                            """.formatted(key))
                            .statusCode())
                    .isEqualTo(200);
            visitor.go(TestEnvironment.PORTAL + "/product/" + sku);
            assertThat(visitor.text("#product-category")).isEqualTo("Прожектори " + key);

            new PortalPage(visitor).switchLanguage("en");
            visitor.go(TestEnvironment.PORTAL + "/product/NO-SUCH-" + key.toUpperCase());
            assertThat(visitor.text("#page-title")).isEqualTo("Page not found");
            visitor.go(TestEnvironment.PORTAL + "/catalog/no-such-" + key);
            assertThat(visitor.text("#page-title")).isEqualTo("Page not found");
        }
    }

    @Test
    void aVisitorSearchesNarrowsByBrandAndSharesTheAddress() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 6);
        String erp = Tokens.erpConnector();
        assertThat(ErpApi.put(
                                "/api/store/categories",
                                erp,
                                "[{\"slug\": \"outdoor-%s\", \"names\": {\"en\": \"Outdoor\"}}]".formatted(key))
                        .statusCode())
                .isEqualTo(200);
        assertThat(ErpApi.put("/api/store/products", erp, """
                        [{"sku": "TL-%1$s", "category": "outdoor-%2$s", "netPrice": 20.00, "vatRate": 20, "stock": 5,
                          "brand": "Lumo%2$s", "texts": {"en": {"name": "Trail lamp %2$s"}}},
                         {"sku": "TLP-%1$s", "category": "outdoor-%2$s", "netPrice": 60.00, "vatRate": 20, "stock": 5,
                          "brand": "Acme%2$s", "texts": {"en": {"name": "Trail lamp pro %2$s"}}},
                         {"sku": "TLM-%1$s", "category": "outdoor-%2$s", "netPrice": 40.00, "vatRate": 20, "stock": 5,
                          "brand": "Acme%2$s", "texts": {"en": {"name": "Trail lamp mini %2$s"}}},
                         {"sku": "MUG-%1$s", "category": "outdoor-%2$s", "netPrice": 8.00, "vatRate": 20, "stock": 5,
                          "brand": "Acme%2$s", "texts": {"en": {"name": "Camping mug %2$s"}}}]
                        """.formatted(key.toUpperCase(), key))
                        .statusCode())
                .isEqualTo(200);

        try (Browser visitor = Browser.open()) {
            visitor.go(TestEnvironment.PORTAL + "/catalog");
            visitor.type("q", "lamps " + key);
            visitor.find("#search-submit").click();
            visitor.await(ExpectedConditions.urlContains("q=lamps+" + key));
            visitor.await(ExpectedConditions.textToBe(By.id("catalog-total"), "Found: 3"));
            assertThat(visitor.text("#facet-brands")).contains("Acme" + key + " (2)", "Lumo" + key + " (1)");

            visitor.find("#facet-brands a[data-value='Acme" + key + "']").click();
            visitor.await(ExpectedConditions.urlContains("brand=Acme" + key));
            visitor.await(ExpectedConditions.textToBe(By.id("catalog-total"), "Found: 2"));
            assertThat(visitor.find("#facet-brands a[data-value='Acme" + key + "']")
                            .getAttribute("aria-checked"))
                    .isEqualTo("true");
            assertThat(visitor.text("#facet-brands"))
                    .as("the other brand can still be added")
                    .contains("Lumo" + key + " (1)");

            new Select(visitor.find("#sort")).selectByValue("price-desc");
            visitor.await(ExpectedConditions.urlContains("sort=price-desc"));
            visitor.await(
                    ExpectedConditions.attributeToBe(By.cssSelector("#sort option[selected]"), "value", "price-desc"));
            assertThat(visitor.driver().findElements(By.cssSelector(".product-name")))
                    .extracting(WebElement::getText)
                    .containsExactly("Trail lamp pro " + key, "Trail lamp mini " + key);
            assertThat(visitor.url()).contains("q=lamps+" + key, "brand=Acme" + key);
            assertThat(visitor.driver().manage().getCookieNamed("JSESSIONID"))
                    .as("searching and narrowing down start no session")
                    .isNull();

            // the address is the listing: it opens the same in another browser
            String shared = visitor.url();
            try (Browser friend = Browser.open()) {
                friend.go(shared);
                friend.await(presenceOfElementLocated(By.cssSelector(".product-name")));
                assertThat(friend.text(".product-name")).isEqualTo("Trail lamp pro " + key);
                friend.go(TestEnvironment.PORTAL + "/catalog/outdoor-" + key + "?q=mug&brand=Acme" + key);
                assertThat(friend.text("#page-title")).isEqualTo("Catalog · Outdoor");
                assertThat(friend.text(".product-name")).isEqualTo("Camping mug " + key);
            }

            visitor.find(".product-name").click();
            visitor.await(presenceOfElementLocated(By.id("product-sku")));
            assertThat(visitor.url()).endsWith("/product/TLP-" + key.toUpperCase());
            assertThat(visitor.text("#page-title")).isEqualTo("Trail lamp pro " + key);
            assertThat(visitor.driver().manage().getCookieNamed("JSESSIONID"))
                    .as("looking at a product starts no session either; putting it in the cart does")
                    .isNull();
        }
    }

    @Test
    void aVisitorFillsTheCartWithinTheStockAndSeesTodaysStock() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 6);
        String sku = "LMP-" + key.toUpperCase();
        String erp = Tokens.erpConnector();
        String category = "[{\"slug\": \"lamps-%s\", \"names\": {\"en\": \"Lamps\"}}]".formatted(key);
        assertThat(ErpApi.put("/api/store/categories", erp, category).statusCode())
                .isEqualTo(200);
        String product = """
                [{"sku": "%s", "category": "lamps-%s", "netPrice": 10.00, "vatRate": 20, "stock": %d,
                  "texts": {"en": {"name": "Desk lamp"}}}]
                """;
        assertThat(ErpApi.put("/api/store/products", erp, product.formatted(sku, key, 3))
                        .statusCode())
                .isEqualTo(200);

        try (Browser visitor = Browser.open()) {
            visitor.go(TestEnvironment.PORTAL + "/product/" + sku);
            visitor.type("addToCart:quantity", "2");
            visitor.find("[id='addToCart:add']").click();
            visitor.await(textToBePresentInElementLocated(By.id("addToCart:messages"), "added to your cart"));
            assertThat(visitor.text("#cart-count")).isEqualTo("2");

            visitor.type("addToCart:quantity", "2");
            visitor.find("[id='addToCart:add']").click();
            visitor.await(textToBePresentInElementLocated(
                    By.id("addToCart:messages"), "Only 3 in stock, and your cart holds 2 already."));
            assertThat(visitor.text("#cart-count")).isEqualTo("2");
            visitor.type("addToCart:quantity", "abc");
            visitor.find("[id='addToCart:add']").click();
            visitor.await(textToBePresentInElementLocated(
                    By.id("addToCart:messages"), "Please enter the quantity as a whole number."));
            visitor.type("addToCart:quantity", "-1");
            visitor.find("[id='addToCart:add']").click();
            visitor.await(
                    textToBePresentInElementLocated(By.id("addToCart:messages"), "Please choose a quantity from 1 to"));
            assertThat(visitor.text("#cart-count")).isEqualTo("2");
            // what the form came to is said once: the page again says nothing of it
            visitor.go(TestEnvironment.PORTAL + "/product/" + sku);
            assertThat(visitor.has("[id='addToCart:messages']")).isFalse();
            assertThat(visitor.text("#cart-count")).isEqualTo("2");

            visitor.go(TestEnvironment.PORTAL + "/cart");
            assertThat(visitor.text(".cart-name")).isEqualTo("Desk lamp");
            assertThat(visitor.text("#cart-total")).endsWith("€24.00");

            visitor.type(quantityField(visitor), "abc");
            visitor.find("[id='cart:update']").click();
            visitor.await(textToBePresentInElementLocated(
                    By.id("cart:messages"), "Please enter the quantity as a whole number."));
            visitor.type(quantityField(visitor), "9");
            visitor.find("[id='cart:update']").click();
            visitor.await(textToBePresentInElementLocated(By.id("cart:messages"), "Only 3 in stock."));
            assertThat(visitor.text("#cart-total")).as("nothing changed").endsWith("€24.00");
            visitor.type(quantityField(visitor), "3");
            visitor.find("[id='cart:update']").click();
            visitor.await(textToBePresentInElementLocated(By.id("cart-total"), "€36.00"));
            assertThat(visitor.text("#cart-count")).isEqualTo("3");

            // the warehouse sells two elsewhere: the cart says so at the next look
            assertThat(ErpApi.put("/api/store/products", erp, product.formatted(sku, key, 1))
                            .statusCode())
                    .isEqualTo(200);
            visitor.go(TestEnvironment.PORTAL + "/cart");
            assertThat(visitor.text(".cart-problem")).isEqualTo("Only 1 left");

            visitor.find(".cart-line button").click();
            visitor.await(presenceOfElementLocated(By.id("cart-empty")));
            assertThat(visitor.text("#cart-count")).isEqualTo("0");
        }
    }

    @Test
    void theCartIsKeptAtSignInAndWaitsOnAnotherDevice() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 6);
        String sku = "MUG-" + key.toUpperCase();
        String erp = Tokens.erpConnector();
        ErpApi.categoryWithProduct(erp, "mugs-" + key, sku, "5.00", 10, "Mug " + key);
        String quantity = ".cart-line[data-sku='" + sku + "'] input[type='text']";

        try (Browser laptop = Browser.open()) {
            visitProductAndAdd(laptop, sku, "2");
            new PortalPage(laptop).signIn().signInAs("customer2", DEMO_PASSWORD);
            laptop.go(TestEnvironment.PORTAL + "/cart");
            assertThat(laptop.find(quantity).getAttribute("value"))
                    .as("what the visitor collected is still there after signing in")
                    .isEqualTo("2");
        }
        try (Browser phone = Browser.open()) {
            phone.go(TestEnvironment.PORTAL + "/cart");
            assertThat(phone.has(quantity)).as("a visitor's cart is their own").isFalse();
            new PortalPage(phone).signIn().signInAs("customer2", DEMO_PASSWORD);
            visitProductAndAdd(phone, sku, "1");
            phone.go(TestEnvironment.PORTAL + "/cart");
            assertThat(phone.find(quantity).getAttribute("value"))
                    .as("the kept cart, and what was added to it on this device")
                    .isEqualTo("3");
            phone.find(".cart-line[data-sku='" + sku + "'] button").click();
            phone.await(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(quantity)));
        }
        try (Browser laptop = Browser.open()) {
            laptop.signInAs("customer2", "/cart");
            assertThat(laptop.has(quantity))
                    .as("removed on one device, gone on all")
                    .isFalse();
        }
    }

    @Test
    void addingAnUnknownProductIsNotFound() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(TestEnvironment.PORTAL + "/cart/add"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Accept", "text/html")
                                .POST(HttpRequest.BodyPublishers.ofString("sku=NO-SUCH-SKU&quantity=1"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").doesNotContain("at org.clientela"); // no stack trace
    }

    private static void visitProductAndAdd(Browser browser, String sku, String quantity) {
        browser.go(TestEnvironment.PORTAL + "/product/" + sku);
        browser.type("addToCart:quantity", quantity);
        browser.find("[id='addToCart:add']").click();
        browser.await(presenceOfElementLocated(By.cssSelector("[id='addToCart:messages'] .notice")));
    }

    /** The id of the first cart line's quantity field. */
    private static String quantityField(Browser visitor) {
        return visitor.find(".cart-line input[type='text']").getAttribute("id");
    }
}
