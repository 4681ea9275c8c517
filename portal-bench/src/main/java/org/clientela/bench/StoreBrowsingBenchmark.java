package org.clientela.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.WebSession;
import org.clientela.it.support.WebSession.Failure;

/**
 * Visitors browsing the store: 10,000 products in 20 categories (English and Bulgarian) seeded
 * through the ERP API on PostgreSQL, then 32 clients without think time on the product page, on
 * the catalog search and on a bare servlet ({@code /ping}) of the same server, which is the
 * baseline the pages are compared with. Each client is a visitor who sends no cookie, so every
 * request is somebody's first: a page that starts a session starts one per request, and the
 * report counts the Set-Cookie headers. The product page is measured twice: every product as
 * likely as any other (the worst case for any cache), then as shops see it, a few products asked
 * for far more often than the rest (Zipf's law with exponent 1 over a fixed random ranking: the
 * hundred most popular of 10,000 take half of the views). Figures go to the console and to {@code
 * target/bench/store-browsing.md}; the exit code is non-zero when a request failed.
 *
 * <p>Run with {@code ./mvnw verify -Pbench-store -DskipTests} (see the README).
 */
public final class StoreBrowsingBenchmark {

    /** A made-up word in the names of the first and the last product: found once the index holds all. */
    static final String MARKER = "Quokkaberry";

    static final double TARGET_P95_MILLIS = 50;

    private static final String BYTES = "bytes";
    private static final String SET_COOKIE = "answers with Set-Cookie";
    private static final String NEW_SESSION = "answers with a new JSESSIONID";
    private static final String CACHE_HIT = "answers from the page cache";

    private final int productCount = Integer.getInteger("bench.products", 10_000);
    private final int clients = Integer.getInteger("bench.clients", 32);
    /** The server's page cache: on as shipped, 0 to measure every page rendered. */
    private final int pageCacheSeconds = Integer.getInteger("bench.page-cache-seconds", 60);
    /** Which pages to measure (ping, search, product, popular): all by default; fewer to profile one. */
    private final Set<String> pages = Set.of(
            System.getProperty("bench.pages", "ping,search,product,popular").split(","));

    private final Duration warmUp = Duration.ofSeconds(Integer.getInteger("bench.warmup-seconds", 15));
    private final Duration measured = Duration.ofSeconds(Integer.getInteger("bench.seconds", 45));
    private final Duration indexWait = Duration.ofSeconds(Integer.getInteger("bench.index-wait-seconds", 300));
    private final String dbUrl =
            System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/clientela_bench_store");
    private final Path benchDir = Path.of(System.getProperty("bench.dir", "target/bench"));

    /** Visitors share one client: its pool keeps one connection per busy visitor; it keeps no cookie. */
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private List<CatalogSeed.Product> products;
    private List<CatalogSeed.Category> categories;
    private StoreBenchEnvironment environment;
    /** Per measured page: what an answer cost, warm-up included. */
    private final Map<LoadDriver.Outcome, CpuPerAnswer> cpuPerAnswer = new HashMap<>();

    /**
     * CPU milliseconds per answer of WildFly's and of PostgreSQL's processes, and of this driver's
     * own process: the load shares the two cores with the server it measures.
     */
    private record CpuPerAnswer(double wildfly, double postgres, double driver) {}

    public static void main(String[] args) {
        BenchmarkRun.exitWith(() -> new StoreBrowsingBenchmark().run());
    }

    private boolean run() throws Exception {
        Files.createDirectories(benchDir);
        categories = CatalogSeed.categories();
        products = CatalogSeed.products("BS", productCount, i -> 1 + i % 500, MARKER, 20261123);
        Report report = new Report();
        environment = StoreBenchEnvironment.start(
                "store-browsing",
                dbUrl,
                benchDir,
                Map.of("clientela.store.page-cache-seconds", Integer.toString(pageCacheSeconds)));
        try {
            Instant seeding = Instant.now();
            environment.seed(categories, products);
            report.seeding = Duration.between(seeding, Instant.now());
            log("Seeded " + products.size() + " products in " + categories.size() + " categories in "
                    + StoreBenchEnvironment.seconds(report.seeding) + "; waiting for the search index…");
            Instant indexing = Instant.now();
            awaitSearchIndex();
            report.indexReady = Duration.between(indexing, Instant.now());
            checkPagesAnswer();

            // the product page last: if it starts sessions, their memory must not weigh on the others
            report.ping = measure(
                    "ping", "/ping", client -> round -> get(round, URI.create(TestEnvironment.PORTAL + "/ping"), "en"));
            report.search = measure("search", "/catalog?q=…", client -> {
                Random random = new Random(1000 + client);
                return round -> {
                    boolean bulgarian = random.nextInt(3) == 0;
                    get(round, searchUri(random, bulgarian), bulgarian ? "bg" : "en");
                };
            });
            report.product = productPages("product", "/product/{sku}", 2000, random -> random.nextInt(products.size()));
            Popularity popularity = new Popularity(products.size(), new Random(20261203));
            report.popular = productPages("popular", "/product/{sku}, popular ones more often", 3000, popularity::next);
        } finally {
            environment.close();
        }
        report.heap = environment.server().heap();
        String text = report.render();
        System.out.println(text);
        Files.writeString(benchDir.resolve("store-browsing.md"), text);
        return report.faultless();
    }

