package org.clientela.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.WebSession;
import org.clientela.it.support.WebSession.Failure;
import org.clientela.it.support.WebSession.Form;
import org.clientela.it.support.WebSession.Page;
import org.jsoup.nodes.Element;

/**
 * Customers buying at once: 200 products with ample stock seeded through the ERP API on
 * PostgreSQL, 16 customers created in Keycloak and signed in through its login form, then each in
 * a loop orders one to three products with a new address; every fifth pays by test card, one in
 * twenty sends the same order again (a double submit). By default ({@code bench.orders.via=api})
 * they order through {@code POST /api/account/orders} with their session; with {@code pages} as a
 * browser without JavaScript: each product added on its page (the JSF form), the checkout page,
 * its form posted, the order page. Afterwards the database is compared with what the driver saw: every order it was
 * shown exists with the lines the checkout page listed, no other order exists, no form made two
 * orders, and the stock went down by exactly what was ordered. Figures go to the console and to
 * {@code target/bench/order-placement.md}; the exit code is non-zero when an order is lost,
 * doubled or wrong.
 *
 * <p>Run with {@code ./mvnw verify -Pbench-orders -DskipTests} (see the README).
 */
public final class OrderPlacementBenchmark {

    static final int STOCK = 1_000_000;
    static final double TARGET_ORDERS_PER_SECOND = 100;
    static final String TEST_CARD = "4242424242424242";

    private static final String ROUND = "round";
    private static final String PLACEMENT = "placement";
    private static final Pattern ORDER_LOCATION = Pattern.compile("/account/order\\?id=(\\d+)");
    private static final Pattern ORDER_NUMBER = Pattern.compile("CL-\\d+");
    private static final Pattern API_ORDER_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final BigDecimal DELIVERY = new BigDecimal("4.90");

    private final int customers = Integer.getInteger("bench.customers", 16);
    /** {@code api}: the order API with the buyer's session; {@code pages}: as a browser without JavaScript. */
    private final boolean viaApi = !"pages".equals(System.getProperty("bench.orders.via", "api"));

    private final int productCount = Integer.getInteger("bench.products", 200);
    private final Duration warmUp = Duration.ofSeconds(Integer.getInteger("bench.warmup-seconds", 15));
    private final Duration measured = Duration.ofSeconds(Integer.getInteger("bench.seconds", 60));
    private final String dbUrl =
            System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/clientela_bench_orders");
    private final Path benchDir = Path.of(System.getProperty("bench.dir", "target/bench"));

    private List<CatalogSeed.Product> products;

    /** A checkout form the driver posted: with the order it was shown, or none when no answer came. */
    record Attempt(String email, String key, Map<String, Integer> lines, boolean card, Long orderId, String number) {}

    private final ConcurrentLinkedQueue<Attempt> placed = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Attempt> unanswered = new ConcurrentLinkedQueue<>();
    private final AtomicLong doubleSame = new AtomicLong();
    private final AtomicLong doubleOther = new AtomicLong();
    private final AtomicLong doubleFailed = new AtomicLong();
    private final ConcurrentLinkedQueue<String> doubleFailures = new ConcurrentLinkedQueue<>();

    public static void main(String[] args) {
        BenchmarkRun.exitWith(() -> new OrderPlacementBenchmark().run());
    }

