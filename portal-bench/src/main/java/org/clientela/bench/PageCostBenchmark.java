package org.clientela.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.WebSession;
import org.clientela.it.support.WebSession.Failure;
import org.clientela.it.support.WebSession.Page;

/**
 * What every page of the portal costs the server when it has to be rendered. The pages are the
 * web module's own views, read from the WAR inside the built EAR, so that a page the benchmark
 * does not know is reported rather than silently left out. Each is asked for by 32 clients at
 * once without think time, each client a distinct signed-in user: a customer for the public and
 * the customer pages, an administrator (who may open every back-office page) for the staff pages.
 * The catalog's page cache is off, so every answer is rendered. Per page: answers per second,
 * latency percentiles, WildFly's CPU per answer (from {@code /proc}, warm-up answers included)
 * and that CPU as a multiple of {@code /ping}'s in the same run. PostgreSQL with 200 products
 * through the ERP API, a published article, and per customer an order, a kept cart, a service
 * request and a community question. Figures go to the console and to {@code target/bench/page-cost.md};
 * the exit code is non-zero when an answer failed or a page of the WAR is not covered.
 *
 * <p>Run with {@code ./mvnw verify -Pbench-pages -DskipTests} (see {@code docs/benchmarks.md}).
 */
public final class PageCostBenchmark {

    static final double TARGET_CPU_MILLIS = 1.5;
    static final double TARGET_P95_MILLIS = 50;

    private static final Pattern API_ORDER_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern NEWS_LINK = Pattern.compile("href=\"(/news/[a-z]{2}/[^\"?#]+)\"");
    private static final BigDecimal DELIVERY = new BigDecimal("4.90");
    private static final long FIRST_CASE = 71_000_001L;
    private static final long FIRST_QUESTION = 72_000_001L;

    /** Views that only a link with a one-time token, a finished action or an error leads to. */
    private static final Map<String, String> NOT_MEASURED = Map.of(
            "/account-closed", "shown once, after an account was closed",
            "/email-change", "opened from a mail's one-time link",
            "/invitation", "opened from an invitation mail's one-time link",
            "/subscription/confirm", "opened from a confirmation mail's one-time link",
            "/subscription/unsubscribe", "opened from a news mail's signed link",
            "/error/400", "an error page",
            "/error/403", "an error page",
            "/error/404", "an error page",
            "/error/500", "an error page",
            "/error/expired", "an error page");

    private enum Who {
        CUSTOMER,
        STAFF
    }

    /** A page as measured: its view, who asks, and the address client {@code i} asks for. */
    private record Measured(String view, Who who, String example, IntFunction<String> path) {}

    /** One page's figures. */
    private record Row(Measured page, LoadDriver.Outcome outcome, double cpuMillis, long errors) {}

    private final int clients = Integer.getInteger("bench.clients", 32);
    private final Duration warmUp = Duration.ofSeconds(Integer.getInteger("bench.warmup-seconds", 3));
    private final Duration measuredTime = Duration.ofSeconds(Integer.getInteger("bench.seconds", 6));
    private final String only = System.getProperty("bench.pages", "");
    private final String dbUrl =
            System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/clientela_bench_pages");
    private final Path benchDir = Path.of(System.getProperty("bench.dir", "target/bench"));

    private final List<WebSession> customers = new ArrayList<>();
    private final List<WebSession> staff = new ArrayList<>();
    private final List<Long> customerIds = new ArrayList<>();
    private final List<Long> orderIds = new ArrayList<>();
    private final List<String> orderedSkus = new ArrayList<>();
    private List<CatalogSeed.Product> products;
    private String newsArticlePath;
    private long articleId;
    private long translationId;

    public static void main(String[] args) {
        BenchmarkRun.exitWith(() -> new PageCostBenchmark().run());
    }