    /**
     * Product pages of products drawn by {@code pick}, each in English or Bulgarian at random.
     */
    private LoadDriver.Outcome productPages(String key, String page, int seed, ToIntFunction<Random> pick)
            throws Exception {
        return measure(key, page, client -> {
            Random random = new Random(seed + client);
            return round -> get(
                    round,
                    URI.create(TestEnvironment.PORTAL + "/product/"
                            + products.get(pick.applyAsInt(random)).sku()),
                    random.nextBoolean() ? "en" : "bg");
        });
    }

    /** One page under load; null when {@code bench.pages} leaves out {@code key}. */
    private LoadDriver.Outcome measure(String key, String page, IntFunction<LoadDriver.Client> newClient)
            throws Exception {
        if (!pages.contains(key)) {
            return null;
        }
        log(page + ": " + clients + " clients, warm-up " + warmUp.toSeconds() + " s, then " + measured.toSeconds()
                + " s measured…");
        Duration wildflyBefore = environment.server().cpuTime();
        Duration postgresBefore = BenchServer.postgresCpuTime();
        Duration driverBefore = driverCpuTime();
        LoadDriver.Outcome outcome = LoadDriver.run(clients, warmUp, measured, newClient, page);
        // what one answer costs the two cores, whatever the machine's speed of the day
        double answers = Math.max(
                1,
                outcome.main().successes()
                        + outcome.main().errorCount()
                        + outcome.warmUp().successes()
                        + outcome.warmUp().errorCount());
        CpuPerAnswer cost = new CpuPerAnswer(
                environment.server().cpuTime().minus(wildflyBefore).toNanos() / 1e6 / answers,
                BenchServer.postgresCpuTime().minus(postgresBefore).toNanos() / 1e6 / answers,
                driverCpuTime().minus(driverBefore).toNanos() / 1e6 / answers);
        cpuPerAnswer.put(outcome, cost);
        log(page + ": " + String.format("%.0f", outcome.perSecond()) + " req/s, "
                + outcome.main().percentiles() + ", errors " + outcome.main().errorSummary()
                + String.format(
                        ", CPU per answer %.2f ms WildFly, %.2f ms PostgreSQL, %.2f ms this driver",
                        cost.wildfly(), cost.postgres(), cost.driver()));
        return outcome;
    }

