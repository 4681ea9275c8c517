package org.clientela.bench;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.it.support.TestEnvironment;

/**
 * The daily news digest for 100,000 subscribers, end to end on the real server: seeds PostgreSQL,
 * starts WildFly with the digest hour already come, kills it (SIGKILL) part-way through, starts it
 * again, and waits until every digest is in the SMTP sink (in this process). Then it
 * reads every mail that arrived and compares it with what the seed says each subscriber should
 * get: one digest with exactly their articles, nothing for those who match nothing or are not
 * active. Figures go to the console and to {@code target/bench/news-digest.md}; the exit code is
 * non-zero when a mail is lost, doubled, unexpected or wrong.
 *
 * <p>Run with {@code ./mvnw verify -Pbench-news -DskipTests} (see the README).
 */
public final class NewsDigestBenchmark {

    static final String[] LANGUAGES = {"en", "bg", "uk", "ru"};
    static final long ID_BASE = 1_000_000;
    static final int PARENTS = 4;
    static final int CHILDREN = 4; // per parent: 20 categories in all
    static final int ARTICLES = 50;
    static final int INACTIVE = 2_000; // ended or never confirmed: they must get nothing

    private static final Pattern ARTICLE_LINK = Pattern.compile("/news/(en|bg|uk|ru)/");

    private final int subscribers = Integer.getInteger("bench.subscribers", 100_000);
    private final double killAt = Double.parseDouble(System.getProperty("bench.kill-at", "0.4"));
    private final String dbUrl = System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/clientela_bench");
    private final Path workDir = Path.of(System.getProperty("bench.dir", "target/bench"));
    private final Random random = new Random(20261123);

    /** What the seed says: per subscriber email, the number of articles their digest must list. */
    private final Map<String, Integer> expected = new HashMap<>();

    private final Set<String> mustGetNothing = new HashSet<>();

    public static void main(String[] args) {
        BenchmarkRun.exitWith(() -> new NewsDigestBenchmark().run());
    }