    private boolean run() throws Exception {
        Files.createDirectories(benchDir);
        products = CatalogSeed.products("BO", productCount, i -> STOCK, null, 20261124);
        Report report = new Report();
        StoreBenchEnvironment environment = StoreBenchEnvironment.start("order-placement", dbUrl, benchDir);
        try {
            Instant started = Instant.now();
            environment.seed(CatalogSeed.categories(), products);
            report.seeding = Duration.between(started, Instant.now());

            started = Instant.now();
            List<String> usernames = BenchUsers.customers("bench-buyer", customers);
            report.usersCreated = Duration.between(started, Instant.now());

            started = Instant.now();
            List<WebSession> sessions = new ArrayList<>();
            for (String username : usernames) {
                sessions.add(WebSession.signIn(username));
            }
            report.signedIn = Duration.between(started, Instant.now());
            log(customers + " customers created in Keycloak and signed in; " + customers + " buyers, warm-up "
                    + warmUp.toSeconds() + " s, then " + measured.toSeconds() + " s measured…");

            // what an order costs the two cores, whatever the machine's speed of the hour
            Duration wildflyBefore = environment.server().cpuTime();
            Duration postgresBefore = BenchServer.postgresCpuTime();
            report.outcome = LoadDriver.run(
                    customers,
                    warmUp,
                    measured,
                    i -> new Buyer(i, usernames.get(i) + "@clientela.test", sessions.get(i)),
                    ROUND,
                    PLACEMENT);
            // a round places one order, in the warm-up as measured
            double placed = Math.max(
                    1,
                    report.outcome.main().successes() + report.outcome.warmUp().successes());
            report.wildflyCpuPerOrder =
                    environment.server().cpuTime().minus(wildflyBefore).toNanos() / 1e6 / placed;
            report.postgresCpuPerOrder =
                    BenchServer.postgresCpuTime().minus(postgresBefore).toNanos() / 1e6 / placed;
            log(String.format(
                    "%.1f orders/s, placement %s, errors %s, CPU per order %.2f ms WildFly, %.2f ms PostgreSQL",
                    report.outcome.perSecond(PLACEMENT),
                    report.outcome.get(PLACEMENT).percentiles(),
                    report.outcome.main().errorSummary(),
                    report.wildflyCpuPerOrder,
                    report.postgresCpuPerOrder));
            report.mails = environment.mailsSent();
        } finally {
            environment.close();
        }
        report.heap = environment.server().heap();
        try (Connection db = DriverManager.getConnection(dbUrl, "postgres", "postgres")) {
            report.check = check(db);
        }
        String text = report.render();
        System.out.println(text);
        Files.writeString(benchDir.resolve("order-placement.md"), text);
        return report.faultless();
    }

    // --- the buyers -------------------------------------------------------------------------------

    /** One signed-in customer's browser, buying in a loop; keeps what it put into the cart. */
    private final class Buyer implements LoadDriver.Client {
        private final String email;
        private final String recipient;
        private final WebSession web;
        private final Random random;
        private final Map<String, Integer> cart = new TreeMap<>();
        /** After a failed round the cart may hold what the driver does not know: the checkout page tells. */
        private boolean unsure;

        private int orders;

        Buyer(int index, String email, WebSession web) {
            this.email = email;
            this.recipient = String.format("Bench Buyer %02d", index + 1);
            this.web = web;
            this.random = new Random(3000 + index);
        }

        @Override
        public void next(LoadDriver.Round round) throws Exception {
            if (viaApi) {
                order(round);
                return;
            }
            try {
                int adding = 1 + random.nextInt(3);
                Set<String> chosen = new HashSet<>();
                while (chosen.size() < adding) {
                    String sku = products.get(random.nextInt(products.size())).sku();
                    if (!cart.containsKey(sku)) {
                        chosen.add(sku);
                    }
                }
                for (String sku : chosen) {
                    addToCart(sku, 1 + random.nextInt(3));
                }
                checkout(round);
            } catch (Exception e) {
                unsure = true;
                throw e;
            }
        }

        /** The product page's form, as a browser submits it: redirected back to the product page. */
        private void addToCart(String sku, int quantity) throws Exception {
            Page product = web.get(URI.create(TestEnvironment.PORTAL + "/product/" + sku));
            if (product.status() != 200) {
                throw new Failure("product page HTTP " + product.status(), sku);
            }
            Form form = product.form("addToCart").set("quantity", Integer.toString(quantity));
            Page added = web.follow(web.post(form));
            if (added.status() != 200) {
                throw new Failure("add to cart HTTP " + added.status(), sku + " at " + form.action());
            }
            cart.merge(sku, quantity, Integer::sum);
            String count = added.text("cart-count");
            String expected = Integer.toString(
                    cart.values().stream().mapToInt(Integer::intValue).sum());
            if (!expected.equals(count)) {
                throw new Failure(
                        "cart count wrong after adding",
                        "expected " + expected + ", page says " + count + " (" + messages(added) + ")");
            }
        }

