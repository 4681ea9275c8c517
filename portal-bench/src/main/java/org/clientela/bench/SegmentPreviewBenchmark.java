package org.clientela.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.WebSession;
import org.clientela.it.support.WebSession.Page;

/**
 * Segment previews over 100,000 customers on PostgreSQL. Seeds, in bulk SQL straight into the
 * database ({@code generate_series}): customers in four languages, most with a lifecycle stage,
 * two thirds with orders (one line each, over 20 catalog categories, some cancelled), a third
 * subscribed to a news category, some with questions, and two interactions each over the last
 * 400 days. Then the sales manager, signed in, asks {@code /staff/crm/segment-preview} for
 * typical criteria, each a few times after one warm-up call; the report gives the time the
 * server took (count and first 50 members) and the round trip. Target: 2 s per preview.
 * Figures go to the console and to {@code target/bench/segment-preview.md}; the exit code is
 * non-zero when a median is over the target or a call failed.
 *
 * <p>Run with {@code ./mvnw verify -Pbench-segments -DskipTests} (see the README).
 */
public final class SegmentPreviewBenchmark {

    static final long TARGET_MILLIS = 2000;

    private final int customers = Integer.getInteger("bench.customers", 100_000);
    private final int rounds = Integer.getInteger("bench.rounds", 5);
    private final String dbUrl =
            System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/clientela_bench_segments");
    private final Path benchDir = Path.of(System.getProperty("bench.dir", "target/bench"));

    /** The criteria timed, by what they mean. */
    static final Map<String, String> CRITERIA = new LinkedHashMap<>();

    static {
        CRITERIA.put("everyone", "{}");
        CRITERIA.put("language bg, stage CLIENT", "{\"languages\":[\"bg\"],\"stages\":[\"CLIENT\"]}");
        CRITERIA.put("prospects in en or uk", "{\"languages\":[\"en\",\"uk\"],\"stages\":[\"PROSPECT\"]}");
        CRITERIA.put("interested in 2 categories", "{\"categories\":[\"bench-cat-3\",\"bench-news-2\"]}");
        CRITERIA.put(
                "spent 100–1000, active within 30 days",
                "{\"minSpend\":100,\"maxSpend\":1000,\"activeWithinDays\":30}");
        CRITERIA.put(
                "all of them combined",
                "{\"languages\":[\"en\",\"bg\"],\"categories\":[\"bench-cat-1\",\"bench-cat-7\",\"bench-news-4\"],"
                        + "\"stages\":[\"REPEAT_BUYER\",\"CLIENT\",\"ADVOCATE\"],\"minSpend\":50,\"activeWithinDays\":180}");
    }

    private record Timing(String name, long count, long[] serverMillis, long[] roundTripMillis) {}

    public static void main(String[] args) {
        BenchmarkRun.exitWith(() -> new SegmentPreviewBenchmark().run());
    }

    private boolean run() throws Exception {
        Files.createDirectories(benchDir);
        List<Timing> timings = new ArrayList<>();
        Duration seeding;
        StoreBenchEnvironment environment = StoreBenchEnvironment.start("segment-preview", dbUrl, benchDir);
        try {
            Instant started = Instant.now();
            seed();
            seeding = Duration.between(started, Instant.now());
            StoreBenchEnvironment.log(
                    "Seeded " + customers + " customers in " + StoreBenchEnvironment.seconds(seeding));
            WebSession sales = WebSession.signIn("sales", WebSession.DEMO_PASSWORD, "/staff/crm/segments");
            for (Map.Entry<String, String> criteria : CRITERIA.entrySet()) {
                timings.add(time(sales, criteria.getKey(), criteria.getValue()));
            }
        } finally {
            environment.close();
        }
        StringBuilder report = new StringBuilder("# Segment preview over " + customers + " customers (PostgreSQL)\n\n")
                .append("Seeding: ")
                .append(StoreBenchEnvironment.seconds(seeding))
                .append(". Each criteria: one")
                .append(" warm-up call, then ")
                .append(rounds)
                .append(" timed. Target: ")
                .append(TARGET_MILLIS)
                .append(" ms.\n\n| criteria | members | server median ms | server max ms | round trip median ms |\n")
                .append("|---|---:|---:|---:|---:|\n");
        boolean ok = true;
        for (Timing t : timings) {
            long median = median(t.serverMillis());
            ok &= median <= TARGET_MILLIS;
            report.append("| ")
                    .append(t.name())
                    .append(" | ")
                    .append(t.count())
                    .append(" | ")
                    .append(median)
                    .append(" | ")
                    .append(Arrays.stream(t.serverMillis()).max().orElse(0))
                    .append(" | ")
                    .append(median(t.roundTripMillis()))
                    .append(" |\n");
        }
        report.append("\n")
                .append(ok ? "Every median within the target." : "A median is over the target.")
                .append("\n");
        System.out.println(report);
        Files.writeString(benchDir.resolve("segment-preview.md"), report.toString());
        return ok;
    }