    private static Duration driverCpuTime() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** One visitor's request: 200 or a failure; the Set-Cookie headers counted. */
    private void get(LoadDriver.Round round, URI uri, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Accept", WebSession.BROWSER_ACCEPT)
                .header("Accept-Language", language)
                // as every browser: kept pages go out as stored, without inflating them for the bench
                .header("Accept-Encoding", "gzip")
                .header("User-Agent", "clientela-bench")
                .GET()
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new Failure("HTTP " + response.statusCode(), uri.toString());
        }
        round.count(BYTES, response.body().length);
        List<String> cookies = response.headers().allValues("Set-Cookie");
        if (!cookies.isEmpty()) {
            round.count(SET_COOKIE, 1);
        }
        if (cookies.stream().anyMatch(cookie -> cookie.startsWith("JSESSIONID="))) {
            round.count(NEW_SESSION, 1);
        }
        if (response.headers()
                .firstValue("X-Clientela-Cache")
                .filter("hit"::equals)
                .isPresent()) {
            round.count(CACHE_HIT, 1);
        }
    }

    /** Product indexes drawn by Zipf's law (exponent 1) over a random ranking of the products. */
    static final class Popularity {
        private final int[] byRank;
        private final double[] cumulative;

        Popularity(int size, Random shuffle) {
            List<Integer> ranking = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                ranking.add(i);
            }
            Collections.shuffle(ranking, shuffle);
            byRank = ranking.stream().mapToInt(Integer::intValue).toArray();
            cumulative = new double[size];
            double sum = 0;
            for (int rank = 0; rank < size; rank++) {
                sum += 1.0 / (rank + 1);
                cumulative[rank] = sum;
            }
        }

        int next(Random random) {
            int rank = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
            return byRank[Math.min(rank < 0 ? -rank - 1 : rank, byRank.length - 1)];
        }
    }

    /**
     * A search as visitors type it: a word of the product names, in Bulgarian with a Bulgarian
     * browser; a fifth narrowed to a category, a fifth to a brand.
     */
    private URI searchUri(Random random, boolean bulgarian) {
        List<String> words = bulgarian ? BG_WORDS : EN_WORDS;
        String q = "q=" + encode(words.get(random.nextInt(words.size())));
        int facet = random.nextInt(5);
        String path;
        if (facet == 0) {
            path = "/catalog/"
                    + categories.get(random.nextInt(categories.size())).slug() + "?" + q;
        } else if (facet == 1) {
            path = "/catalog?" + q + "&brand=" + encode(CatalogSeed.BRANDS[random.nextInt(CatalogSeed.BRANDS.length)]);
        } else {
            path = "/catalog?" + q;
        }
        return URI.create(TestEnvironment.PORTAL + path);
    }

    private static final List<String> EN_WORDS = CatalogSeed.searchWords(false);
    private static final List<String> BG_WORDS = CatalogSeed.searchWords(true);

    /** Polls the search for the marker word until it finds both the first and the last product seeded. */
    private void awaitSearchIndex() throws Exception {
        URI search = URI.create(TestEnvironment.PORTAL + "/catalog?q=" + encode(MARKER.toLowerCase()));
        String first = "/product/" + products.get(0).sku();
        String last = "/product/" + products.get(products.size() - 1).sku();
        Instant deadline = Instant.now().plus(indexWait);
        String seen = "nothing yet";
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(search)
                            .header("Accept", WebSession.BROWSER_ACCEPT)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200
                    && response.body().contains(first)
                    && response.body().contains(last)) {
                return;
            }
            seen = "HTTP " + response.statusCode();
            BenchServer.pause(Duration.ofSeconds(1));
        }
        throw new IllegalStateException("The catalog search did not find the products " + first + " and " + last
                + " by the word '" + MARKER.toLowerCase() + "' within " + indexWait.toSeconds() + " s (last answer: "
                + seen + "). Does this build have the catalog search (q parameter)?");
    }

    /** Fails before the load when a page is broken: a benchmark of error pages is worth nothing. */
    private void checkPagesAnswer() throws Exception {
        CatalogSeed.Product product = products.get(products.size() / 2);
        expect("/ping", "ok");
        expect("/product/" + product.sku(), product.nameEn());
        expect(
                "/catalog/" + product.category() + "?q="
                        + encode(product.nameEn().split(" ")[1]),
                "/product/");
    }

    private void expect(String path, String content) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(TestEnvironment.PORTAL + path))
                        .header("Accept", WebSession.BROWSER_ACCEPT)
                        .header("Accept-Language", "en")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains(content)) {
            throw new IllegalStateException(
                    "GET " + path + " answered " + response.statusCode() + " without '" + content + "'");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void log(String line) {
        StoreBenchEnvironment.log(line);
    }

    /** The figures of one run, and the verdict. */
    private final class Report {
        Duration seeding;
        Duration indexReady;
        LoadDriver.Outcome ping;
        LoadDriver.Outcome search;
        LoadDriver.Outcome product;
        LoadDriver.Outcome popular;
        BenchServer.HeapFigures heap;

        boolean faultless() {
            return errors(ping) + errors(search) + errors(product) + errors(popular) == 0;
        }

        private long errors(LoadDriver.Outcome outcome) {
            return outcome == null
                    ? 0
                    : outcome.main().errorCount() + outcome.warmUp().errorCount();
        }

        boolean meets(LoadDriver.Outcome outcome) {
            return outcome != null && outcome.main().millisAt(95) <= TARGET_P95_MILLIS && errors(outcome) == 0;
        }

        String render() {
            StringBuilder text = new StringBuilder("\n## Store browsing benchmark\n\n");
            text.append(String.format(
                    "%,d products in %d categories (en, bg) on PostgreSQL, seeded through the ERP API in %s;"
                            + " the search found them all %s later. %d clients on loopback, closed loop without"
                            + " think time, no cookies; per page a %d s warm-up (not reported), then %d s"
                            + " measured.%n%n",
                    products.size(),
                    categories.size(),
                    StoreBenchEnvironment.seconds(seeding),
                    StoreBenchEnvironment.seconds(indexReady),
                    clients,
                    warmUp.toSeconds(),
                    measured.toSeconds()));
            text.append(
                    pageCacheSeconds > 0
                            ? String.format("The public page cache is on (pages kept %d s).%n%n", pageCacheSeconds)
                            : "The public page cache is off: every page is rendered.\n\n");
            text.append("| page | requests | req/s | vs. /ping | p50 / p95 / p99 / max | errors (measured)"
                    + " | errors (warm-up) | KB per answer (as sent, gzip accepted) | answers with Set-Cookie (new JSESSIONID)"
                    + " | from the page cache | CPU ms per answer: WildFly / PostgreSQL / load driver |\n");
            text.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
            row(text, "/ping (bare servlet, baseline)", ping);
            row(text, "/catalog?q=… (search, a fifth with a category, a fifth with a brand)", search);
            row(text, "/product/{sku}, every product as likely", product);
            row(text, "/product/{sku}, popular ones more often (Zipf, s = 1)", popular);
            text.append(String.format(
                    "%nTarget: p95 ≤ %.0f ms on the product and search pages, no error.%n", TARGET_P95_MILLIS));
            text.append("- search: ").append(verdict(search)).append('\n');
            text.append("- product page, every product as likely: ")
                    .append(verdict(product))
                    .append('\n');
            text.append("- product page, popular ones more often: ")
                    .append(verdict(popular))
                    .append('\n');
            if (product != null && search != null && ping != null) {
                long sessions = product.main().counter(NEW_SESSION);
                text.append(String.format(
                        "%nSessions: the product page answered %,d of %,d cookie-less requests with a new session"
                                + " cookie (%s); the search %,d, /ping %,d.%n",
                        sessions,
                        product.main().successes(),
                        sessions == 0
                                ? "it starts none"
                                : "its view-scoped form starts one per visitor, kept for the session timeout",
                        search.main().counter(NEW_SESSION),
                        ping.main().counter(NEW_SESSION)));
            }
            text.append(String.format(
                    "WildFly heap (-Xmx1g unless JBOSS_JAVA_SIZING says otherwise): peak in use / peak after a collection / peak committed: %d / %d /"
                            + " %d MB.%n",
                    heap.peakUsedMb(), heap.peakLiveMb(), heap.peakCommittedMb()));
            samples(text, "/ping", ping);
            samples(text, "search", search);
            samples(text, "product", product);
            samples(text, "product, popular", popular);
            return text.toString();
        }

        private void row(StringBuilder text, String name, LoadDriver.Outcome outcome) {
            if (outcome == null) {
                return; // not measured in this run (bench.pages)
            }
            LatencyRecorder figures = outcome.main();
            double perSecond = outcome.perSecond();
            text.append(String.format(
                    "| %s | %,d | %.0f | %s | %s | %s | %s | %.1f | %,d (%,d) | %.0f%% | %.2f / %.2f / %.2f |%n",
                    name,
                    figures.successes(),
                    perSecond,
                    outcome == ping ? "1.00" : ping == null ? "–" : String.format("%.2f", perSecond / ping.perSecond()),
                    figures.percentiles(),
                    figures.errorSummary(),
                    outcome.warmUp().errorSummary(),
                    figures.successes() == 0 ? 0.0 : figures.counter(BYTES) / 1024.0 / figures.successes(),
                    figures.counter(SET_COOKIE),
                    figures.counter(NEW_SESSION),
                    figures.successes() == 0 ? 0.0 : 100.0 * figures.counter(CACHE_HIT) / figures.successes(),
                    cpuPerAnswer.get(outcome).wildfly(),
                    cpuPerAnswer.get(outcome).postgres(),
                    cpuPerAnswer.get(outcome).driver()));
        }

        private String verdict(LoadDriver.Outcome outcome) {
            return outcome == null
                    ? "not measured"
                    : String.format(
                            "p95 %.1f ms, %d errors: %s",
                            outcome.main().millisAt(95), errors(outcome), meets(outcome) ? "met" : "NOT met");
        }

        private void samples(StringBuilder text, String name, LoadDriver.Outcome outcome) {
            if (outcome == null) {
                return;
            }
            List<String> samples = new ArrayList<>(outcome.warmUp().samples());
            samples.addAll(outcome.main().samples());
            if (!samples.isEmpty()) {
                text.append("\nFirst errors of ").append(name).append(":\n");
                samples.stream()
                        .limit(5)
                        .forEach(s -> text.append("- ").append(s).append('\n'));
            }
        }
    }

    private StoreBrowsingBenchmark() {}
}