        private void checkout(LoadDriver.Round round) throws Exception {
            Page page = web.get(URI.create(TestEnvironment.PORTAL + "/account/checkout"));
            if (page.status() != 200) {
                throw new Failure("checkout page HTTP " + page.status(), String.valueOf(page.uri()));
            }
            if (page.document().getElementById("unverified") != null) {
                throw new Failure("email not verified", email);
            }
            Map<String, Integer> shown = new TreeMap<>();
            for (Element line : page.document().select("tr.checkout-line")) {
                shown.merge(
                        line.attr("data-sku"),
                        Integer.parseInt(line.child(1).text().strip()),
                        Integer::sum);
            }
            if (!shown.equals(cart)) {
                String difference = "added " + cart + ", checkout shows " + shown;
                boolean known = !unsure;
                cart.clear();
                cart.putAll(shown);
                if (known) {
                    throw new Failure("checkout shows another cart", difference);
                }
            }
            unsure = false;
            Form form = page.form("checkout");
            String key = form.get("checkout:key");
            if (key == null || key.isBlank()) {
                throw new Failure(
                        "no idempotency key in the checkout form",
                        form.fields().keySet().toString());
            }
            boolean card = orders % 5 == 4;
            form.set("checkout:shipTo", "0")
                    .set("checkout:shipRecipient", recipient)
                    .set("checkout:shipStreet", "bul. Vitosha 1")
                    .set("checkout:shipPostalCode", "1000")
                    .set("checkout:shipCity", "Sofia")
                    .set("checkout:shipCountry_input", "BG")
                    .set("checkout:billTo", "-1")
                    .set("checkout:delivery", "STANDARD")
                    .set("checkout:payment", card ? "CARD" : "INVOICE")
                    .set("checkout:card", card ? TEST_CARD : "")
                    .set("checkout:place", "");
            String body = form.encoded();
            Map<String, Integer> lines = Map.copyOf(cart);

            long started = System.nanoTime();
            Page answer;
            try {
                answer = web.post(form.action(), body);
            } catch (IOException e) {
                unanswered.add(new Attempt(email, key, lines, card, null, null));
                throw e;
            }
            long took = System.nanoTime() - started;
            Long orderId = orderId(answer);
            if (orderId == null) {
                if (answer.status() >= 500) {
                    unanswered.add(new Attempt(email, key, lines, card, null, null));
                    throw new Failure("checkout HTTP " + answer.status(), key);
                }
                throw new Failure("checkout refused: " + messages(answer), "HTTP " + answer.status() + ", " + key);
            }
            round.record(PLACEMENT, took);
            cart.clear(); // the order took every line out of the cart
            orders++;

            if (random.nextInt(20) == 0) {
                doubleSubmit(form.action(), body, orderId);
            }
            Page order = web.follow(answer);
            String number = order.text("page-title");
            Matcher matcher = ORDER_NUMBER.matcher(number == null ? "" : number);
            placed.add(new Attempt(email, key, lines, card, orderId, matcher.find() ? matcher.group() : null));
            if (order.status() != 200) {
                throw new Failure("order page HTTP " + order.status(), String.valueOf(order.uri()));
            }
        }