    private boolean run() throws Exception {
        Files.createDirectories(benchDir);
        products = CatalogSeed.products("PC", 200, i -> 1_000_000, null, 20261208);
        Set<String> views = warViews(Path.of(System.getProperty("clientela.ear")));
        List<Row> rows = new ArrayList<>();
        Row ping;
        StoreBenchEnvironment environment = StoreBenchEnvironment.start(
                "page-cost", dbUrl, benchDir, Map.of("clientela.store.page-cache-seconds", "0"));
        try {
            seed(environment);
            List<Measured> pages = pages();
            Set<String> uncovered = new TreeSet<>(views);
            pages.forEach(page -> uncovered.remove(page.view()));
            uncovered.removeAll(NOT_MEASURED.keySet());
            List<Measured> chosen = pages.stream()
                    .filter(page -> only.isBlank() || Set.of(only.split(",")).contains(page.view()))
                    .toList();
            StoreBenchEnvironment.log("Warming up: every page 3 times by every client…");
            for (int lap = 0; lap < 3; lap++) {
                for (Measured page : chosen) {
                    for (int i = 0; i < clients; i++) {
                        fetch(session(page.who(), i), page.path().apply(i));
                    }
                }
            }
            ping = measure(environment, new Measured("/ping", Who.CUSTOMER, "/ping", i -> "/ping"));
            for (Measured page : chosen) {
                rows.add(measure(environment, page));
            }
            return report(ping, rows, uncovered);
        } finally {
            environment.close();
        }
    }

    private Row measure(StoreBenchEnvironment environment, Measured page) throws Exception {
        Duration before = environment.server().cpuTime();
        LoadDriver.Outcome outcome = LoadDriver.run(
                clients,
                warmUp,
                measuredTime,
                i -> round -> fetch(session(page.who(), i), page.path().apply(i)),
                page.view());
        Duration spent = environment.server().cpuTime().minus(before);
        long answers = outcome.main().successes() + outcome.warmUp().successes();
        long errors = outcome.main().errorCount() + outcome.warmUp().errorCount();
        double cpu = answers == 0 ? Double.NaN : spent.toNanos() / 1e6 / answers;
        StoreBenchEnvironment.log(String.format(
                "%-28s %7.0f /s  p95 %6.1f ms  CPU %5.2f ms  errors %s",
                page.example(),
                outcome.perSecond(),
                outcome.main().millisAt(95),
                cpu,
                errors == 0
                        ? "0"
                        : outcome.warmUp().errorSummary() + " + "
                                + outcome.main().errorSummary()));
        return new Row(page, outcome, cpu, errors);
    }

    private WebSession session(Who who, int client) {
        return (who == Who.STAFF ? staff : customers).get(client);
    }

    /** A page as the signed-in user gets it: 200, the portal's own page, not a sign-in form. */
    private static void fetch(WebSession session, String path) throws Exception {
        Page page = session.get(URI.create(TestEnvironment.PORTAL + path));
        if (page.status() != 200) {
            throw new Failure(
                    "HTTP " + page.status(),
                    path + " " + page.headers().firstValue("Location").orElse(""));
        }
        if (!path.equals("/ping")
                && (!page.body().contains("</html>") || page.body().contains("kc-form-login"))) {
            throw new Failure("not the page", path);
        }
    }

