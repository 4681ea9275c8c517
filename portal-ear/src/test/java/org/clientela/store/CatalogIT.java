package org.clientela.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import java.util.UUID;
import org.clientela.it.browser.Browser;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.browser.PortalPage;
import org.clientela.it.support.ErpApi;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * What the ERP puts into the catalog, a visitor finds in a browser: the category's page lists
 * it, the product page shows it in the visitor's language with the gross price; addresses that
 * lead nowhere are 404.
 */
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

            new PortalPage(visitor).switchLanguage("en");
            visitor.go(TestEnvironment.PORTAL + "/product/NO-SUCH-" + key.toUpperCase());
            assertThat(visitor.text("#page-title")).isEqualTo("Page not found");
            visitor.go(TestEnvironment.PORTAL + "/catalog/no-such-" + key);
            assertThat(visitor.text("#page-title")).isEqualTo("Page not found");
        }
    }
}
