package org.clientela.bench;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.clientela.it.support.ErpApi;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.Tokens;
import org.clientela.store.CatalogSync;

/**
 * The servers of a store benchmark, all on loopback: PostgreSQL's database dropped and created,
 * Keycloak as the tests start it (the realm freshly imported), the SMTP sink, and the built
 * WildFly in its own copy under {@code bench.dir/<name>}. Seeds the catalog the way the ERP does,
 * through the portal's API. {@link #close()} stops them all, also when the JVM is interrupted.
 */
final class StoreBenchEnvironment implements AutoCloseable {

    private final BenchServer server;
    private final RawSmtpSink sink;
    private final AtomicBoolean closed = new AtomicBoolean();

    private StoreBenchEnvironment(BenchServer server, RawSmtpSink sink) {
        this.server = server;
        this.sink = sink;
    }

    /** Starts everything; WildFly boots while Keycloak does, as in the test run. */
    static StoreBenchEnvironment start(String name, String dbUrl, Path benchDir) {
        return start(name, dbUrl, benchDir, Map.of());
    }

    /** The same, with system properties for WildFly. */
    static StoreBenchEnvironment start(String name, String dbUrl, Path benchDir, Map<String, String> properties) {
        // someone else's server on these ports would be measured instead
        TestEnvironment.refuseBusyPorts(8080, 9990, 8180, 9180, 3025);
        TestEnvironment.recreatePostgresDatabase(dbUrl);
        // the portal's mails (welcome, order confirmations) are only counted
        RawSmtpSink sink = new RawSmtpSink(3025, false);
        BenchServer server = new BenchServer(
                Path.of(System.getProperty("wildfly.home")),
                Path.of(System.getProperty("clientela.ear")),
                benchDir.resolve(name),
                Map.of(
                        "DB_DRIVER", "postgresql",
                        "DB_URL", dbUrl,
                        "DB_USER", "postgres",
                        "DB_PASSWORD", "postgres",
                        "SMTP_HOST", "127.0.0.1",
                        "SMTP_PORT", "3025",
                        "PORTAL_CLIENT_SECRET", "portal-demo-secret",
                        "OIDC_PROVIDER_URL", TestEnvironment.REALM));
        StoreBenchEnvironment environment = new StoreBenchEnvironment(server, sink);
        Runtime.getRuntime().addShutdownHook(new Thread(environment::close));
        try {
            log("Starting Keycloak and WildFly (" + name + ")…");
            TestEnvironment.startKeycloak();
            server.start(name, properties);
            TestEnvironment.awaitKeycloak();
        } catch (RuntimeException e) {
            environment.close();
            throw e;
        }
        return environment;
    }

    /** Categories, then products in calls of at most {@value CatalogSync#MAX_ITEMS}, as the ERP sends them. */
    void seed(List<CatalogSeed.Category> categories, List<CatalogSeed.Product> products) throws Exception {
        put("/api/store/categories", CatalogSeed.categoriesJson(categories));
        for (int from = 0; from < products.size(); from += CatalogSync.MAX_ITEMS) {
            List<CatalogSeed.Product> call =
                    products.subList(from, Math.min(products.size(), from + CatalogSync.MAX_ITEMS));
            put("/api/store/products", CatalogSeed.productsJson(call));
        }
    }

    private static void put(String path, String json) throws Exception {
        // a fresh token per call: seeding may outlast one
        HttpResponse<String> response = ErpApi.put(path, Tokens.erpConnector(), json);
        if (response.statusCode() != 200) {
            String body = response.body();
            throw new IllegalStateException("PUT " + path + " answered " + response.statusCode() + ": "
                    + body.substring(0, Math.min(2000, body.length())));
        }
    }

    BenchServer server() {
        return server;
    }

    /** Mails the portal handed to the SMTP sink so far. */
    long mailsSent() {
        return sink.count();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            server.stop();
        } finally {
            TestEnvironment.stopAll();
            sink.close();
        }
    }

    static void log(String line) {
        System.out.println("[bench] " + line);
    }

    static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