    /** Every page of the portal a signed-in customer or staff member opens, with its data. */
    private List<Measured> pages() {
        List<Measured> pages = new ArrayList<>();
        customer(pages, "/index", "/");
        customer(pages, "/catalog", "/catalog");
        pages.add(new Measured(
                "/catalog",
                Who.CUSTOMER,
                "/catalog?q=…",
                i -> "/catalog?q=" + products.get(i).nameEn().split(" ")[0]));
        pages.add(new Measured("/product", Who.CUSTOMER, "/product/{sku}", i -> "/product/" + sku(i * 5)));
        customer(pages, "/news", "/news");
        customer(pages, "/news-article", newsArticlePath);
        customer(pages, "/subscribe", "/subscribe");
        customer(pages, "/community", "/community");
        customer(pages, "/community/kb", "/community/kb");
        pages.add(new Measured(
                "/community/question",
                Who.CUSTOMER,
                "/community/question?id=…",
                i -> "/community/question?id=" + (FIRST_QUESTION + i)));
        customer(pages, "/community/ask", "/community/ask");
        customer(pages, "/cart", "/cart");
        customer(pages, "/account/index", "/account/");
        customer(pages, "/account/profile", "/account/profile");
        customer(pages, "/account/addresses", "/account/addresses");
        customer(pages, "/account/orders", "/account/orders");
        pages.add(new Measured(
                "/account/order", Who.CUSTOMER, "/account/order?id=…", i -> "/account/order?id=" + orderIds.get(i)));
        customer(pages, "/account/checkout", "/account/checkout");
        customer(pages, "/account/invoices", "/account/invoices");
        customer(pages, "/account/access", "/account/access");
        customer(pages, "/account/subscriptions", "/account/subscriptions");
        customer(pages, "/account/cases", "/account/cases");
        pages.add(new Measured(
                "/account/case", Who.CUSTOMER, "/account/case?id=…", i -> "/account/case?id=" + (FIRST_CASE + i)));
        customer(pages, "/account/request-new", "/account/request-new");
        pages.add(new Measured(
                "/account/review",
                Who.CUSTOMER,
                "/account/review?sku=…",
                i -> "/account/review?sku=" + orderedSkus.get(i)));
        customer(pages, "/account/notifications", "/account/notifications");
        customer(pages, "/account/notifications/list", "/account/notifications/list");
        customer(pages, "/account/my-data", "/account/my-data");
        customer(pages, "/account/close", "/account/close");
        staff(pages, "/staff/index", "/staff/");
        staff(pages, "/staff/customers", "/staff/customers?q=bench");
        pages.add(new Measured(
                "/staff/customer", Who.STAFF, "/staff/customer?id=…", i -> "/staff/customer?id=" + customerIds.get(i)));
        staff(pages, "/staff/crm", "/staff/crm");
        staff(pages, "/staff/tasks", "/staff/tasks");
        staff(pages, "/staff/crm/segments", "/staff/crm/segments");
        staff(pages, "/staff/crm/dashboard", "/staff/crm/dashboard");
        staff(pages, "/staff/crm/settings", "/staff/crm/settings");
        staff(pages, "/staff/orders", "/staff/orders");
        pages.add(new Measured(
                "/staff/order", Who.STAFF, "/staff/order?id=…", i -> "/staff/order?id=" + orderIds.get(i)));
        staff(pages, "/staff/community", "/staff/community");
        pages.add(
                new Measured("/staff/case", Who.STAFF, "/staff/case?id=…", i -> "/staff/case?id=" + (FIRST_CASE + i)));
        staff(pages, "/staff/reviews", "/staff/reviews");
        staff(pages, "/staff/news", "/staff/news");
        staff(pages, "/staff/news-article", "/staff/news-article?id=" + articleId);
        staff(pages, "/staff/news-preview", "/staff/news-preview?id=" + translationId);
        staff(pages, "/staff/news-categories", "/staff/news-categories");
        staff(pages, "/staff/catalog", "/staff/catalog");
        pages.add(
                new Measured("/staff/product", Who.STAFF, "/staff/product?sku=…", i -> "/staff/product?sku=" + sku(i)));
        staff(pages, "/staff/notifications", "/staff/notifications");
        return pages;
    }

    private String sku(int i) {
        return products.get(i % products.size()).sku();
    }

    private static void customer(List<Measured> pages, String view, String path) {
        pages.add(new Measured(view, Who.CUSTOMER, path, i -> path));
    }

    private static void staff(List<Measured> pages, String view, String path) {
        pages.add(new Measured(view, Who.STAFF, path, i -> path));
    }

