package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.clientela.it.browser.Browser;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.support.ErpApi;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.Tokens;
import org.clientela.it.support.incontainer.Eventually;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * The main flows with the keyboard alone: Tab to move, Enter or Space to act, and typing into
 * fields. A customer skips to the content, searches the catalog, puts a product in the cart,
 * checks out, saves the profile and asks a question; every control reached shows where the focus
 * is. What she orders leaves her cart, as every checkout does.
 */
@RunAsClient
class KeyboardIT extends PortalBrowserTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aCustomerSearchesBuysKeepsTheProfileAndAsksWithTheKeyboardOnly() throws Exception {
        String word =
                "keyb" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 5);
        String sku = "KBD-" + word.toUpperCase(Locale.ROOT);
        ErpApi.categoryWithProduct(Tokens.erpConnector(), "lamps-" + word, sku, "10.00", 20, "Lamp " + word);
        Eventually.await("the product in the catalog search", Duration.ofSeconds(30), () -> found(word, sku));

        try (Browser olena = Browser.open()) {
            olena.signInAs("customer");
            press(olena, Keys.TAB);
            assertThat(focused(olena, "a.skip-link"))
                    .as("the first stop is the skip link")
                    .isTrue();
            assertThat(((Number) js(olena, "return document.activeElement.getBoundingClientRect().top;")).doubleValue())
                    .as("the focused skip link is on the screen")
                    .isGreaterThanOrEqualTo(0);
            assertFocusVisible(olena);
            press(olena, Keys.ENTER);
            olena.await(d -> focused(olena, "main#main"));

            // search
            olena.go(TestEnvironment.PORTAL + "/");
            tabTo(olena, "#nav-catalog");
            press(olena, Keys.ENTER);
            olena.await(presenceOfElementLocated(By.id("catalog-search")));
            tabTo(olena, "#q");
            press(olena, word);
            press(olena, Keys.ENTER);
            olena.await(presenceOfElementLocated(By.cssSelector("a[href='/product/" + sku + "']")));

            // add to cart
            tabTo(olena, "a[href='/product/" + sku + "']");
            press(olena, Keys.ENTER);
            olena.await(textToBePresentInElementLocated(By.id("page-title"), "Lamp " + word));
            tabTo(olena, "[id='addToCart:add']");
            press(olena, Keys.ENTER);
            olena.await(textToBePresentInElementLocated(By.id("addToCart:messages"), "added to your cart"));

            // checkout
            try {
                checkOut(olena);
            } finally {
                emptyCart(olena); // left behind only when the checkout failed: other tests buy as Olena
            }

            // profile
            tabTo(olena, "#my-account");
            press(olena, Keys.ENTER);
            olena.await(presenceOfElementLocated(By.id("edit-profile")));
            tabTo(olena, "#edit-profile");
            press(olena, Keys.ENTER);
            olena.await(presenceOfElementLocated(By.cssSelector("[id='profile:save']")));
            tabTo(olena, "[id='profile:save']");
            press(olena, Keys.SPACE);
            olena.await(textToBePresentInElementLocated(
                    By.cssSelector(".ui-messages-info"), "Your profile has been saved."));

            // ask a question
            String title = "Which bulb fits the " + word + " lamp?";
            tabTo(olena, "#nav-community");
            press(olena, Keys.ENTER);
            olena.await(presenceOfElementLocated(By.id("ask")));
            tabTo(olena, "#ask");
            press(olena, Keys.ENTER);
            olena.await(presenceOfElementLocated(By.cssSelector("[id='ask-form:title']")));
            tabTo(olena, "[id='ask-form:title']");
            press(olena, title);
            tabTo(olena, "[id='ask-form:body']");
            press(olena, "The old one is an E14 candle bulb.");
            tabTo(olena, "[id='ask-form:post-question']");
            press(olena, Keys.ENTER);
            olena.await(urlContains("/community/question?id="));
            assertThat(olena.text("#page-title")).isEqualTo(title);
        }
    }

    /** From the header's cart link to the placed order, with the keyboard. */
    private static void checkOut(Browser olena) {
        tabTo(olena, "#nav-cart");
        press(olena, Keys.ENTER);
        olena.await(presenceOfElementLocated(By.id("cart-lines")));
        tabTo(olena, "#checkout");
        press(olena, Keys.ENTER);
        olena.await(presenceOfElementLocated(By.cssSelector("[id='checkout:place']")));
        if (olena.find("#ship-new").isDisplayed()) { // no saved address yet: a new one, typed
            tabTo(olena, "[id='checkout:shipRecipient']");
            press(olena, "Olena Kovalenko");
            tabTo(olena, "[id='checkout:shipStreet']");
            press(olena, "vul. Khreshchatyk 1");
            tabTo(olena, "[id='checkout:shipPostalCode']");
            press(olena, "01001");
            tabTo(olena, "[id='checkout:shipCity']");
            press(olena, "Kyiv");
            tabToWithoutOutline(olena, "[id='checkout:shipCountry_label']");
            press(olena, "Ukraine");
            olena.await(textToBePresentInElementLocated(By.id("checkout:shipCountry_label"), "Ukraine"));
        }
        tabTo(olena, "[id='checkout:place']");
        press(olena, Keys.ENTER);
        olena.await(presenceOfElementLocated(By.id("order-timeline")));
        assertThat(olena.text("#messages")).contains("Thank you!");
    }

    /** Removes whatever is in the cart, with the mouse: this is the test's tidying, not the flow under test. */
    private static void emptyCart(Browser olena) {
        olena.go(TestEnvironment.PORTAL + "/cart");
        By remove = By.cssSelector("button[id$=':remove']");
        for (int lines = olena.driver().findElements(remove).size(); lines > 0; lines--) {
            int before = lines;
            olena.driver().findElements(remove).get(0).click();
            olena.await(d -> d.findElements(remove).size() < before);
        }
    }

    /** Keys to whatever has the focus, as a keyboard sends them. */
    private static void press(Browser browser, CharSequence keys) {
        browser.driver().switchTo().activeElement().sendKeys(keys);
    }

    /** Tabs forward until the focus is on {@code css}, which must show it. */
    private static void tabTo(Browser browser, String css) {
        tabToWithoutOutline(browser, css);
        assertFocusVisible(browser);
    }

    /** For a control whose focus shows on its wrapper, such as PrimeFaces' select menu. */
    private static void tabToWithoutOutline(Browser browser, String css) {
        for (int stop = 0; stop < 120; stop++) {
            press(browser, Keys.TAB);
            if (focused(browser, css)) {
                return;
            }
        }
        fail("Tab never reaches " + css + " on " + browser.url());
    }

    private static boolean focused(Browser browser, String css) {
        return Boolean.TRUE.equals(
                js(browser, "return !!document.activeElement && document.activeElement.matches(arguments[0]);", css));
    }

    private static void assertFocusVisible(Browser browser) {
        Object shown = js(
                browser,
                "var e = document.activeElement, s = getComputedStyle(e);"
                        + " return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)"
                        + " || s.boxShadow !== 'none';");
        assertThat(shown)
                .as("the focus shows on " + js(browser, "return document.activeElement.outerHTML.substring(0, 200);"))
                .isEqualTo(Boolean.TRUE);
    }

    private static Object js(Browser browser, String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    /**
     * Whether the search finds the product yet (the index refreshes within a second). Asked with
     * another address than the browser's, so that the public page cache keeps no empty answer for it.
     */
    private static Boolean found(String word, String sku) {
        try {
            HttpResponse<String> page = HTTP.send(
                    HttpRequest.newBuilder(URI.create(TestEnvironment.PORTAL + "/catalog?q=" + word + "&page=1"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return page.body().contains("/product/" + sku) ? Boolean.TRUE : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