        /**
         * One to three products, straight to {@code POST /api/account/orders} with the total the
         * catalog's prices make; the answer names the order. One in twenty is sent twice.
         */
        private void order(LoadDriver.Round round) throws Exception {
            Map<String, Integer> lines = new TreeMap<>();
            int adding = 1 + random.nextInt(3);
            BigDecimal total = DELIVERY;
            while (lines.size() < adding) {
                CatalogSeed.Product product = products.get(random.nextInt(products.size()));
                if (!lines.containsKey(product.sku())) {
                    int quantity = 1 + random.nextInt(3);
                    lines.put(product.sku(), quantity);
                    total = total.add(product.grossPrice().multiply(BigDecimal.valueOf(quantity)));
                }
            }
            boolean card = orders % 5 == 4;
            String key = UUID.randomUUID().toString();
            String json = "{\"lines\":"
                    + lines.entrySet().stream()
                            .map(l -> "{\"sku\":\"" + l.getKey() + "\",\"quantity\":" + l.getValue() + "}")
                            .collect(Collectors.joining(",", "[", "]"))
                    + ",\"expectedTotal\":" + total.toPlainString()
                    + ",\"delivery\":\"STANDARD\",\"payment\":\"" + (card ? "CARD" : "INVOICE") + "\""
                    + (card ? ",\"cardNumber\":\"" + TEST_CARD + "\"" : "")
                    + ",\"shipping\":{\"recipient\":\"" + recipient + "\",\"street\":\"bul. Vitosha 1\","
                    + "\"postalCode\":\"1000\",\"city\":\"Sofia\",\"country\":\"BG\"}}";
            URI api = URI.create(TestEnvironment.PORTAL + "/api/account/orders");

            long started = System.nanoTime();
            HttpResponse<String> answer;
            try {
                answer = web.postJson(api, json, key);
            } catch (IOException e) {
                unanswered.add(new Attempt(email, key, lines, card, null, null));
                throw e;
            }
            long took = System.nanoTime() - started;
            Matcher id = API_ORDER_ID.matcher(answer.body());
            if (answer.statusCode() != 201 || !id.find()) {
                if (answer.statusCode() >= 500) {
                    unanswered.add(new Attempt(email, key, lines, card, null, null));
                }
                throw new Failure("order API HTTP " + answer.statusCode(), abbreviated(answer.body()));
            }
            long orderId = Long.parseLong(id.group(1));
            Matcher number = ORDER_NUMBER.matcher(answer.body());
            round.record(PLACEMENT, took);
            orders++;
            placed.add(new Attempt(email, key, lines, card, orderId, number.find() ? number.group() : null));

            if (random.nextInt(20) == 0) {
                try {
                    HttpResponse<String> again = web.postJson(api, json, key);
                    Matcher sameId = API_ORDER_ID.matcher(again.body());
                    if (again.statusCode() != 200 || !sameId.find()) {
                        doubleFailed.incrementAndGet();
                        doubleFailures.add("HTTP " + again.statusCode() + ": " + abbreviated(again.body()));
                    } else if (Long.parseLong(sameId.group(1)) == orderId) {
                        doubleSame.incrementAndGet();
                    } else {
                        doubleOther.incrementAndGet();
                        doubleFailures.add("order " + sameId.group(1) + " instead of " + orderId);
                    }
                } catch (IOException e) {
                    doubleFailed.incrementAndGet();
                    doubleFailures.add(String.valueOf(e));
                }
            }
        }