    /**
     * The catalog, the users signed in through Keycloak's form, then each customer's order (through
     * the order API, invoice), a product in the kept cart, a service request and a question.
     */
    private void seed(StoreBenchEnvironment environment) throws Exception {
        environment.seed(CatalogSeed.categories(), products);
        List<String> customerNames = BenchUsers.customers("bench-pages", clients);
        List<String> staffNames = BenchUsers.staff("bench-admin", clients, "admin");
        StoreBenchEnvironment.log("Signing in " + clients + " customers and " + clients + " administrators…");
        for (int i = 0; i < clients; i++) {
            WebSession customer = WebSession.signIn(customerNames.get(i), WebSession.DEMO_PASSWORD, "/account/");
            customers.add(customer);
            // the customer's record is made on the first page after signing in
            fetch(customer, "/account/");
            CatalogSeed.Product product = products.get(i);
            orderIds.add(order(customer, product, customerNames.get(i)));
            orderedSkus.add(product.sku());
            String productPath = "/product/" + products.get(i + 1).sku();
            Page page = customer.get(URI.create(TestEnvironment.PORTAL + productPath));
            Page added = customer.follow(customer.post(page.form("addToCart").set("quantity", "1")));
            if (added.status() != 200) {
                throw new IllegalStateException("adding to the cart answered " + added.status());
            }
            staff.add(WebSession.signIn(staffNames.get(i), WebSession.DEMO_PASSWORD, "/staff/"));
        }
        try (Connection db = DriverManager.getConnection(dbUrl, "postgres", "postgres")) {
            try (PreparedStatement find = db.prepareStatement("select id from customer where email = ?")) {
                for (String name : customerNames) {
                    find.setString(1, name + "@clientela.test");
                    try (ResultSet found = find.executeQuery()) {
                        if (!found.next()) {
                            throw new IllegalStateException("no customer record for " + name);
                        }
                        customerIds.add(found.getLong(1));
                    }
                }
            }
            try (Statement statement = db.createStatement()) {
                for (int i = 0; i < clients; i++) {
                    long customer = customerIds.get(i);
                    // an open request as RequestSla would leave it, and a question in the community
                    statement.execute("insert into support_case (id, customer_id, subject, priority, status,"
                            + " opened_at, updated_at, reopen_count, version, category, language, description,"
                            + " priority_reasons, first_answer_due, resolution_due, first_answer_warn_at,"
                            + " resolution_warn_at, queue_rank, next_due) values (" + (FIRST_CASE + i) + ", "
                            + customer + ", 'Bench request " + i + "', 'NORMAL', 'OPEN', now(), now(), 0, 0,"
                            + " 'DELIVERY', 'EN', 'Where is my parcel?', 'CATEGORY', now() + interval '8 hours',"
                            + " now() + interval '72 hours', now() + interval '6 hours', now() + interval '54 hours',"
                            + " 2, now() + interval '8 hours')");
                    statement.execute("insert into question (id, author_id, title, body, language, created_at,"
                            + " version) values (" + (FIRST_QUESTION + i) + ", " + customer
                            + ", 'Bench question " + i + "', 'How do I descale it?', 'EN', now(), 0)");
                }
                // the demo data's scripts speak H2: an article of the benchmark's own
                try (ResultSet article = statement.executeQuery("insert into article (id, author_subject,"
                        + " author_name, tags, created_at, version) values (nextval('article_seq'), 'bench',"
                        + " 'Bench Author', 'bench', now(), 0) returning id")) {
                    article.next();
                    articleId = article.getLong(1);
                }
                try (ResultSet translation = statement.executeQuery("insert into article_translation (id,"
                        + " article_id, language, title, summary, body, slug, status, published_at, updated_at,"
                        + " version) values (nextval('article_translation_seq'), " + articleId + ", 'EN',"
                        + " 'Twelve hours on one charge', 'Light and quiet.', '<p>The X1 weighs 1.1 kg.</p>',"
                        + " 'twelve-hours-on-one-charge', 'PUBLISHED', now(), now(), 0) returning id")) {
                    translation.next();
                    translationId = translation.getLong(1);
                }
            }
        }
        Matcher news = NEWS_LINK.matcher(customers
                .get(0)
                .get(URI.create(TestEnvironment.PORTAL + "/news"))
                .body());
        if (!news.find()) {
            throw new IllegalStateException("no article linked from /news");
        }
        newsArticlePath = news.group(1);
    }

    /** One product on invoice with standard delivery; the answer names the order. */
    private static long order(WebSession customer, CatalogSeed.Product product, String name) throws Exception {
        String json = "{\"lines\":[{\"sku\":\"" + product.sku() + "\",\"quantity\":1}],\"expectedTotal\":"
                + product.grossPrice().add(DELIVERY).toPlainString()
                + ",\"delivery\":\"STANDARD\",\"payment\":\"INVOICE\",\"shipping\":{\"recipient\":\"" + name
                + "\",\"street\":\"bul. Vitosha 1\",\"postalCode\":\"1000\",\"city\":\"Sofia\",\"country\":\"BG\"}}";
        HttpResponse<String> answer = customer.postJson(
                URI.create(TestEnvironment.PORTAL + "/api/account/orders"),
                json,
                UUID.randomUUID().toString());
        Matcher id = API_ORDER_ID.matcher(answer.body());
        if (answer.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("ordering answered " + answer.statusCode() + ": " + answer.body());
        }
        return Long.parseLong(id.group(1));
    }

