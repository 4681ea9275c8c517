package org.clientela.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import java.util.UUID;
import org.clientela.it.browser.Browser;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Admins keep the catalog in the back office: a new category, a new product with names in two
 * languages, refused with a message beside the field (and nothing saved) until the price is
 * right, then on its public page at once; a stock of 0 shows as out of stock. Customers and
 * sales managers do not get in.
 */
@RunAsClient
class StaffCatalogIT extends PortalBrowserTest {

    @Test
    void anAdminAddsACategoryAndAProductThatVisitorsSeeAtOnce() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 6);
        String slug = "desk-lamps-" + key;
        String sku = "DL-" + key.toUpperCase();
        try (Browser admin = Browser.open();
                Browser visitor = Browser.open()) {
            admin.signInAs("admin", "/staff/");
            admin.find("#staff-catalog").click();
            admin.await(presenceOfElementLocated(By.id("category-form")));
            assertThat(admin.text("#page-title")).isEqualTo("Catalog");

            // a category
            admin.type("category:slug", slug);
            admin.type("category:name_en", "Desk lamps " + key);
            admin.type("category:name_bg", "Настолни лампи " + key);
            admin.find("[id='category:save']").click();
            admin.await(
                    textToBePresentInElementLocated(By.id("messages"), "The category " + slug + " has been saved."));
            assertThat(admin.text("#categories")).contains("Desk lamps " + key, slug);

            // a product, first with a negative price
            admin.find("#new-product").click();
            admin.await(presenceOfElementLocated(By.cssSelector("[id='product:sku']")));
            assertThat(admin.text("#page-title")).isEqualTo("New product");
            admin.type("product:sku", sku);
            admin.choose("product:category", "Desk lamps " + key);
            admin.type("product:netPrice", "-5");
            admin.type("product:vatRate", "20");
            admin.type("product:stock", "7");
            admin.type("product:brand", "Lumo");
            admin.type("product:name_en", "Reading lamp " + key);
            admin.type("product:description_en", "Warm light for long evenings.");
            admin.type("product:name_bg", "Лампа за четене " + key);
            admin.find("[id='product:save']").click();
            admin.await(textToBePresentInElementLocated(
                    By.id("product:netPrice-error"),
                    "The net price is an amount of at least 0 with at most 2 decimals."));
            assertThat(admin.text("#messages")).contains("Nothing was saved");
            assertThat(admin.find("[id='product:sku']").getAttribute("value"))
                    .as("what was typed stays")
                    .isEqualTo(sku);
            assertThat(admin.find("[id='product:name_bg']").getAttribute("value"))
                    .isEqualTo("Лампа за четене " + key);
            assertThat(admin.text("[id='product:category_label']")).isEqualTo("Desk lamps " + key);

            visitor.go(TestEnvironment.PORTAL + "/product/" + sku);
            assertThat(visitor.text("#page-title")).as("nothing was saved").isEqualTo("Page not found");

            // a non-number is the converter's message, and the rest stays
            admin.type("product:netPrice", "cheap");
            admin.find("[id='product:save']").click();
            admin.await(textToBePresentInElementLocated(By.id("product:netPrice-error"), "please enter a number"));
            assertThat(admin.find("[id='product:name_en']").getAttribute("value"))
                    .isEqualTo("Reading lamp " + key);

            // right this time
            admin.type("product:netPrice", "12.50");
            admin.find("[id='product:save']").click();
            admin.await(urlContains("/staff/product?sku=" + sku));
            admin.await(textToBePresentInElementLocated(By.id("messages"), "Saved."));
            assertThat(admin.text("#page-title")).isEqualTo(sku);

            visitor.go(TestEnvironment.PORTAL + "/product/" + sku);
            visitor.await(presenceOfElementLocated(By.id("product-sku")));
            assertThat(visitor.text("#page-title")).isEqualTo("Reading lamp " + key);
            assertThat(visitor.text("#product-price")).contains("€15.00");
            assertThat(visitor.text("#product-description")).isEqualTo("Warm light for long evenings.");
            assertThat(visitor.text("#product-stock")).isEqualTo("In stock");
            assertThat(visitor.text("#product-category")).isEqualTo("Desk lamps " + key);

            // the list finds it by its English name and by SKU
            admin.go(TestEnvironment.PORTAL + "/staff/catalog?q=reading+lamp+" + key);
            assertThat(admin.text("#products")).contains(sku, "Reading lamp " + key, "Desk lamps " + key);
            admin.go(TestEnvironment.PORTAL + "/staff/catalog?q=" + sku.toLowerCase());
            admin.find("#products a.product-link").click();
            admin.await(urlContains("/staff/product?sku=" + sku));

            // out of stock
            admin.await(presenceOfElementLocated(By.cssSelector("[id='product:stock']")));
            assertThat(admin.find("[id='product:netPrice']").getAttribute("value"))
                    .isEqualTo("12.50");
            admin.type("product:stock", "0");
            admin.find("[id='product:save']").click();
            admin.await(textToBePresentInElementLocated(By.id("messages"), "Saved."));
            assertThat(admin.find("[id='product:stock']").getAttribute("value")).isEqualTo("0");

            visitor.go(TestEnvironment.PORTAL + "/product/" + sku);
            visitor.await(presenceOfElementLocated(By.id("product-sku")));
            assertThat(visitor.text("#product-stock")).isEqualTo("Out of stock");
        }
    }

    @Test
    void customersAndSalesManagersDoNotGetIntoTheCatalogsBackOffice() {
        for (String user : new String[] {"customer", "sales"}) {
            try (Browser browser = Browser.open()) {
                browser.signInAs(user);
                browser.go(TestEnvironment.PORTAL + "/staff/catalog");
                assertThat(browser.text("#page-title")).as(user).isEqualTo("Access denied");
                browser.go(TestEnvironment.PORTAL + "/staff/product");
                assertThat(browser.text("#page-title")).as(user).isEqualTo("Access denied");
                browser.go(TestEnvironment.PORTAL + "/staff/");
                assertThat(browser.has("#staff-catalog")).as(user).isFalse();
            }
        }
    }
}
