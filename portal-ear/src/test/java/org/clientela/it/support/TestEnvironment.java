package org.clientela.it.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The servers around WildFly, started once per test run and stopped at its end: the SMTP sink
 * (GreenMail, in this JVM, SMTP 3025 and IMAP 3143 on loopback) and Keycloak (its distribution,
 * the realm freshly imported, port 8180). Arquillian starts and stops WildFly itself. With
 * {@code -Ppostgresql} the test database is dropped and created anew first. The store benchmarks
 * start and stop Keycloak through the same methods, without JUnit.
 */
public class TestEnvironment implements LauncherSessionListener {

    public static final String PORTAL = "http://localhost:8080";
    public static final String KEYCLOAK = "http://localhost:8180";
    public static final String REALM = KEYCLOAK + "/realms/clientela";
    public static final int SMTP_PORT = 3025;
    public static final int IMAP_PORT = 3143;

    private static GreenMail greenMail;
    private static Process keycloak;
    private static CompletableFuture<Void> keycloakReady;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        refuseBusyPorts(8080, 9990, 8180, SMTP_PORT, IMAP_PORT);
        forgetPortalData();
        recreatePostgresDatabase();
        startMailSink();
        startKeycloak();
        Runtime.getRuntime().addShutdownHook(new Thread(TestEnvironment::stopAll));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stopAll();
    }

    /** The SMTP sink every server sends to; tests read what arrived. */
    public static GreenMail mail() {
        return greenMail;
    }

    /** Waits for Keycloak to answer (it starts in the background while WildFly boots). */
    public static void awaitKeycloak() {
        try {
            keycloakReady.get(240, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Keycloak did not start; see " + logDir().resolve("keycloak.log"), e);
        }
    }

    /** Fails when something listens on one of these loopback ports already. */
    public static void refuseBusyPorts(int... ports) {
        for (int port : ports) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                throw new IllegalStateException("Port " + port
                        + " is already in use: stop ./run.sh (or whatever holds it) before running the tests");
            } catch (IOException free) {
                // nothing listens: good
            }
        }
    }

    /**
     * Removes the H2 database and the search index of the server under test, so that every run
     * starts empty as on a fresh build, also a second run in the same build (on PostgreSQL).
     */
    private static void forgetPortalData() {
        String wildfly = System.getProperty("wildfly.home");
        if (wildfly == null) {
            return;
        }
        Path data = Path.of(wildfly, "standalone", "data");
        try {
            deleteRecursively(data.resolve("clientela"));
            deleteRecursively(data.resolve("search-index"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the portal's data in " + data, e);
        }
    }

    private static void recreatePostgresDatabase() {
        String url = System.getProperty("it.db.url", "");
        if (!url.isBlank()) {
            recreatePostgresDatabase(url);
        }
    }

    /** Drops and creates the database of this JDBC URL (user postgres), for a run that starts clean. */
    public static void recreatePostgresDatabase(String url) {
        String database = url.substring(url.lastIndexOf('/') + 1);
        String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(admin, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + database + " at " + admin, e);
        }
    }

    private static void startMailSink() {
        greenMail = new GreenMail(new ServerSetup[] {
                    new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
                })
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
    }

    /** Starts Keycloak in the background with the realm freshly imported; {@link #awaitKeycloak()} waits for it. */
    public static void startKeycloak() {
        Path home = Path.of(System.getProperty("keycloak.home"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException(
                    "No Keycloak at " + home + ": build keycloak-realm first (./mvnw verify does)");
        }
        try {
            deleteRecursively(home.resolve("data/h2")); // a fresh import of the realm every run
            Files.createDirectories(logDir());
            ProcessBuilder builder = new ProcessBuilder(
                            home.resolve("bin/kc.sh").toString(),
                            "start-dev",
                            "--http-host=127.0.0.1",
                            "--http-port=8180",
                            "--http-management-port=9180",
                            "--import-realm")
                    .redirectErrorStream(true)
                    .redirectOutput(logDir().resolve("keycloak.log").toFile());
            Map<String, String> env = builder.environment();
            env.put("PORTAL_CLIENT_SECRET", "portal-demo-secret");
            env.put("ERP_CLIENT_SECRET", "erp-demo-secret");
            env.put("SMTP_HOST", "localhost");
            env.put("SMTP_PORT", Integer.toString(SMTP_PORT));
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            // it starts while WildFly deploys, on the same cores: without the optimising compiler
            // its start takes about 40 % less CPU, and the sign-ins of a test run do not miss it
            env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
            keycloak = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Keycloak", e);
        }
        keycloakReady = CompletableFuture.runAsync(TestEnvironment::waitForKeycloak);
    }

    private static void waitForKeycloak() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(REALM + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!keycloak.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + keycloak.exitValue());
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("Keycloak did not answer within 4 minutes");
    }

    /** Stops whatever of Keycloak and the mail sink is running. */
    public static synchronized void stopAll() {
        if (keycloak != null && keycloak.isAlive()) {
            List<ProcessHandle> children = keycloak.descendants().toList();
            keycloak.destroy();
            children.forEach(ProcessHandle::destroy);
            try {
                if (!keycloak.waitFor(30, TimeUnit.SECONDS)) {
                    keycloak.destroyForcibly();
                    children.forEach(ProcessHandle::destroyForcibly);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        keycloak = null;
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    public static Path logDir() {
        return Path.of(System.getProperty("it.log.dir", "target/it-logs"));
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