        /** The same form once more, as a second click would send it: it must land on the same order. */
        private void doubleSubmit(URI action, String body, long orderId) {
            try {
                Long again = orderId(web.post(action, body));
                if (again == null) {
                    doubleFailed.incrementAndGet();
                    doubleFailures.add("no redirect to an order");
                } else if (again == orderId) {
                    doubleSame.incrementAndGet();
                } else {
                    doubleOther.incrementAndGet();
                    doubleFailures.add("order " + again + " instead of " + orderId);
                }
            } catch (IOException | InterruptedException e) {
                doubleFailed.incrementAndGet();
                doubleFailures.add(String.valueOf(e));
            }
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    private static Long orderId(Page answer) {
        if (!answer.isRedirect()) {
            return null;
        }
        Matcher matcher = ORDER_LOCATION.matcher(answer.location().toString());
        return matcher.find() ? Long.valueOf(matcher.group(1)) : null;
    }

    /** The error messages a JSF page shows (global and per field), for the report. */
    private static String messages(Page page) {
        if (page.status() != 200) {
            return "HTTP " + page.status();
        }
        String text = page.document()
                .select(".ui-messages-error-summary, .ui-messages-error-detail, .ui-message-error-detail")
                .text();
        if (text.isBlank()) {
            text = "no message, '" + page.title() + "'";
        }
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    // --- the check in the database ----------------------------------------------------------------

    /** What the database holds, compared with what the driver saw. */
    static final class Check {
        long ordersInDb;
        long linesInDb;
        long recorded;
        long recordedLines;
        long lost;
        long unrecorded;
        long unrecordedUnanswered;
        long duplicateKeys;
        long sameOrderTwice;
        long linesDiffer;
        long paymentDiffers;
        int customersMatching;
        int customersInDb;
        long stockDiffersFromLines;
        long stockDiffersFromDriver;
        long unitsOrdered;
        List<String> findings = new ArrayList<>();

        boolean faultless() {
            return lost == 0
                    && unrecorded == unrecordedUnanswered
                    && duplicateKeys == 0
                    && sameOrderTwice == 0
                    && linesDiffer == 0
                    && paymentDiffers == 0
                    && stockDiffersFromLines == 0
                    && stockDiffersFromDriver == 0;
        }
    }

    private record DbOrder(String email, String key, String payment) {}

    private Check check(Connection db) throws SQLException {
        Check check = new Check();
        Map<Long, DbOrder> orders = new HashMap<>();
        Map<Long, Map<String, Integer>> lines = new HashMap<>();
        Map<String, Integer> stock = new HashMap<>();
        try (Statement statement = db.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select o.id, c.email, o.idempotency_key, o.payment_method"
                    + " from customer_order o join customer c on c.id = o.customer_id")) {
                while (rows.next()) {
                    orders.put(rows.getLong(1), new DbOrder(rows.getString(2), rows.getString(3), rows.getString(4)));
                }
            }
            try (ResultSet rows = statement.executeQuery("select order_id, sku, quantity from order_line")) {
                while (rows.next()) {
                    lines.computeIfAbsent(rows.getLong(1), id -> new TreeMap<>())
                            .merge(rows.getString(2), rows.getInt(3), Integer::sum);
                    check.linesInDb++;
                }
            }
            try (ResultSet rows = statement.executeQuery("select sku, stock from product")) {
                while (rows.next()) {
                    stock.put(rows.getString(1), rows.getInt(2));
                }
            }
            try (ResultSet rows = statement.executeQuery("select count(*) from (select customer_id, idempotency_key"
                    + " from customer_order group by customer_id, idempotency_key having count(*) > 1) twice")) {
                rows.next();
                check.duplicateKeys = rows.getLong(1);
            }
        }
        check.ordersInDb = orders.size();

        // every order the driver was shown exists, for its customer, with its key, lines and payment
        Map<String, Long> expectedPerCustomer = new TreeMap<>();
        Map<String, Integer> expectedPerSku = new HashMap<>();
        Set<Long> recordedIds = new HashSet<>();
        for (Attempt attempt : placed) {
            check.recorded++;
            check.recordedLines += attempt.lines().size();
            if (!recordedIds.add(attempt.orderId())) {
                check.sameOrderTwice++; // two forms, one order
                finding(check, "order " + attempt.orderId() + " was the answer to two different forms");
            }
            DbOrder order = orders.get(attempt.orderId());
            if (order == null
                    || !order.email().equals(attempt.email())
                    || !order.key().equals(attempt.key())) {
                check.lost++;
                finding(
                        check,
                        "order " + attempt.orderId() + " (" + attempt.email() + ", key " + attempt.key()
                                + ") is not in the database as shown: " + order);
                continue;
            }
            if (!attempt.lines().equals(lines.getOrDefault(attempt.orderId(), Map.of()))) {
                check.linesDiffer++;
                finding(
                        check,
                        "order " + attempt.orderId() + " has lines " + lines.get(attempt.orderId())
                                + ", the checkout page showed " + attempt.lines());
            }
            if (!order.payment().equals(attempt.card() ? "CARD" : "INVOICE")) {
                check.paymentDiffers++;
            }
            expectedPerCustomer.merge(attempt.email(), 1L, Long::sum);
            attempt.lines().forEach((sku, quantity) -> expectedPerSku.merge(sku, quantity, Integer::sum));
        }
        // every order in the database was shown to the driver, or posted by a form that got no answer
        Map<String, Attempt> unansweredByKey = new HashMap<>();
        unanswered.forEach(attempt -> unansweredByKey.put(attempt.email() + " " + attempt.key(), attempt));
        for (Map.Entry<Long, DbOrder> order : orders.entrySet()) {
            if (recordedIds.contains(order.getKey())) {
                continue;
            }
            check.unrecorded++;
            Attempt posted = unansweredByKey.get(
                    order.getValue().email() + " " + order.getValue().key());
            if (posted != null) {
                check.unrecordedUnanswered++;
                expectedPerCustomer.merge(posted.email(), 1L, Long::sum);
                posted.lines().forEach((sku, quantity) -> expectedPerSku.merge(sku, quantity, Integer::sum));
            } else {
                finding(
                        check,
                        "order " + order.getKey() + " of " + order.getValue().email()
                                + " was never shown to the driver");
            }
        }
        Map<String, Long> perCustomer = new TreeMap<>();
        orders.values().forEach(order -> perCustomer.merge(order.email(), 1L, Long::sum));
        check.customersInDb = perCustomer.size();
        for (Map.Entry<String, Long> customer : perCustomer.entrySet()) {
            if (customer.getValue().equals(expectedPerCustomer.get(customer.getKey()))) {
                check.customersMatching++;
            }
        }
        // the stock went down by what the order lines say, and by what the driver ordered
        Map<String, Integer> orderedPerSku = new HashMap<>();
        lines.values()
                .forEach(order -> order.forEach((sku, quantity) -> orderedPerSku.merge(sku, quantity, Integer::sum)));
        for (CatalogSeed.Product product : products) {
            int taken = STOCK - stock.getOrDefault(product.sku(), STOCK);
            check.unitsOrdered += taken;
            if (taken != orderedPerSku.getOrDefault(product.sku(), 0)) {
                check.stockDiffersFromLines++;
                finding(
                        check,
                        product.sku() + ": stock down by " + taken + ", order lines say "
                                + orderedPerSku.getOrDefault(product.sku(), 0));
            }
            if (taken != expectedPerSku.getOrDefault(product.sku(), 0)) {
                check.stockDiffersFromDriver++;
            }
        }
        return check;
    }

