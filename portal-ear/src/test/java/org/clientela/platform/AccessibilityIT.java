package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clientela.it.browser.Browser;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.browser.SessionClient;
import org.clientela.it.support.ErpApi;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.Tokens;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page a visitor, a customer and each staff role can reach passes axe-core (WCAG 2.1 AA)
 * without a serious or critical violation, in English and in a Cyrillic language. The pages are
 * found as a person finds them: from the home page, following the portal's own links, one page
 * per kind (one product, one order, one question), and every violation of every page is listed
 * at once. {@link Browser} runs the check on each page it loads.
 */
@RunAsClient
class AccessibilityIT extends PortalBrowserTest {

    /** Links that leave HTML (downloads, feeds, the API) or sign in or out. */
    private static final Pattern NOT_A_PAGE =
            Pattern.compile("^/(signin|signout|ping|api/|openapi|(account|staff)/case-file"
                    + "|account/(invoice|reauth|change-email|resend-verification|act-for)"
                    + "|news/feed/|subscription/one-click).*|.*\\.(csv|json|atom|pdf)([?#].*)?$");

    private static String sku;

    @BeforeAll
    static void somethingOfEachKind() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 6);
        sku = "AXE-" + key.toUpperCase();
        ErpApi.categoryWithProduct(Tokens.erpConnector(), "lamps-" + key, sku, "10.00", 50, "Desk lamp " + key);
        try (Browser olena = Browser.open()) {
            olena.signInAs("customer");
            SessionClient.Answer placed = new SessionClient(olena)
                    .postJson(
                            "/api/account/orders",
                            """
                            {"lines": [{"sku": "%s", "quantity": 1}], "expectedTotal": 16.90,
                             "delivery": "STANDARD", "payment": "INVOICE",
                             "shipping": {"recipient": "Olena Kovalenko", "street": "bul. Vitosha 1",
                                          "postalCode": "1000", "city": "Sofia", "country": "BG"}}""".formatted(sku),
                            "Idempotency-Key",
                            UUID.randomUUID().toString());
            assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        }
    }

    @Test
    void publicPagesInEnglishAndBulgarian() {
        List<String> problems = new ArrayList<>();
        try (Browser visitor = Browser.open()) {
            crawl(visitor, problems, 60, "/", "/", "/product/" + sku, "/community/kb?q=lamp", "/no-such-page");
            speak(visitor, "bg", problems);
            crawl(visitor, problems, 15, "/", "/", "/product/" + sku, "/subscribe");
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void customerPagesInEnglishAndUkrainian() {
        List<String> problems = new ArrayList<>();
        try (Browser olena = Browser.open()) {
            signIn(olena, "customer", problems);
            crawl(olena, problems, 60, "/", "/account/", "/community/ask", "/cart", "/account/checkout");
            speak(olena, "uk", problems);
            crawl(olena, problems, 15, "/", "/account/", "/account/profile", "/account/subscriptions", "/staff/");
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void staffPagesForEveryRoleInEnglishAndRussian() {
        List<String> problems = new ArrayList<>();
        for (String staff : List.of("agent", "sales", "editor")) {
            try (Browser browser = Browser.open()) {
                signIn(browser, staff, problems);
                crawl(browser, problems, 40, "/staff/", "/staff/", "/staff/customers?q=clientela");
            }
        }
        try (Browser admin = Browser.open()) {
            signIn(admin, "admin", problems);
            crawl(
                    admin,
                    problems,
                    60,
                    "/staff/",
                    "/staff/",
                    "/staff/customers?q=clientela",
                    "/staff/product?sku=" + sku,
                    "/staff/product",
                    "/staff/news-article");
            speak(admin, "ru", problems);
            crawl(admin, problems, 15, "/staff/", "/staff/", "/staff/customers?q=clientela");
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    private static void signIn(Browser browser, String username, List<String> problems) {
        try {
            browser.signInAs(username);
        } catch (AssertionError violations) {
            problems.add(violations.getMessage());
        }
    }

    /** Switches the UI language with the header's switch, from the home page. */
    private static void speak(Browser browser, String tag, List<String> problems) {
        try {
            browser.go(TestEnvironment.PORTAL + "/");
        } catch (AssertionError violations) {
            problems.add(violations.getMessage());
        }
        browser.find("#lang-" + tag).click();
        try {
            browser.await(d -> tag.equals(browser.find("html").getAttribute("lang")));
        } catch (AssertionError violations) {
            problems.add(violations.getMessage());
        }
    }

    /**
     * Loads the start pages and every page their links lead to {@code within} a part of the portal,
     * one page of each kind, and notes what axe-core finds on each (the browser checks every page
     * it loads). Staff keep to the staff pages: the visitor's and the customer's crawls have seen
     * the shop's.
     */
    private static void crawl(Browser browser, List<String> problems, int limit, String within, String... start) {
        Set<String> kinds = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(start));
        int visited = 0;
        while (!toVisit.isEmpty() && visited < limit) {
            String path = toVisit.poll();
            if (!kinds.add(kind(path))) {
                continue;
            }
            visited++;
            try {
                browser.go(TestEnvironment.PORTAL + path);
            } catch (AssertionError violations) {
                problems.add(violations.getMessage());
            }
            for (String link : links(browser)) {
                if (link.startsWith(within) && !kinds.contains(kind(link))) {
                    toVisit.add(link);
                }
            }
        }
        System.out.println("AccessibilityIT checked " + visited + " pages: " + kinds);
        assertThat(visited).as("pages reached from " + List.of(start)).isGreaterThanOrEqualTo(start.length);
    }

    /** Pages of one kind share their markup: one product page stands for all. */
    private static String kind(String path) {
        return path.replaceAll("[?#].*", "")
                .replaceAll("^/(product|catalog|news)/.+", "/$1/*")
                .replaceAll("/$", "/index");
    }

    @SuppressWarnings("unchecked")
    private static List<String> links(Browser browser) {
        List<String> hrefs = (List<String>) ((JavascriptExecutor) browser.driver())
                .executeScript("return Array.from(document.querySelectorAll('a[href]'), a => a.href);");
        List<String> paths = new ArrayList<>();
        for (String href : hrefs) {
            if (!href.startsWith(TestEnvironment.PORTAL + "/")) {
                continue;
            }
            URI uri = URI.create(href);
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            if (!NOT_A_PAGE.matcher(path).matches()) {
                paths.add(path);
            }
        }
        return paths;
    }
}