    private Timing time(WebSession sales, String name, String criteria) throws Exception {
        URI uri = URI.create(TestEnvironment.PORTAL + "/staff/crm/segment-preview?criteria="
                + URLEncoder.encode(criteria, StandardCharsets.UTF_8));
        long count = 0;
        long[] server = new long[rounds];
        long[] roundTrip = new long[rounds];
        for (int i = -1; i < rounds; i++) {
            long started = System.nanoTime();
            Page page = sales.get(uri);
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            if (page.status() != 200) {
                throw new IllegalStateException(name + ": HTTP " + page.status() + " " + page.body());
            }
            count = number(page.body(), "count");
            if (i >= 0) {
                server[i] = number(page.body(), "millis");
                roundTrip[i] = elapsed;
            }
        }
        StoreBenchEnvironment.log(name + ": " + count + " members, server median " + median(server) + " ms");
        return new Timing(name, count, server, roundTrip);
    }

    private static long number(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + field + " in " + json);
        }
        return Long.parseLong(matcher.group(1));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Bulk inserts after the server migrated the schema; ids far above what the sequences hand out. */
    private void seed() throws Exception {
        int n = customers;
        String[] sql = {
            "insert into catalog_category (id, parent_id, slug, active, version)"
                    + " select 900000 + g, null, 'bench-cat-' || g, true, 0 from generate_series(0, 19) g",
            "insert into product (id, sku, category_id, net_price, vat_rate, currency, stock, active, updated_at, version)"
                    + " select 900000 + g, 'BENCH-' || g, 900000 + g % 20, 10, 20, 'EUR', 100, true, now(), 0"
                    + " from generate_series(0, 199) g",
            "insert into news_category (id, parent_id, slug, active, version)"
                    + " select 900000 + g, null, 'bench-news-' || g, true, 0 from generate_series(0, 9) g",
            "insert into customer (id, subject, email, first_name, last_name, preferred_language, registered_at, version)"
                    + " select 10000000 + g, 'bench-' || g, 'bench' || g || '@clientela.test', 'Bench', 'Customer ' || g,"
                    + " (array['EN','BG','UK','RU'])[1 + g % 4], now() - g * interval '1 minute', 0"
                    + " from generate_series(1, " + n + ") g",
            // one in eight stays a prospect (no row)
            "insert into customer_stage (customer_id, stage, since, computed_at, version)"
                    + " select 10000000 + g, (array['FIRST_TIME_BUYER','REPEAT_BUYER','CLIENT','SUPPORTER','ADVOCATE',"
                    + "'LAPSED','CLIENT'])[1 + g % 7], now(), now(), 0 from generate_series(1, " + n + ") g"
                    + " where g % 8 <> 0",
            // three orders for two customers in three, one in ten cancelled
            "insert into customer_order (id, customer_id, placed_by_subject, idempotency_key, status, language,"
                    + " delivery_method, delivery_price, payment_method, payment_reference, ship_postal_code, ship_city,"
                    + " ship_country, bill_postal_code, bill_city, bill_country, total, currency, placed_at, updated_at,"
                    + " version) select 20000000 + g * 3 + k, 10000000 + g, 'bench', 'bench-' || g || '-' || k,"
                    + " case when (g + k) % 10 = 0 then 'CANCELLED' else 'DELIVERED' end, 'EN', 'COURIER', 0, 'INVOICE',"
                    + " 'bench', '1000', 'Sofia', 'BG', '1000', 'Sofia', 'BG', (g * 7 + k * 13) % 600 + 0.99, 'EUR',"
                    + " now() - ((g + k * 50) % 365) * interval '1 day', now(), 0"
                    + " from generate_series(1, " + n + ") g cross join generate_series(0, 2) k where g % 3 <> 0",
            "insert into order_line (order_id, line_no, sku, name, quantity, unit_price, vat_rate, total)"
                    + " select o.id, 1, 'BENCH-' || (o.id % 200), 'Bench product', 1, o.total, 20, o.total"
                    + " from customer_order o where o.id >= 20000000",
            "insert into news_subscription (id, customer_id, languages, frequency, status, language, created_at, version)"
                    + " select 30000000 + g, 10000000 + g, 'en', 'IMMEDIATE', case when g % 10 = 0 then 'ENDED' else"
                    + " 'ACTIVE' end, 'EN', now(), 0 from generate_series(1, " + n + ") g where g % 3 = 0",
            "insert into news_subscription_category (subscription_id, category_id)"
                    + " select s.id, 900000 + s.id % 10 from news_subscription s where s.id >= 30000000",
            "insert into question (id, author_id, title, body, language, category_slug, created_at, version)"
                    + " select 40000000 + g, 10000000 + g, 'Bench question', 'Body', 'EN', 'bench-cat-' || (g % 20),"
                    + " now() - (g % 100) * interval '1 day', 0 from generate_series(1, " + n + ") g where g % 20 = 0",
            "insert into interaction (id, customer_id, type, channel, occurred_at, summary)"
                    + " select 50000000 + g * 2 + k, 10000000 + g, 'PROFILE_UPDATED', 'WEB',"
                    + " now() - ((g * 3 + k * 97) % 400) * interval '1 day', 'bench'"
                    + " from generate_series(1, " + n + ") g cross join generate_series(0, 1) k",
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
