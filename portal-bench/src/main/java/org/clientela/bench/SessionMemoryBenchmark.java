package org.clientela.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.WebSession;
import org.clientela.it.support.WebSession.Page;

/**
 * What a signed-in customer's session costs the server's heap. Each visit signs one of 50 customers
 * in through Keycloak's login form (a session of its own; signing one person in many times at
 * once trips Keycloak's brute-force detection) and opens the pages of a typical visit: profile,
 * orders, catalog, a product, the checkout (with a product in the cart). After a warm-up
 * of visits the server's live heap is counted (a class histogram, taken after a full collection),
 * then {@code bench.sessions} more visits are made, none of their sessions ended, and the heap is
 * counted again: the growth divided by the sessions is a session's cost, with the classes that
 * grew most. Target: 10 KB per session. Figures go to the console and to
 * {@code target/bench/session-memory.md}.
 *
 * <p>Run with {@code ./mvnw verify -Pbench-sessions -DskipTests} (see docs/benchmarks.md).
 */
public final class SessionMemoryBenchmark {

    static final long TARGET_BYTES = 10 * 1024;
    static final int CUSTOMERS = 50;
    /** The visit's pages after signing in; PRODUCT stands for a product's page. */
    static final String PRODUCT = "product";

    private final int sessions = Integer.getInteger("bench.sessions", 1000);
    private final int warmUp = Integer.getInteger("bench.warmup", 100);
    /** {@code -Dbench.sessions.pages=} (none) or a shorter list tells what signing in alone costs, and each page. */
    private final List<String> pages = List.of(System.getProperty(
                            "bench.pages",
                            "/account/profile,/account/orders,/catalog," + PRODUCT + ",/account/checkout")
                    .split(","))
            .stream()
            .filter(page -> !page.isBlank())
            .toList();

    private final String dbUrl =
            System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/clientela_bench_sessions");
    private final Path benchDir = Path.of(System.getProperty("bench.dir", "target/bench"));

    private String productPath;
    private List<String> customers;
    private final AtomicInteger visitCount = new AtomicInteger();

    public static void main(String[] args) {
        BenchmarkRun.exitWith(() -> new SessionMemoryBenchmark().run());
    }

    private boolean run() throws Exception {
        Files.createDirectories(benchDir);
        List<CatalogSeed.Product> products = CatalogSeed.products("SM", 50, i -> 1000, null, 20261207);
        productPath = "/product/" + products.get(0).sku();
        StoreBenchEnvironment environment = StoreBenchEnvironment.start("session-memory", dbUrl, benchDir);
        BenchServer.LiveHeap before;
        BenchServer.LiveHeap after;
        Duration visiting;
        AtomicInteger failures = new AtomicInteger();
        try {
            environment.seed(CatalogSeed.categories(), products);
            customers = BenchUsers.customers("bench-session", CUSTOMERS);
            // the kept cart each customer's later sessions show at the checkout
            for (String customer : customers) {
                WebSession first = WebSession.signIn(customer, WebSession.DEMO_PASSWORD, productPath);
                Page product = first.get(URI.create(TestEnvironment.PORTAL + productPath));
                Page added = first.follow(first.post(product.form("addToCart").set("quantity", "1")));
                if (added.status() != 200) {
                    throw new IllegalStateException("adding to the cart answered " + added.status());
                }
            }
            StoreBenchEnvironment.log("Warming up with " + warmUp + " visits…");
            visits(warmUp, failures);
            before = environment.server().liveHeap();
            StoreBenchEnvironment.log("Live heap " + mb(before.bytes()) + "; " + sessions + " visits…");
            Instant started = Instant.now();
            visits(sessions, failures);
            visiting = Duration.between(started, Instant.now());
            after = environment.server().liveHeap();
            String dump = System.getProperty("bench.heapdump", "");
            if (!dump.isBlank()) { // -Dbench.sessions.heapdump=file.hprof: the heap itself, to see what holds a session
                environment.server().heapDump(Path.of(dump).toAbsolutePath());
            }
        } finally {
            environment.close();
        }
        long perSession = (after.bytes() - before.bytes()) / sessions;
        StringBuilder report = new StringBuilder("# Session memory of a signed-in customer\n\n")
                .append(sessions)
                .append(" sessions of ")
                .append(CUSTOMERS)
                .append(" customers, each signed in through Keycloak's form and shown ")
                .append(pages.isEmpty() ? "no page" : String.join(", ", visitPaths()))
                .append(" (")
                .append(StoreBenchEnvironment.seconds(visiting))
                .append(" for all, two at a time; ")
                .append(failures.get())
                .append(" failed), after ")
                .append(warmUp)
                .append(" visits to warm up. Live heap after a full collection: ")
                .append(mb(before.bytes()))
                .append(" before, ")
                .append(mb(after.bytes()))
                .append(" after.\n\n")
                .append("**")
                .append(String.format("%,d", perSession))
                .append(" bytes per session** (target ")
                .append(String.format("%,d", TARGET_BYTES))
                .append(": ")
                .append(perSession <= TARGET_BYTES ? "met" : "not met")
                .append(").\n\n| class | bytes per session |\n|---|---:|\n");
        growth(before, after).stream()
                .limit(20)
                .forEach(entry -> report.append("| `")
                        .append(entry.getKey())
                        .append("` | ")
                        .append(String.format("%,d", entry.getValue() / sessions))
                        .append(" |\n"));
        System.out.println(report);
        Files.writeString(benchDir.resolve("session-memory.md"), report.toString());
        // a figure, not an assertion: only failed visits fail the run
        return failures.get() == 0;
    }

    private List<String> visitPaths() {
        List<String> paths = new ArrayList<>();
        for (String page : pages) {
            paths.add(page.equals(PRODUCT) ? productPath : page);
        }
        return paths;
    }

    /** Visits two at a time (the sign-in's password hashing is most of a visit, in Keycloak). */
    private void visits(int count, AtomicInteger failures) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                done.add(pool.submit(() -> {
                    try {
                        visit();
                    } catch (Exception e) {
                        if (failures.incrementAndGet() <= 5) {
                            StoreBenchEnvironment.log("A visit failed: " + e);
                        }
                    }
                }));
            }
            for (Future<?> visit : done) {
                visit.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private void visit() throws Exception {
        String customer = customers.get(visitCount.getAndIncrement() % customers.size());
        WebSession session = WebSession.signIn(customer, WebSession.DEMO_PASSWORD, "/account/");
        for (String path : visitPaths()) {
            Page page = session.get(URI.create(TestEnvironment.PORTAL + path));
            if (page.status() != 200 || !page.body().contains("id=\"page-title\"")) {
                throw new IllegalStateException(path + " answered " + page.status() + " ('" + page.title() + "')");
            }
        }
    }

    private static List<Map.Entry<String, Long>> growth(BenchServer.LiveHeap before, BenchServer.LiveHeap after) {
        return after.bytesByClass().entrySet().stream()
                .map(entry -> Map.entry(
                        entry.getKey(), entry.getValue() - before.bytesByClass().getOrDefault(entry.getKey(), 0L)))
                .filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .toList();
    }

    private static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