    /** The views of the web module: its {@code .xhtml} files outside WEB-INF and resources, without the extension. */
    static Set<String> warViews(Path ear) throws IOException {
        Set<String> views = new TreeSet<>();
        try (ZipFile archive = new ZipFile(ear.toFile())) {
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().endsWith(".war")) {
                    continue;
                }
                byte[] war = archive.getInputStream(entry).readAllBytes();
                try (ZipInputStream files = new ZipInputStream(new ByteArrayInputStream(war))) {
                    for (ZipEntry file = files.getNextEntry(); file != null; file = files.getNextEntry()) {
                        String name = file.getName();
                        if (name.endsWith(".xhtml")
                                && !name.startsWith("WEB-INF/")
                                && !name.startsWith("resources/")
                                && !name.startsWith("META-INF/")) {
                            views.add("/" + name.substring(0, name.length() - ".xhtml".length()));
                        }
                    }
                }
            }
        }
        if (views.isEmpty()) {
            throw new IllegalStateException("no views found in " + ear);
        }
        return views;
    }

    private boolean report(Row ping, List<Row> rows, Set<String> uncovered) throws IOException {
        StringBuilder report = new StringBuilder("# What each page costs the server\n\n")
                .append(clients)
                .append(" clients at once without think time, each a distinct signed-in user (customers for the")
                .append(" public and customer pages, administrators for the staff pages), ")
                .append(warmUp.toSeconds())
                .append(" s of warm-up and ")
                .append(measuredTime.toSeconds())
                .append(" s measured per page, the page cache off; PostgreSQL. CPU is WildFly's per answer,")
                .append(" warm-up included. Targets: CPU within ")
                .append(TARGET_CPU_MILLIS)
                .append(" ms and p95 within ")
                .append((long) TARGET_P95_MILLIS)
                .append(" ms.\n\n")
                .append("| page | user | answers/s | latency p50 / p95 / p99 / max | WildFly CPU per answer |"
                        + " × /ping | targets met | errors |\n")
                .append("|---|---|---:|---|---:|---:|---|---:|\n")
                .append(row(ping, ping.cpuMillis()));
        long errors = ping.errors();
        int met = 0;
        for (Row row : rows) {
            report.append(row(row, ping.cpuMillis()));
            errors += row.errors();
            if (meets(row)) {
                met++;
            }
        }
        report.append("\n")
                .append(met)
                .append(" of ")
                .append(rows.size())
                .append(" pages within both targets.\n\nNot measured:\n\n");
        NOT_MEASURED.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> report.append("- `")
                        .append(entry.getKey())
                        .append("`: ")
                        .append(entry.getValue())
                        .append("\n"));
        if (!uncovered.isEmpty()) {
            report.append("\nViews of the WAR this benchmark does not know (add them): ")
                    .append(String.join(", ", uncovered))
                    .append("\n");
        }
        System.out.println(report);
        Files.writeString(benchDir.resolve("page-cost.md"), report.toString());
        // figures, not a timed assertion: only failed answers or a forgotten page fail the run
        return errors == 0 && uncovered.isEmpty();
    }

    private static boolean meets(Row row) {
        return row.cpuMillis() <= TARGET_CPU_MILLIS && row.outcome().main().millisAt(95) <= TARGET_P95_MILLIS;
    }

    private static String row(Row row, double pingCpu) {
        return String.format(
                "| `%s` | %s | %.0f | %s | %.2f ms | %.1f | %s | %d |\n",
                row.page().example(),
                row.page().who() == Who.STAFF ? "admin" : "customer",
                row.outcome().perSecond(),
                row.outcome().main().percentiles(),
                row.cpuMillis(),
                row.cpuMillis() / pingCpu,
                meets(row) ? "yes" : "no",
                row.errors());
    }
}
