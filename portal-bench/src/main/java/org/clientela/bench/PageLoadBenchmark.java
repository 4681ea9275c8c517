package org.clientela.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clientela.it.browser.Browser;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.WebSession;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The main pages as a person's browser gets them: headless Chromium on the loopback, each page
 * loaded {@code bench.rounds} times with an empty cache (its HTTP cache cleared before each load) and
 * as many times again with the cache the page itself filled, as a visitor, a signed-in customer
 * and staff. From the browser's navigation timing: the first byte (request sent to the first byte
 * of the answer) and the load complete (navigation start to the end of the load event). Targets:
 * first byte under 200 ms and load complete under 1 s with an empty cache. Figures go to the
 * console and to {@code target/bench/page-load.md}.
 *
 * <p>Run with {@code ./mvnw verify -Pbench-pageload -DskipTests} (see docs/benchmarks.md).
 */
public final class PageLoadBenchmark {

    static final double FIRST_BYTE_MILLIS = 200;
    static final double LOAD_MILLIS = 1000;

    private final int rounds = Integer.getInteger("bench.rounds", 10);
    private final String dbUrl =
            System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/clientela_bench_pageload");
    private final Path benchDir = Path.of(System.getProperty("bench.dir", "target/bench"));

    record Timing(double firstByte, double load) {}

    public static void main(String[] args) {
        BenchmarkRun.exitWith(() -> new PageLoadBenchmark().run());
    }

    private boolean run() throws Exception {
        Files.createDirectories(benchDir);
        List<CatalogSeed.Product> products = CatalogSeed.products("PL", 500, i -> 100, null, 20261208);
        String product = "/product/" + products.get(0).sku();
        StringBuilder rows = new StringBuilder();
        boolean allOk = true;
        StoreBenchEnvironment environment = StoreBenchEnvironment.start("page-load", dbUrl, benchDir);
        ChromeDriver browser = startChromium();
        try {
            environment.seed(CatalogSeed.categories(), products);
            StoreBenchEnvironment.log("Loading each page " + rounds + " times with an empty cache and " + rounds
                    + " times with its own…");
            Map<String, List<String>> pagesBySigner = Map.of(
                    "",
                            List.of(
                                    "/",
                                    "/catalog",
                                    "/catalog?q="
                                            + CatalogSeed.searchWords(false).get(0),
                                    product,
                                    "/news",
                                    "/community"),
                    "customer",
                            List.of(
                                    "/account/",
                                    "/account/profile",
                                    "/account/orders",
                                    "/cart",
                                    "/account/checkout",
                                    "/account/cases"),
                    "sales", List.of("/staff/", "/staff/customers?q=customer", "/staff/crm/dashboard"),
                    "agent", List.of("/staff/community"));
            for (String who : List.of("", "customer", "sales", "agent")) {
                browser.manage().deleteAllCookies();
                if (!who.isEmpty()) {
                    signIn(browser, who);
                }
                for (String path : pagesBySigner.get(who)) {
                    List<Timing> cold = new ArrayList<>();
                    List<Timing> warm = new ArrayList<>();
                    load(browser, path, true); // the server's first rendering of the page is not counted
                    for (int i = 0; i < rounds; i++) {
                        cold.add(load(browser, path, true));
                    }
                    for (int i = 0; i < rounds; i++) {
                        warm.add(load(browser, path, false));
                    }
                    double firstByte = median(cold, Timing::firstByte);
                    double loaded = median(cold, Timing::load);
                    boolean ok = firstByte < FIRST_BYTE_MILLIS && loaded < LOAD_MILLIS;
                    allOk &= ok;
                    rows.append(String.format(
                            "| %s | `%s` | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %s |%n",
                            who.isEmpty() ? "visitor" : who,
                            path,
                            firstByte,
                            max(cold, Timing::firstByte),
                            loaded,
                            max(cold, Timing::load),
                            median(warm, Timing::firstByte),
                            median(warm, Timing::load),
                            ok ? "yes" : "no"));
                }
            }
        } finally {
            browser.quit();
            environment.close();
        }
        String report = "# Page loads in headless Chromium (loopback, PostgreSQL)\n\n"
                + "Each page " + rounds + " times with an empty cache, then " + rounds
                + " times with the cache it filled; milliseconds from the browser's navigation timing."
                + " Targets with an empty cache: first byte under " + (long) FIRST_BYTE_MILLIS
                + " ms, load complete under " + (long) LOAD_MILLIS + " ms (medians).\n\n"
                + "| who | page | first byte, empty cache (median / max) | load complete, empty cache (median / max)"
                + " | first byte / load, own cache (medians) | targets met |\n|---|---|---|---|---|---|\n"
                + rows;
        System.out.println(report);
        Files.writeString(benchDir.resolve("page-load.md"), report);
        return true; // figures, not assertions: a page that failed to load has thrown already
    }

    /** The sign-in over HTTP (as the browser tests do), its portal cookies handed to the browser. */
    private static void signIn(ChromeDriver browser, String username) {
        WebSession session = WebSession.signIn(username, WebSession.DEMO_PASSWORD, "/");
        browser.get(TestEnvironment.PORTAL + "/ping");
        Browser.takeCookies(browser, session);
    }

    private static Timing load(ChromeDriver browser, String path, boolean emptyCache) {
        if (emptyCache) {
            browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
        }
        browser.get(TestEnvironment.PORTAL + path);
        // get() returns after the load event; its end is written just after
        @SuppressWarnings("unchecked")
        Map<String, Object> timing =
                (Map<String, Object>) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "(function wait() {"
                        + " const n = performance.getEntriesByType('navigation')[0];"
                        + " if (n && n.loadEventEnd > 0) {"
                        + "  done({status: n.responseStatus || 200, firstByte: n.responseStart - n.requestStart,"
                        + "  load: n.loadEventEnd - n.startTime, url: location.pathname});"
                        + " } else { setTimeout(wait, 5); } })();");
        String landed = String.valueOf(timing.get("url"));
        if (!URI.create(TestEnvironment.PORTAL + path).getPath().equals(landed)) {
            throw new IllegalStateException(path + " ended at " + landed);
        }
        long status = ((Number) timing.get("status")).longValue();
        if (status != 200) {
            throw new IllegalStateException(path + " answered " + status);
        }
        return new Timing(
                ((Number) timing.get("firstByte")).doubleValue(), ((Number) timing.get("load")).doubleValue());
    }

    private static ChromeDriver startChromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Browser.CHROMIUM.toFile());
        options.addArguments(Browser.HEADLESS);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Browser.CHROMEDRIVER.toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return driver;
    }

    private static double median(List<Timing> timings, java.util.function.ToDoubleFunction<Timing> field) {
        double[] values = timings.stream().mapToDouble(field).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static double max(List<Timing> timings, java.util.function.ToDoubleFunction<Timing> field) {
        return timings.stream().mapToDouble(field).max().orElse(0);
    }
}
