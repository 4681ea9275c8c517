package org.clientela.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.WebSession;
import org.clientela.it.support.WebSession.Page;

/**
 * The customer 360 of a customer with 10,000 interactions, on PostgreSQL. Seeds the customer in
 * bulk SQL (interactions of eight types over two years, 40 orders, questions and a review), signs
 * the sales manager in, and asks for the 360 page (summary panels and the first 50 timeline
 * entries), the next page by its cursor and a page filtered by type, one after another. A single
 * client on the loopback: the time is the server's, plus a few hundred microseconds of the
 * connection. Target: the first page in 50 ms. Figures go to the console and to
 * {@code target/bench/customer-record.md}.
 *
 * <p>Run with {@code ./mvnw verify -Pbench-crm -DskipTests} (see the README).
 */
public final class CustomerRecordBenchmark {

    static final double TARGET_MILLIS = 50;
    static final long CUSTOMER = 11_000_000L;

    private final int interactions = Integer.getInteger("bench.interactions", 10_000);
    private final int rounds = Integer.getInteger("bench.rounds", 200);
    private final String dbUrl =
            System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/clientela_bench_crm");
    private final Path benchDir = Path.of(System.getProperty("bench.dir", "target/bench"));

    public static void main(String[] args) {
        int status;
        try {
            status = new CustomerRecordBenchmark().run() ? 0 : 1;
        } catch (Exception e) {
            e.printStackTrace();
            status = 2;
        }
        System.exit(status);
    }

    private boolean run() throws Exception {
        Files.createDirectories(benchDir);
        LatencyRecorder first = new LatencyRecorder();
        LatencyRecorder older = new LatencyRecorder();
        LatencyRecorder filtered = new LatencyRecorder();
        StoreBenchEnvironment environment = StoreBenchEnvironment.start("customer-record", dbUrl, benchDir);
        Duration seeding;
        try {
            Instant started = Instant.now();
            seed();
            seeding = Duration.between(started, Instant.now());
            StoreBenchEnvironment.log(
                    "Seeded " + interactions + " interactions in " + StoreBenchEnvironment.seconds(seeding));
            WebSession sales = WebSession.signIn("sales", WebSession.DEMO_PASSWORD, "/staff/crm/segments");
            URI page = URI.create(TestEnvironment.PORTAL + "/staff/customer?id=" + CUSTOMER);
            String olderLink = null;
            for (int i = -200; i < rounds; i++) { // 200 to warm up: the JIT compiles the page's code first
                Page answer = time(sales, page, i < 0 ? null : first);
                olderLink = olderLink(answer.body());
            }
            URI next = URI.create(TestEnvironment.PORTAL + olderLink.replace("&amp;", "&"));
            URI reviews =
                    URI.create(TestEnvironment.PORTAL + "/staff/customer?id=" + CUSTOMER + "&types=REVIEW_POSTED");
            for (int i = -50; i < rounds; i++) {
                time(sales, next, i < 0 ? null : older);
                time(sales, reviews, i < 0 ? null : filtered);
            }
        } finally {
            environment.close();
        }
        double p50 = first.millisAt(50);
        StringBuilder report = new StringBuilder(
                        "# Customer 360 with " + interactions + " interactions (PostgreSQL)\n\n")
                .append("Seeding: ")
                .append(StoreBenchEnvironment.seconds(seeding))
                .append(". One client, the sales manager signed in, ")
                .append(rounds)
                .append(" requests of each page after a warm-up. Target: first page in ")
                .append((long) TARGET_MILLIS)
                .append(" ms.\n\n| page | requests | latency |\n|---|---:|---|\n")
                .append(row("360, first page (summary + newest 50)", first))
                .append(row("older page by cursor", older))
                .append(row("filtered by type (REVIEW_POSTED)", filtered))
                .append("\n")
                .append(
                        p50 <= TARGET_MILLIS
                                ? "The first page's median is within the target."
                                : "The first page's median is over the target.")
                .append("\n");
        System.out.println(report);
        Files.writeString(benchDir.resolve("customer-record.md"), report.toString());
        return p50 <= TARGET_MILLIS && first.errorCount() + older.errorCount() + filtered.errorCount() == 0;
    }

    private static String row(String name, LatencyRecorder recorder) {
        return "| " + name + " | " + recorder.successes() + " | " + recorder.percentiles() + " |\n";
    }

    private static Page time(WebSession sales, URI uri, LatencyRecorder recorder) throws Exception {
        long started = System.nanoTime();
        Page page = sales.get(uri);
        long elapsed = System.nanoTime() - started;
        if (page.status() != 200 || !page.body().contains("id=\"timeline\"")) {
            if (recorder != null) {
                recorder.error("HTTP " + page.status(), uri.toString());
                return page;
            }
            throw new IllegalStateException(uri + ": HTTP " + page.status());
        }
        if (recorder != null) {
            recorder.record(elapsed);
        }
        return page;
    }

    private static String olderLink(String html) {
        Matcher matcher =
                Pattern.compile("id=\"timeline-older\" href=\"([^\"]+)\"").matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no link to older entries on the 360 page");
        }
        return matcher.group(1);
    }

    /** Bulk inserts after the server migrated the schema; ids far above what the sequences hand out. */
    private void seed() throws Exception {
        long c = CUSTOMER;
        String[] sql = {
            "insert into customer (id, subject, email, first_name, last_name, preferred_language, registered_at, version)"
                    + " values (" + c + ", 'bench-360', 'bench360@clientela.test', 'Busy', 'Customer', 'EN',"
                    + " now() - interval '800 days', 0)",
            "insert into customer_order (id, customer_id, placed_by_subject, idempotency_key, status, language,"
                    + " delivery_method, delivery_price, payment_method, payment_reference, ship_postal_code, ship_city,"
                    + " ship_country, bill_postal_code, bill_city, bill_country, total, currency, placed_at, updated_at,"
                    + " version) select 21000000 + g, " + c + ", 'bench-360', 'bench-360-' || g, 'DELIVERED', 'EN',"
                    + " 'STANDARD', 4.90, 'INVOICE', 'bench', '1000', 'Sofia', 'BG', '1000', 'Sofia', 'BG', 10 + g, 'EUR',"
                    + " now() - g * interval '15 days', now(), 0 from generate_series(1, 40) g",
            "insert into question (id, author_id, title, body, language, created_at, version)"
                    + " select 41000000 + g, " + c + ", 'Bench question ' || g, 'Body', 'EN',"
                    + " now() - g * interval '20 days', 0 from generate_series(1, 30) g",
            "insert into interaction (id, customer_id, actor_name, type, channel, occurred_at, reference, summary)"
                    + " select 51000000 + g, " + c + ", 'Busy Customer',"
                    + " (array['PROFILE_UPDATED','ORDER_PLACED','ORDER_SHIPPED','MAIL_SENT','QUESTION_ASKED',"
                    + "'ANSWER_POSTED','REVIEW_POSTED','NEWS_SUBSCRIBED'])[1 + g % 8], 'WEB',"
                    + " now() - g * interval '1 hour', 'bench:' || g, 'Bench interaction ' || g"
                    + " from generate_series(1, " + interactions + ") g",
            "analyze"
        };
        try (Connection db = DriverManager.getConnection(dbUrl, "postgres", "postgres");
                Statement statement = db.createStatement()) {
            for (String step : sql) {
                statement.execute(step);
            }
        }
    }
}