    private static void finding(Check check, String finding) {
        if (check.findings.size() < 10) {
            check.findings.add(finding);
        }
    }

    private static void log(String line) {
        StoreBenchEnvironment.log(line);
    }

    // --- the report -------------------------------------------------------------------------------

    /** The figures of one run, and the verdict. */
    private final class Report {
        Duration seeding;
        Duration usersCreated;
        Duration signedIn;
        LoadDriver.Outcome outcome;
        long mails;
        double wildflyCpuPerOrder;
        double postgresCpuPerOrder;
        BenchServer.HeapFigures heap;
        Check check;

        /** A double submit answered with another order, or with none, is a fault too. */
        boolean faultless() {
            return check.faultless() && doubleOther.get() == 0 && doubleFailed.get() == 0;
        }

        String render() {
            LatencyRecorder placement = outcome.get(PLACEMENT);
            LatencyRecorder round = outcome.main();
            double ordersPerSecond = outcome.perSecond(PLACEMENT);
            Map<String, String> rows = new LinkedHashMap<>();
            rows.put(
                    "products seeded through the ERP API (stock " + STOCK + " each)",
                    products.size() + " in " + StoreBenchEnvironment.seconds(seeding));
            rows.put(
                    "customers created in Keycloak (admin API) / signed in through the login form",
                    customers + " in " + StoreBenchEnvironment.seconds(usersCreated) + " / "
                            + StoreBenchEnvironment.seconds(signedIn));
            rows.put(
                    "how the buyers order",
                    viaApi
                            ? "`POST /api/account/orders` (JSON, Idempotency-Key) with their portal session"
                            : "as a browser without JavaScript: product pages, checkout form, order page");
            rows.put(
                    "buyers, warm-up (not reported), measured",
                    customers + " threads, " + warmUp.toSeconds() + " s, " + measured.toSeconds() + " s");
            rows.put(
                    "**orders placed per second** (measured)",
                    String.format("**%.1f** (%,d orders)", ordersPerSecond, placement.successes()));
            rows.put(
                    viaApi
                            ? "placement: API POST to its 201, p50 / p95 / p99 / max"
                            : "placement: checkout POST to its redirect, p50 / p95 / p99 / max",
                    placement.percentiles());
            if (!viaApi) {
                rows.put(
                        "whole round (1–3 products added on their pages, checkout page, POST, order page),"
                                + " p50 / p95 / p99 / max",
                        round.percentiles() + String.format(" (%.1f rounds/s)", outcome.perSecond()));
            }
            rows.put(
                    "CPU time per order placed, warm-up included (the mails it sends too): WildFly / PostgreSQL",
                    String.format("%.2f / %.2f ms", wildflyCpuPerOrder, postgresCpuPerOrder));
            rows.put("errors, measured", round.errorSummary());
            rows.put("errors, warm-up", outcome.warmUp().errorSummary());
            rows.put(
                    "double submits (5 %): same order / another order / no order",
                    doubleSame.get() + " / " + doubleOther.get() + " / " + doubleFailed.get());
            rows.put(
                    "orders in the database / shown to the driver (warm-up included)",
                    check.ordersInDb + " / " + check.recorded);
            rows.put(
                    "order lines in the database / sent or listed by the driver",
                    check.linesInDb + " / " + check.recordedLines);
            rows.put("**lost** (shown to the driver, not in the database as shown)", "**" + check.lost + "**");
            rows.put(
                    "**duplicates** (one form, two orders: same customer and key; two forms, one order)",
                    "**" + (check.duplicateKeys + check.sameOrderTwice) + "**");
            rows.put(
                    "orders never shown to the driver: posted without an answer / unexplained",
                    check.unrecordedUnanswered + " / " + (check.unrecorded - check.unrecordedUnanswered));
            rows.put(
                    "orders whose lines differ from the checkout page / whose payment differs",
                    check.linesDiffer + " / " + check.paymentDiffers);
            rows.put(
                    "customers whose order count in the database is the driver's",
                    check.customersMatching + " of " + check.customersInDb);
            rows.put(
                    "products whose stock went down by other than their order lines / than the driver ordered",
                    check.stockDiffersFromLines + " / " + check.stockDiffersFromDriver
                            + String.format(" (%,d units taken in all)", check.unitsOrdered));
            rows.put("mails handed to the SMTP sink during the run (welcome, confirmations)", Long.toString(mails));
            rows.put(
                    "WildFly heap (-Xmx1g unless JBOSS_JAVA_SIZING says otherwise): peak in use / peak after a collection / peak committed",
                    heap.peakUsedMb() + " / " + heap.peakLiveMb() + " / " + heap.peakCommittedMb() + " MB");
            StringBuilder text = new StringBuilder("\n## Order placement benchmark\n\n| figure | value |\n|---|---|\n");
            rows.forEach((name, value) ->
                    text.append("| ").append(name).append(" | ").append(value).append(" |\n"));
            boolean fast = ordersPerSecond >= TARGET_ORDERS_PER_SECOND;
            text.append(String.format(
                    "%nTarget: ≥ %.0f orders/s with none lost or doubled: %s (%.1f orders/s, %s).%n",
                    TARGET_ORDERS_PER_SECOND,
                    fast && faultless() ? "met" : "NOT met",
                    ordersPerSecond,
                    faultless() ? "none lost or doubled, every double submit found its order" : "FAULTS, see below"));
            List<String> notes = new ArrayList<>(check.findings);
            doubleFailures.stream().limit(5).forEach(f -> notes.add("double submit: " + f));
            round.samples().forEach(s -> notes.add("error: " + s));
            outcome.warmUp().samples().forEach(s -> notes.add("error in warm-up: " + s));
            if (!notes.isEmpty()) {
                text.append("\nFindings:\n");
                notes.forEach(note -> text.append("- ").append(note).append('\n'));
            }
            return text.toString();
        }
    }

    private OrderPlacementBenchmark() {}
}