    private boolean run() throws Exception {
        Files.createDirectories(workDir);
        TestEnvironment.recreatePostgresDatabase(dbUrl);
        RawSmtpSink sink = new RawSmtpSink(3025);
        BenchServer server = new BenchServer(
                Path.of(System.getProperty("wildfly.home")),
                Path.of(System.getProperty("clientela.ear")),
                workDir,
                Map.of(
                        "DB_DRIVER", "postgresql",
                        "DB_URL", dbUrl,
                        "DB_USER", "postgres",
                        "DB_PASSWORD", "postgres",
                        "SMTP_HOST", "127.0.0.1",
                        "SMTP_PORT", "3025",
                        "PORTAL_CLIENT_SECRET", "portal-demo-secret"));
        Map<String, String> quiet = Map.of("clientela.news.digest-hour", "24");
        Map<String, String> digestDue = Map.of(
                "clientela.news.digest-hour", "0",
                "clientela.news.poll-seconds", "1",
                "clientela.mail.poll-seconds", "1",
                // a mail handed over when the server died is tried again after this lease
                "clientela.mail.lease-seconds", "10");
        Report report = new Report();
        try {
            log("Starting WildFly once so that Flyway creates the schema…");
            server.start("schema", quiet);
            server.stop();
            try (Connection db = connect()) {
                long started = System.nanoTime();
                seed(db);
                report.seedSeconds = (System.nanoTime() - started) / 1e9;
            }
            log("Seeded " + subscribers + " subscribers; " + expected.size() + " must get a digest.");

            log("Starting WildFly with the digest hour come…");
            Instant bootStarted = Instant.now();
            server.start("digest", digestDue);
            report.bootSeconds = secondsBetween(bootStarted, Instant.now());
            try (Connection db = connect()) {
                boolean killed = killAt <= 0;
                Instant deadline = Instant.now().plus(Duration.ofMinutes(20));
                Progress last = null;
                Instant lastChange = Instant.now();
                Duration wildflyAtStart = null;
                Duration postgresAtStart = null;
                while (true) {
                    Progress progress = progress(db);
                    if (wildflyAtStart == null && progress.queued > 0) {
                        // the CPU of the run itself, not of the boot: from the first digest queued
                        wildflyAtStart = server.cpuTime();
                        postgresAtStart = BenchServer.postgresCpuTime();
                    }
                    if (!progress.equals(last)) {
                        last = progress;
                        lastChange = Instant.now();
                    } else if (lastChange.isBefore(Instant.now().minusSeconds(90))) {
                        throw new IllegalStateException(
                                "No progress for 90 s (" + progress + "); see " + server.logs());
                    }
                    if (!killed && progress.sent >= killAt * expected.size()) {
                        report.killedAt = Instant.now();
                        report.sentBeforeKill = progress.sent;
                        report.queuedBeforeKill = progress.queued;
                        report.walkedBeforeKill = Math.max(0, progress.cursor - ID_BASE);
                        log("Killing WildFly (SIGKILL) with " + progress.sent + " mails sent, " + progress.queued
                                + " queued…");
                        server.kill();
                        server.start("after-kill", digestDue);
                        report.restartedAt = Instant.now();
                        log("Restarted in " + secondsBetween(report.killedAt, report.restartedAt) + " s.");
                        killed = true;
                    }
                    if (progress.done()) {
                        if (killAt <= 0 && wildflyAtStart != null) {
                            report.wildflyCpu = server.cpuTime().minus(wildflyAtStart);
                            report.postgresCpu = BenchServer.postgresCpuTime().minus(postgresAtStart);
                        }
                        break;
                    }
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("The digest did not finish within 20 minutes: " + progress);
                    }
                    BenchServer.pause(Duration.ofMillis(250));
                }
                figures(db, report);
            }
        } finally {
            server.stop();
        }
        report.heap = server.heap();
        check(sink.received(), report);
        sink.close();
        String text = report.render(subscribers, expected.size());
        System.out.println(text);
        Files.writeString(workDir.resolve("news-digest.md"), text);
        return report.faultless();
    }

    // --- seeding ----------------------------------------------------------------------------------

    private void seed(Connection db) throws SQLException {
        db.setAutoCommit(false);
        Instant now = Instant.now();
        // categories: 4 parents with 4 children each; the last child never gets an article
        Map<Long, Long> parentOf = new HashMap<>();
        List<Long> categories = new ArrayList<>();
        List<Long> children = new ArrayList<>();
        try (PreparedStatement category = db.prepareStatement(
                        "insert into news_category (id, parent_id, slug, active, version) values (?, ?, ?, true, 0)");
                PreparedStatement name = db.prepareStatement(
                        "insert into news_category_name (category_id, language, name) values (?, ?, ?)")) {
            long id = ID_BASE;
            for (int p = 0; p < PARENTS; p++) {
                long parent = ++id;
                addCategory(category, name, parent, null, "bench-" + p);
                categories.add(parent);
                for (int c = 0; c < CHILDREN; c++) {
                    long child = ++id;
                    addCategory(category, name, child, parent, "bench-" + p + "-" + c);
                    categories.add(child);
                    children.add(child);
                    parentOf.put(child, parent);
                }
            }
            category.executeBatch();
            name.executeBatch();
        }
        long quietCategory = children.remove(children.size() - 1);
        // articles: one or two categories each, published in two to four languages during the
        // last 20 hours; some have a draft translation too, which must never be mailed
        List<SeededTranslation> published = new ArrayList<>();
        try (PreparedStatement article =
                        db.prepareStatement("insert into article (id, author_subject, author_name, created_at, version)"
                                + " values (?, 'bench', 'Benchmark', ?, 0)");
                PreparedStatement inCategory =
                        db.prepareStatement("insert into article_category (article_id, category_id) values (?, ?)");
                PreparedStatement translation = db.prepareStatement(
                        "insert into article_translation (id, article_id, language, title, summary, body, slug,"
                                + " status, published_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            long translationId = ID_BASE;
            for (int a = 1; a <= ARTICLES; a++) {
                long articleId = ID_BASE + a;
                article.setLong(1, articleId);
                article.setTimestamp(2, Timestamp.from(now.minus(2, ChronoUnit.DAYS)));
                article.addBatch();
                Set<Long> articleCategories = new HashSet<>();
                int categoryCount = 1 + random.nextInt(2);
                while (articleCategories.size() < categoryCount) {
                    articleCategories.add(children.get(random.nextInt(children.size())));
                }
                for (long categoryId : articleCategories) {
                    inCategory.setLong(1, articleId);
                    inCategory.setLong(2, categoryId);
                    inCategory.addBatch();
                }
                Set<Long> withParents = new HashSet<>(articleCategories);
                articleCategories.forEach(c -> withParents.add(parentOf.get(c)));
                List<String> languages = shuffled(LANGUAGES);
                int publishedLanguages = 2 + random.nextInt(3);
                for (int l = 0; l < languages.size(); l++) {
                    boolean isPublished = l < publishedLanguages;
                    if (!isPublished && random.nextInt(3) != 0) {
                        continue;
                    }
                    String language = languages.get(l);
                    Instant at = now.minus(60 + random.nextInt(19 * 60), ChronoUnit.MINUTES);
                    translation.setLong(1, ++translationId);
                    translation.setLong(2, articleId);
                    translation.setString(3, language.toUpperCase());
                    translation.setString(4, "Benchmark article " + a + " (" + language + ")");
                    translation.setString(5, "What article " + a + " is about, in a sentence.");
                    translation.setString(6, "<p>" + "Body of a benchmark article. ".repeat(40) + "</p>");
                    translation.setString(7, "bench-article-" + a);
                    translation.setString(8, isPublished ? "PUBLISHED" : "DRAFT");
                    translation.setTimestamp(9, isPublished ? Timestamp.from(at) : null);
                    translation.setTimestamp(10, Timestamp.from(at));
                    translation.addBatch();
                    if (isPublished) {
                        published.add(new SeededTranslation(language, withParents));
                    }
                }
            }
            article.executeBatch();
            inCategory.executeBatch();
            translation.executeBatch();
        }
        // subscribers: one or two languages, one to three categories (parents, children, the
        // quiet one), mails in one of their languages; every tenth is a customer's
        try (PreparedStatement customer = db.prepareStatement(
                        "insert into customer (id, subject, email, first_name, last_name, preferred_language,"
                                + " registered_at, version, kind, email_verified) values (?, ?, ?, 'Bench', ?, ?, ?, 0,"
                                + " 'PERSON', true)");
                PreparedStatement subscription = db.prepareStatement(
                        "insert into news_subscription (id, customer_id, email, languages, frequency, status,"
                                + " language, created_at, confirmed_at, ended_at, version)"
                                + " values (?, ?, ?, ?, 'DAILY', ?, ?, ?, ?, ?, 0)");
                PreparedStatement chosen = db.prepareStatement(
                        "insert into news_subscription_category (subscription_id, category_id) values (?, ?)")) {
            Timestamp twoDaysAgo = Timestamp.from(now.minus(2, ChronoUnit.DAYS));
            for (int s = 1; s <= subscribers + INACTIVE; s++) {
                long id = ID_BASE + s;
                List<String> languages = shuffled(LANGUAGES).subList(0, 1 + random.nextInt(2));
                Set<Long> choice = new HashSet<>();
                int categoryCount = 1 + random.nextInt(3);
                while (choice.size() < categoryCount) {
                    choice.add(
                            random.nextInt(12) == 0
                                    ? quietCategory
                                    : categories.get(random.nextInt(categories.size())));
                }
                String mailLanguage = languages.get(random.nextInt(languages.size()));
                boolean active = s <= subscribers;
                boolean ended = !active && s % 2 == 0;
                boolean isCustomer = s % 10 == 0;
                String email = (active ? "bench-" : "bench-inactive-") + s + "@bench.test";
                if (isCustomer) {
                    customer.setLong(1, id);
                    customer.setString(2, "bench-" + s);
                    customer.setString(3, email);
                    customer.setString(4, "Subscriber " + s);
                    customer.setString(5, mailLanguage.toUpperCase());
                    customer.setTimestamp(6, twoDaysAgo);
                    customer.addBatch();
                }
                subscription.setLong(1, id);
                if (isCustomer) {
                    subscription.setLong(2, id);
                    subscription.setNull(3, java.sql.Types.VARCHAR);
                } else {
                    subscription.setNull(2, java.sql.Types.BIGINT);
                    subscription.setString(3, email);
                }
                subscription.setString(4, String.join(",", languages));
                subscription.setString(5, active ? "ACTIVE" : ended ? "ENDED" : "PENDING");
                subscription.setString(6, mailLanguage.toUpperCase());
                subscription.setTimestamp(7, twoDaysAgo);
                subscription.setTimestamp(8, active || ended ? twoDaysAgo : null);
                subscription.setTimestamp(9, ended ? twoDaysAgo : null);
                subscription.addBatch();
                for (long categoryId : choice) {
                    chosen.setLong(1, id);
                    chosen.setLong(2, categoryId);
                    chosen.addBatch();
                }
                long articles = published.stream()
                        .filter(t -> languages.contains(t.language()))
                        .filter(t -> t.categories().stream().anyMatch(choice::contains))
                        .count();
                if (active && articles > 0) {
                    expected.put(email, (int) articles);
                } else {
                    mustGetNothing.add(email);
                }
                if (s % 5_000 == 0) {
                    customer.executeBatch();
                    subscription.executeBatch();
                    chosen.executeBatch();
                }
            }
            customer.executeBatch();
            subscription.executeBatch();
            chosen.executeBatch();
        }
        // the portal's own rows get ids above the seeded ones
        try (Statement statement = db.createStatement();
                ResultSet sequences = db.createStatement()
                        .executeQuery("select sequence_name from information_schema.sequences"
                                + " where sequence_schema = 'public'")) {
            while (sequences.next()) {
                statement.execute("select setval('" + sequences.getString(1) + "', " + (ID_BASE * 5) + ")");
            }
            statement.execute("analyze");
        }
        db.commit();
    }

    private static void addCategory(
            PreparedStatement category, PreparedStatement name, long id, Long parent, String slug) throws SQLException {
        category.setLong(1, id);
        if (parent == null) {
            category.setNull(2, java.sql.Types.BIGINT);
        } else {
            category.setLong(2, parent);
        }
        category.setString(3, slug);
        category.addBatch();
        for (String language : LANGUAGES) {
            name.setLong(1, id);
            name.setString(2, language.toUpperCase());
            name.setString(3, "Category " + slug + " (" + language + ")");
            name.addBatch();
        }
    }

    private List<String> shuffled(String[] values) {
        List<String> list = new ArrayList<>(List.of(values));
        java.util.Collections.shuffle(list, random);
        return list;
    }

    record SeededTranslation(String language, Set<Long> categories) {}

    // --- watching and measuring -------------------------------------------------------------------

    record Progress(String status, long queued, long cursor, long sent, long waiting) {
        boolean done() {
            return "DONE".equals(status) && waiting == 0;
        }
    }

    private static Progress progress(Connection db) throws SQLException {
        String status = null;
        long queued = 0;
        long cursor = 0;
        try (Statement statement = db.createStatement();
                ResultSet run =
                        statement.executeQuery("select status, queued, cursor_id from news_run where kind = 'DAILY'")) {
            if (run.next()) {
                status = run.getString(1);
                queued = run.getLong(2);
                cursor = run.getLong(3);
            }
        }
        long sent = 0;
        long waiting = 0;
        try (Statement statement = db.createStatement();
                ResultSet counts = statement.executeQuery("select status, count(*) from outbox_mail"
                        + " where template = 'newsDigest' group by status")) {
            while (counts.next()) {
                switch (counts.getString(1)) {
                    case "SENT" -> sent = counts.getLong(2);
                    case "PENDING", "SENDING" -> waiting += counts.getLong(2);
                    default -> {
                        // failed mails count as neither: the check below reports them as lost
                    }
                }
            }
        }
        return new Progress(status, queued, cursor, sent, waiting);
    }

    private void figures(Connection db, Report report) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet run = statement.executeQuery(
                        "select id, started_at, finished_at, queued, cursor_id from news_run where kind = 'DAILY'")) {
            run.next();
            report.runId = run.getLong(1);
            report.runStarted = run.getTimestamp(2).toInstant();
            report.runFinished = run.getTimestamp(3).toInstant();
            report.queued = run.getLong(4);
        }
        try (PreparedStatement deliveries = db.prepareStatement(
                "select count(*), count(distinct subscription_id), max(created_at) from news_delivery where run_id = ?")) {
            deliveries.setLong(1, report.runId);
            try (ResultSet counts = deliveries.executeQuery()) {
                counts.next();
                report.deliveryRows = counts.getLong(1);
                report.deliveredSubscribers = counts.getLong(2);
                report.lastQueued = counts.getTimestamp(3).toInstant();
            }
        }
        try (Statement statement = db.createStatement();
                ResultSet mails = statement.executeQuery("select count(*), max(sent_at),"
                        + " sum(case when status = 'FAILED' then 1 else 0 end) from outbox_mail"
                        + " where template = 'newsDigest'")) {
            mails.next();
            report.outboxRows = mails.getLong(1);
            report.lastSent = mails.getTimestamp(2).toInstant();
            report.failed = mails.getLong(3);
        }
        if (report.killedAt != null) {
            try (PreparedStatement before = db.prepareStatement("select count(*) from outbox_mail"
                    + " where template = 'newsDigest' and status = 'SENT' and sent_at >= ?")) {
                before.setTimestamp(1, Timestamp.from(report.restartedAt));
                try (ResultSet count = before.executeQuery()) {
                    count.next();
                    report.sentAfterRestart = count.getLong(1);
                }
            }
        }
    }

    // --- what the sink received -------------------------------------------------------------------

    private void check(List<RawSmtpSink.Received> received, Report report) throws Exception {
        Map<String, Set<String>> mailIdsByRecipient = new HashMap<>();
        Set<String> seenMailIds = new HashSet<>();
        for (RawSmtpSink.Received mail : received) {
            String recipient = mail.recipient();
            MimeMessage message = mail.parse();
            String mailId = message.getHeader("X-Clientela-Mail-Id", null);
            if (!seenMailIds.add(mailId)) {
                report.resent++; // the same outbox mail twice: handed over when the server died
                continue;
            }
            if (message.getHeader("List-Unsubscribe") == null) {
                report.withoutUnsubscribe++;
            }
            mailIdsByRecipient.computeIfAbsent(recipient, r -> new HashSet<>()).add(mailId);
            Integer articles = expected.get(recipient);
            if (articles == null) {
                report.unexpected++;
            } else if (articles != countArticleLinks(plainText(message))) {
                report.wrongContent++;
            }
        }
        report.received = received.size();
        report.duplicates = mailIdsByRecipient.values().stream()
                .mapToLong(ids -> ids.size() - 1)
                .sum();
        report.lost = expected.keySet().stream()
                .filter(email -> !mailIdsByRecipient.containsKey(email))
                .count();
    }

    private static int countArticleLinks(String text) {
        Matcher matcher = ARTICLE_LINK.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** The text/plain part: each article of a digest is linked there once. */
    private static String plainText(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            return plainText(multipart.getBodyPart(0));
        }
        return content.toString();
    }

    // --- plumbing ---------------------------------------------------------------------------------

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(dbUrl + "?reWriteBatchedInserts=true", "postgres", "postgres");
    }

    private static double secondsBetween(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }

    private static void log(String line) {
        System.out.println("[bench] " + line);
    }

    /** The figures of one run, and the verdict. */
    static final class Report {
        double seedSeconds;
        double bootSeconds;
        long runId;
        Instant runStarted;
        Instant runFinished;
        Instant lastQueued;
        Instant lastSent;
        Instant killedAt;
        Instant restartedAt;
        long sentBeforeKill;
        long queuedBeforeKill;
        long walkedBeforeKill;
        long sentAfterRestart;
        long queued;
        long deliveryRows;
        long deliveredSubscribers;
        long outboxRows;
        long failed;
        long received;
        long resent;
        long duplicates;
        long lost;
        long unexpected;
        long wrongContent;
        long withoutUnsubscribe;
        BenchServer.HeapFigures heap;
        /** Without a kill: CPU from the first digest queued to the last mail sent. */
        Duration wildflyCpu;

        Duration postgresCpu;

        boolean faultless() {
            return duplicates == 0
                    && lost == 0
                    && unexpected == 0
                    && wrongContent == 0
                    && failed == 0
                    && withoutUnsubscribe == 0
                    && deliveryRows == deliveredSubscribers;
        }

        String render(int subscribers, int mustGetDigest) {
            Map<String, String> rows = new LinkedHashMap<>();
            rows.put("subscribers (active, daily) / inactive distractors", subscribers + " / " + INACTIVE);
            rows.put("seeding (JDBC batches)", String.format("%.1f s", seedSeconds));
            rows.put("digests the seed calls for", Integer.toString(mustGetDigest));
            rows.put("digests queued by the run (outbox rows)", queued + " (" + outboxRows + ")");
            if (killedAt == null) {
                double matching = secondsBetween(runStarted, lastQueued);
                double sending = secondsBetween(runStarted, lastSent);
                rows.put("matching in the database: subscribers walked per second", rate(subscribers, matching));
                rows.put("digests rendered and queued per second", rate(queued, matching));
                rows.put(
                        "mails handed to the SMTP sink per second (run start to last mail)", rate(outboxRows, sending));
            } else {
                double beforeKill = secondsBetween(runStarted, killedAt);
                double afterRestart = secondsBetween(restartedAt, lastSent);
                rows.put(
                        "before the kill: subscribers walked (matched in the database) per second",
                        rate(walkedBeforeKill, beforeKill));
                rows.put("before the kill: digests rendered and queued per second", rate(queuedBeforeKill, beforeKill));
                rows.put("before the kill: mails handed to the SMTP sink per second", rate(sentBeforeKill, beforeKill));
                rows.put(
                        "after the restart: mails handed to the SMTP sink per second",
                        rate(sentAfterRestart, afterRestart));
                rows.put(
                        "kill to restarted (WildFly boot, EAR deployed)",
                        String.format("%.1f s", secondsBetween(killedAt, restartedAt)));
            }
            if (wildflyCpu != null && outboxRows > 0) {
                rows.put(
                        "CPU per mail, WildFly / PostgreSQL (first digest queued to last mail sent)",
                        String.format(
                                "%.2f / %.2f ms",
                                wildflyCpu.toNanos() / 1e6 / outboxRows, postgresCpu.toNanos() / 1e6 / outboxRows));
            }
            rows.put(
                    "run start to last mail sent, in all",
                    String.format("%.1f s", secondsBetween(runStarted, lastSent)));
            rows.put(
                    "WildFly heap: peak in use / peak after a collection / peak committed",
                    heap.peakUsedMb() + " / " + heap.peakLiveMb() + " / " + heap.peakCommittedMb() + " MB");
            rows.put("mails received by the sink", Long.toString(received));
            rows.put("re-sent copies (same Message-ID, handed over as the server died)", Long.toString(resent));
            rows.put("duplicates (a second digest to one subscriber)", Long.toString(duplicates));
            rows.put("lost (a subscriber owed a digest got none)", Long.toString(lost));
            rows.put("unexpected (mail to someone owed none)", Long.toString(unexpected));
            rows.put("wrong content (article count differs from the seed)", Long.toString(wrongContent));
            rows.put("failed in the outbox / without List-Unsubscribe", failed + " / " + withoutUnsubscribe);
            StringBuilder text = new StringBuilder("\n## News digest benchmark\n\n| figure | value |\n|---|---|\n");
            rows.forEach((name, value) ->
                    text.append("| ").append(name).append(" | ").append(value).append(" |\n"));
            text.append("\nVerdict: ")
                    .append(faultless() ? "no mail lost, doubled or wrong." : "FAULTS, see above.")
                    .append('\n');
            return text.toString();
        }

        private static String rate(double count, double seconds) {
            return String.format("%.0f /s (%.0f in %.1f s)", count / seconds, count, seconds);
        }
    }

    private NewsDigestBenchmark() {}
}
