package org.clientela.receivables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.text.ParseException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.clientela.it.browser.AccessPage;
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
import org.openqa.selenium.support.ui.Select;

/**
 * Paying on invoice in a browser: Olena orders with "Invoice" at checkout, the ERP posts part of
 * the money, and her invoices page shows the invoice with its due date (the portal's default terms,
 * 14 days, as the migration sets them), what was paid and what is open, and a balance that is what
 * her invoices have open; in Bulgarian too. Ivan, whom she gave only the right to view her profile,
 * acts for her and is refused the page. Sales records the rest of the money on the order's
 * back-office page, sees the balance on her record and agrees payment terms with her.
 */
@RunAsClient
class ReceivablesBrowserIT extends PortalBrowserTest {

    /** The portal's default payment terms, as the migration sets them and no test changes them. */
    private static final int DEFAULT_TERMS_DAYS = 14;

    private static final String GRANTEE_EMAIL = "customer2@clientela.test";

    @Test
    void aCustomerPaysByInvoiceAndSeesTheInvoiceWithItsDueDateAndBalance() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 6);
        String sku = "BILL-" + key.toUpperCase();
        String erp = Tokens.erpConnector();
        ErpApi.categoryWithProduct(erp, "billing-" + key, sku, "10.00", 5, "Invoiced lamp " + key);

        try (Browser olena = Browser.open()) {
            olena.signInAs("customer", "/product/" + sku);
            olena.find("[id='addToCart:add']").click();
            olena.await(textToBePresentInElementLocated(By.id("addToCart:messages"), "added to your cart"));
            olena.go(TestEnvironment.PORTAL + "/cart");
            olena.find("#checkout").click();
            olena.await(textToBePresentInElementLocated(By.id("page-title"), "Checkout"));
            radio(olena, "checkout:shipTo", "A new address (for this order)").click();
            olena.await(visibilityOfElementLocated(By.id("ship-new")));
            olena.type("checkout:shipRecipient", "Olena Kovalenko");
            olena.type("checkout:shipStreet", "bul. Vitosha " + key);
            olena.type("checkout:shipPostalCode", "1000");
            olena.type("checkout:shipCity", "Sofia");
            olena.choose("checkout:shipCountry", "Bulgaria");
            radio(olena, "checkout:payment", "Invoice / pay on delivery").click();
            olena.find("[id='checkout:place']").click();
            olena.await(presenceOfElementLocated(By.id("order-timeline")));
            String number = olena.text("#page-title").replace("Order ", "");
            assertThat(number).matches("CL-\\d{6,}");
            String orderId = olena.url().replaceAll(".*[?&]id=(\\d+).*", "$1");

            // the ERP received part of the money
            HttpResponse<String> paid = ErpApi.post(
                    "/api/store/invoices/" + number + "/payments",
                    erp,
                    "{\"paymentId\": \"browser-%s\", \"amount\": 6.90}".formatted(key));
            assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);

            // the account page leads to the invoices
            olena.go(TestEnvironment.PORTAL + "/account/");
            olena.find("#invoices").click();
            olena.await(textToBePresentInElementLocated(By.id("page-title"), "Invoices and balance"));
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            String row = "#invoices tr[data-number='" + number + "'] ";
            assertThat(olena.text(row + ".invoice-order")).isEqualTo(number);
            assertThat(olena.text(row + ".invoice-issued")).isEqualTo(day(today, Locale.ENGLISH));
            assertThat(olena.text(row + ".invoice-due"))
                    .isEqualTo(day(today.plusDays(DEFAULT_TERMS_DAYS), Locale.ENGLISH));
            assertThat(olena.text(row + ".invoice-amount")).isEqualTo("€16.90");
            assertThat(olena.text(row + ".invoice-paid")).isEqualTo("€6.90");
            assertThat(olena.text(row + ".invoice-open")).isEqualTo("€10.00");
            assertThat(olena.text(row + ".invoice-state")).isEqualTo("Open, not due yet");
            assertThat(olena.find(row + ".invoice-pdf").getAttribute("href")).contains("/account/invoice?id=");
            assertThat(olena.find(row + ".invoice-order").getAttribute("href")).contains("/account/order?id=");
            assertThat(amount(olena.text("#balance-open"), Locale.ENGLISH))
                    .as("the balance is what the invoices have open")
                    .isEqualByComparingTo(openOfAllRows(olena, Locale.ENGLISH))
                    .isGreaterThanOrEqualTo(new BigDecimal("10.00"));

            // the same in Bulgarian
            new PortalPage(olena).switchLanguage("bg");
            olena.await(textToBePresentInElementLocated(By.id("page-title"), "Фактури и салдо"));
            Locale bulgarian = Locale.forLanguageTag("bg");
            assertThat(olena.text(row + ".invoice-due")).isEqualTo(day(today.plusDays(DEFAULT_TERMS_DAYS), bulgarian));
            // Selenium reads a no-break space as a space
            assertThat(olena.text(row + ".invoice-open"))
                    .isEqualTo(amountIn(new BigDecimal("10.00"), bulgarian).replace('\u00a0', ' '));
            assertThat(olena.text(row + ".invoice-state")).isEqualTo("Неплатена, падежът не е настъпил");
            assertThat(amount(olena.text("#balance-open"), bulgarian))
                    .isEqualByComparingTo(openOfAllRows(olena, bulgarian));
            new PortalPage(olena).switchLanguage("en");

            // sales records the rest from the order's back-office page; the customer's record shows the balance
            try (Browser sales = Browser.open()) {
                sales.signInAs("sales", "/staff/order?id=" + orderId);
                assertThat(sales.text("#invoice-due"))
                        .isEqualTo(day(today.plusDays(DEFAULT_TERMS_DAYS), Locale.ENGLISH));
                assertThat(sales.text("#invoice-open")).isEqualTo("€10.00");
                sales.type("payment:amount", "10.01");
                submit(sales, "[id='payment:record-payment']");
                sales.await(presenceOfElementLocated(By.cssSelector(".ui-messages-error")));
                assertThat(sales.pageText()).contains("That is more than the invoice has open (€10.00).");
                sales.type("payment:amount", "10.00");
                submit(sales, "[id='payment:record-payment']");
                sales.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
                assertThat(sales.pageText()).contains("Payment of €10.00 recorded; €0.00 still open.");
                assertThat(sales.text("#invoice-state")).isEqualTo("Paid");
                assertThat(sales.text("#order-status")).isEqualTo("Paid");
                assertThat(sales.has("[id='payment:amount']"))
                        .as("nothing left to record")
                        .isFalse();

                sales.find("#order-customer a").click();
                sales.await(presenceOfElementLocated(By.id("crm-balance")));
                olena.go(TestEnvironment.PORTAL + "/account/invoices");
                assertThat(olena.text(row + ".invoice-state")).isEqualTo("Paid");
                assertThat(amount(sales.text("#crm-balance"), Locale.ENGLISH))
                        .as("staff see the balance the customer sees")
                        .isEqualByComparingTo(amount(olena.text("#balance-open"), Locale.ENGLISH));
                assertThat(amount(sales.text("#crm-overdue"), Locale.ENGLISH))
                        .isEqualByComparingTo(amount(olena.text("#balance-overdue"), Locale.ENGLISH));

                // terms agreed with Olena, then back to the default, which other tests count on
                assertThat(sales.text("#terms-hint")).contains(DEFAULT_TERMS_DAYS + " days");
                sales.type("terms:terms-days", "30");
                submit(sales, "[id='terms:save-terms']");
                sales.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
                assertThat(sales.pageText()).contains("Payment terms saved.");
                assertThat(sales.find("[id='terms:terms-days']").getAttribute("value"))
                        .isEqualTo("30");
                sales.type("terms:terms-days", "");
                submit(sales, "[id='terms:save-terms']");
                sales.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
                assertThat(sales.find("[id='terms:terms-days']").getAttribute("value"))
                        .isEmpty();
            }
        }
    }

    @Test
    void aGranteeWithoutViewOrdersIsRefusedTheInvoices() {
        try (Browser owner = Browser.open();
                Browser grantee = Browser.open()) {
            owner.signInAs("customer", "/account/access");
            String link = new AccessPage(owner).invite(GRANTEE_EMAIL, "VIEW_PROFILE");
            try {
                grantee.signInAs("customer2", "/");
                grantee.go(link);
                grantee.await(presenceOfElementLocated(By.id("accept:acceptButton")));
                grantee.find("[id='accept:acceptButton']").click();
                grantee.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
                new Select(grantee.find("#act-for-account")).selectByVisibleText("Olena Kovalenko");
                grantee.find("#act-for-switch").click();
                grantee.await(presenceOfElementLocated(By.id("acting-for-banner")));

                grantee.go(TestEnvironment.PORTAL + "/account/");
                grantee.await(presenceOfElementLocated(By.id("acting-panel")));
                assertThat(grantee.has("#acting-panel #invoices"))
                        .as("no link to what he may not see")
                        .isFalse();
                grantee.go(TestEnvironment.PORTAL + "/account/invoices");
                grantee.await(presenceOfElementLocated(By.id("page-title")));
                assertThat(grantee.text("#page-title")).isEqualTo("Access denied");
                assertThat(grantee.has("#invoices")).isFalse();
            } finally {
                // the grant must not outlive the test: other tests invite Ivan again
                owner.go(TestEnvironment.PORTAL + "/account/access");
                owner.driver().findElements(By.cssSelector("[id='given:grants'] tbody tr")).stream()
                        .filter(tr -> tr.getText().contains(GRANTEE_EMAIL)
                                && !tr.findElements(By.cssSelector(".revoke-grant"))
                                        .isEmpty())
                        .findFirst()
                        .ifPresent(tr -> {
                            tr.findElement(By.cssSelector(".revoke-grant")).click();
                            owner.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
                        });
            }
        }
    }

    /** Clicks a button that sends its form, and waits for the page it leads to. */
    private static void submit(Browser browser, String css) {
        WebElement button = browser.find(css);
        button.click();
        browser.await(stalenessOf(button));
    }

    private static String day(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(day);
    }

    private static String amountIn(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        return format.format(amount);
    }

    private static BigDecimal amount(String text, Locale locale) throws ParseException {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        if (format instanceof java.text.DecimalFormat decimal) {
            decimal.setParseBigDecimal(true);
        }
        // Selenium reads the no-break spaces of "10,00 €" as spaces
        return (BigDecimal) format.parse(text.strip().replace(' ', '\u00a0'));
    }

    private static BigDecimal openOfAllRows(Browser browser, Locale locale) throws ParseException {
        BigDecimal sum = BigDecimal.ZERO;
        for (WebElement cell : browser.driver().findElements(By.cssSelector("#invoices tr.invoice .invoice-open"))) {
            sum = sum.add(amount(cell.getText(), locale));
        }
        return sum;
    }

    /** The label of a PrimeFaces radio choice, which is what a person clicks. */
    private static WebElement radio(Browser browser, String id, String label) {
        return browser.driver().findElements(By.cssSelector("[id='" + id + "'] label")).stream()
                .filter(l -> l.getText().strip().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no choice " + label + " in " + id));
    }
}
