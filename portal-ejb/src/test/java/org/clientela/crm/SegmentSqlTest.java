package org.clientela.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The segment SQL on H2 with the real migrations: each criterion alone and combined selects the
 * expected customers of a small data set, and the count agrees with the members. (The in-server
 * SegmentsIT does the same through Hibernate, on whichever database the server runs.)
 */
class SegmentSqlTest {

    private static final Instant NOW = Instant.now();
    private static Connection db;

    @BeforeAll
    static void migrateAndSeed() throws SQLException {
        String url = "jdbc:h2:mem:segments-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        db = DriverManager.getConnection(url, "sa", "");
        run(
                "insert into catalog_category (id, parent_id, slug, active, version) values (100, null, 'computers', true, 0)");
        run(
                "insert into catalog_category (id, parent_id, slug, active, version) values (101, 100, 'laptops', true, 0)");
        run(
                "insert into product (id, sku, category_id, net_price, vat_rate, currency, stock, active, updated_at, version)"
                        + " values (300, 'SKU-L', 101, 10, 20, 'EUR', 1, true, current_timestamp, 0)");
        run("insert into news_category (id, parent_id, slug, active, version) values (200, null, 'deals', true, 0)");
        customer(1, "EN", null);
        customer(2, "BG", "REPEAT_BUYER");
        customer(3, "UK", "CLIENT");
        customer(4, "RU", "LAPSED");
        customer(5, "EN", "CLIENT");
        customer(6, "EN", "CLIENT");
        run("update customer set closed_at = current_timestamp, email = 'closed-6@example.org' where id = 6");
        customer(7, "EN", "CLIENT");
        run("update customer set kind = 'COMPANY', subject = null where id = 7");
        subscription(1, 1, "ACTIVE");
        subscription(5, 5, "ENDED");
        order(21, 2, "DELIVERED", "100.00", "SKU-L");
        order(22, 2, "CANCELLED", "50.00", null);
        order(31, 3, "PAID", "250.00", null);
        order(32, 3, "DELIVERED", "250.00", null);
        order(33, 3, "RETURNED", "400.00", "SKU-L");
        order(61, 6, "DELIVERED", "300.00", "SKU-L");
        order(71, 7, "DELIVERED", "300.00", "SKU-L");
        order(51, 5, "CANCELLED", "99.99", "SKU-L");
        run("insert into question (id, author_id, title, body, language, category_slug, created_at, version)"
                + " values (40, 4, 'Q', 'B', 'RU', 'laptops', current_timestamp, 0)");
        interaction(1, 1, 2);
        interaction(2, 2, 40);
        interaction(3, 3, 1);
        run("insert into review (id, product_id, author_id, rating, body, language, verified, created_at, updated_at,"
                + " version) values (61, 300, 2, 5, 'Good', 'EN', true, current_timestamp, current_timestamp, 0)");
        run("insert into review (id, product_id, author_id, rating, body, language, verified, created_at, updated_at,"
                + " version) values (62, 300, 3, 2, 'Meh', 'EN', false, current_timestamp, current_timestamp, 0)");
        run("insert into review (id, product_id, author_id, rating, body, language, verified, created_at, updated_at,"
                + " hidden_at, version) values (63, 300, 4, 1, 'Rude', 'EN', false, current_timestamp,"
                + " current_timestamp, current_timestamp, 0)");
        run("insert into support_case (id, customer_id, subject, priority, status, opened_at, updated_at, reopen_count,"
                + " version) values (71, 2, 'Case', 'NORMAL', 'SOLVED', current_timestamp, current_timestamp, 1, 0)");
        run("insert into stage_change (id, customer_id, from_stage, to_stage, changed_at, reason)"
                + " values (81, 2, null, 'FIRST_TIME_BUYER', current_timestamp, 'first order')");
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @Test
    void eachCriterionAlone() throws SQLException {
        assertThat(members(criteria(Set.of("en"), Set.of(), Set.of(), null, null, null)))
                .containsExactly(1L, 5L);
        assertThat(members(criteria(Set.of(), Set.of(), Set.of("PROSPECT"), null, null, null)))
                .containsExactly(1L);
        assertThat(members(criteria(Set.of(), Set.of(), Set.of("CLIENT"), null, null, null)))
                .containsExactly(3L, 5L);
        assertThat(members(criteria(Set.of(), Set.of("laptops"), Set.of(), null, null, null)))
                .containsExactly(2L, 4L);
        assertThat(members(criteria(Set.of(), Set.of("computers"), Set.of(), null, null, null)))
                .as("an order from a subcategory counts for its parent")
                .containsExactly(2L);
        assertThat(members(criteria(Set.of(), Set.of("deals"), Set.of(), null, null, null)))
                .as("only active subscriptions")
                .containsExactly(1L);
        assertThat(members(criteria(Set.of(), Set.of(), Set.of(), null, null, 7)))
                .containsExactly(1L, 3L);
        assertThat(members(criteria(Set.of(), Set.of(), Set.of(), null, null, 60)))
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void spendBoundsAreInclusiveAndCancelledAndReturnedOrdersDoNotCount() throws SQLException {
        assertThat(members(criteria(Set.of(), Set.of(), Set.of(), "100", "500", null)))
                .containsExactly(2L, 3L);
        assertThat(members(criteria(Set.of(), Set.of(), Set.of(), "100.01", null, null)))
                .containsExactly(3L);
        assertThat(members(criteria(Set.of(), Set.of(), Set.of(), null, "0", null)))
                .containsExactly(1L, 4L, 5L);
    }

    @Test
    void criteriaCombine() throws SQLException {
        assertThat(members(criteria(Set.of("en"), Set.of("deals"), Set.of(), null, null, null)))
                .containsExactly(1L);
        assertThat(members(criteria(Set.of(), Set.of(), Set.of("CLIENT"), "1", null, null)))
                .containsExactly(3L);
        assertThat(members(criteria(Set.of("bg", "ru"), Set.of("laptops"), Set.of("LAPSED"), null, null, null)))
                .containsExactly(4L);
    }

    @Test
    void everyoneIsEveryPersonWithAnOpenAccount() throws SQLException {
        assertThat(members(SegmentCriteria.everyone()))
                .as("neither the closed account 6 nor the company 7")
                .containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    /** The dashboard's SQL runs on H2 and gives this data set's figures. */
    @Test
    void dashboardFigures() throws SQLException {
        java.util.Map<String, Object> none = java.util.Map.of();
        assertThat(rows(CrmDashboard.STAGE_COUNTS_SQL, none))
                .contains(List.of("PROSPECT", 1L), List.of("CLIENT", 2L), List.of("LAPSED", 1L));
        OffsetDateTime monthAgo = OffsetDateTime.ofInstant(NOW.minus(31, ChronoUnit.DAYS), ZoneOffset.UTC);
        assertThat(rows(CrmDashboard.STAGE_MOVES_SQL, java.util.Map.of("start", monthAgo)))
                .containsExactly(List.of("PROSPECT", "FIRST_TIME_BUYER", 1L));

        java.util.Map<String, Object> weeks = new java.util.HashMap<>();
        for (int i = 0; i <= CrmDashboard.WEEKS; i++) {
            weeks.put(
                    "w" + i,
                    OffsetDateTime.ofInstant(NOW.plus(i - CrmDashboard.WEEKS + 1, ChronoUnit.DAYS), ZoneOffset.UTC));
        }
        List<Object> week = rows(CrmDashboard.ordersPerWeekSql(), weeks).get(0);
        // the last bucket holds now: every order but the cancelled and returned ones
        // (100 + 250 + 250 + 300 + 300: a closed account's or a company's purchase was a sale too)
        assertThat(((Number) week.get(2 * CrmDashboard.WEEKS - 2)).longValue()).isEqualTo(5);
        assertThat(new BigDecimal(week.get(2 * CrmDashboard.WEEKS - 1).toString()))
                .isEqualByComparingTo("1200.00");

        assertThat(rows(
                        CrmDashboard.BACKLOG_SQL,
                        java.util.Map.of("cut", OffsetDateTime.ofInstant(NOW.plusSeconds(60), ZoneOffset.UTC))))
                .containsExactly(List.of(1L, 1L));
        List<List<Object>> ratings = rows(CrmDashboard.RATING_SQL, java.util.Map.of("language", "EN"));
        assertThat(ratings).hasSize(1);
        assertThat(ratings.get(0).get(0)).isEqualTo("laptops");
        assertThat(new BigDecimal(ratings.get(0).get(2).toString())).isEqualByComparingTo("3.5");

        java.util.Map<String, Object> months = new java.util.HashMap<>(java.util.Map.of("language", "EN"));
        for (int i = 0; i <= CrmDashboard.MONTHS; i++) {
            months.put(
                    "m" + i,
                    OffsetDateTime.ofInstant(NOW.plus(i - CrmDashboard.MONTHS + 1, ChronoUnit.DAYS), ZoneOffset.UTC));
        }
        List<List<Object>> products = rows(CrmDashboard.productSatisfactionSql(), months);
        assertThat(products).hasSize(1);
        assertThat(products.get(0).get(0)).isEqualTo("SKU-L");
        assertThat(((Number) products.get(0).get(2)).longValue()).isEqualTo(2);

        List<List<Object>> customers = rows(
                CrmDashboard.CUSTOMER_SATISFACTION.replace(CrmDashboard.WHERE_ANY, " where c.id = :id"),
                java.util.Map.of("id", 2L));
        assertThat(new BigDecimal(customers.get(0).get(4).toString())).isEqualByComparingTo("5");
        assertThat(customers.get(0).subList(5, 8)).containsExactly(1L, 1L, 1L);
        assertThat(rows(CrmDashboard.CUSTOMER_SATISFACTION, java.util.Map.of())).hasSize(2);
    }

    private static List<List<Object>> rows(String sql, java.util.Map<String, Object> parameters) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (PreparedStatement statement = prepare(sql, parameters);
                ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = result.getObject(i);
                    row.add(value instanceof Integer n ? Long.valueOf(n) : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static SegmentCriteria criteria(
            Set<String> languages, Set<String> categories, Set<String> stages, String min, String max, Integer days) {
        return new SegmentCriteria(
                languages,
                categories,
                stages,
                min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max),
                days);
    }

    /** The member ids, checked against the count of the same query. */
    private static List<Long> members(SegmentCriteria criteria) throws SQLException {
        SegmentQuery query = new SegmentQuery(criteria.validate(), NOW);
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement members = prepare(query.members(), query);
                ResultSet rows = members.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
                rows.getBigDecimal(7); // spend reads as a number
            }
        }
        try (PreparedStatement count = prepare(query.count(), query);
                ResultSet rows = count.executeQuery()) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(ids.size());
        }
        return ids;
    }

    /** Named parameters as JDBC takes them: each :name a ?, a collection one ? per element. */
    private static PreparedStatement prepare(String sql, SegmentQuery query) throws SQLException {
        return prepare(sql, query.parameters);
    }

    private static PreparedStatement prepare(String sql, java.util.Map<String, Object> parameters) throws SQLException {
        List<Object> values = new ArrayList<>();
        Matcher named = Pattern.compile(":(\\w+)").matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (named.find()) {
            Object value = parameters.get(named.group(1));
            if (value instanceof Collection<?> many) {
                values.addAll(new TreeSet<>(many));
                named.appendReplacement(jdbc, String.join(", ", java.util.Collections.nCopies(many.size(), "?")));
            } else {
                values.add(value);
                named.appendReplacement(jdbc, "?");
            }
        }
        named.appendTail(jdbc);
        PreparedStatement statement = db.prepareStatement(jdbc.toString());
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
        return statement;
    }

    private static void customer(long id, String language, String stage) throws SQLException {
        run(
                "insert into customer (id, subject, email, first_name, last_name, preferred_language, registered_at, version)"
                        + " values (" + id + ", 'sub-" + id + "', 'c" + id + "@example.org', 'First', 'Last', '"
                        + language
                        + "', current_timestamp, 0)");
        if (stage != null) {
            run("insert into customer_stage (customer_id, stage, since, computed_at, version) values (" + id + ", '"
                    + stage + "', current_timestamp, current_timestamp, 0)");
        }
    }

    private static void subscription(long id, long customer, String status) throws SQLException {
        run(
                "insert into news_subscription (id, customer_id, languages, frequency, status, language, created_at, version)"
                        + " values (" + id + ", " + customer + ", 'en', 'WEEKLY', '" + status
                        + "', 'EN', current_timestamp, 0)");
        run("insert into news_subscription_category (subscription_id, category_id) values (" + id + ", 200)");
    }

    private static void order(long id, long customer, String status, String total, String sku) throws SQLException {
        run("insert into customer_order (id, customer_id, placed_by_subject, idempotency_key, status, language,"
                + " delivery_method, delivery_price, payment_method, payment_reference, ship_postal_code, ship_city,"
                + " ship_country, bill_postal_code, bill_city, bill_country, total, currency, placed_at, updated_at,"
                + " version) values (" + id + ", " + customer + ", 'sub', 'k" + id + "', '" + status + "', 'EN',"
                + " 'COURIER', 0, 'CARD', 'ref', '1000', 'Sofia', 'BG', '1000', 'Sofia', 'BG', " + total
                + ", 'EUR', current_timestamp, current_timestamp, 0)");
        if (sku != null) {
            run("insert into order_line (order_id, line_no, sku, name, quantity, unit_price, vat_rate, total)"
                    + " values (" + id + ", 1, '" + sku + "', 'Laptop', 1, " + total + ", 20, " + total + ")");
        }
    }

    private static void interaction(long id, long customer, int daysAgo) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "insert into interaction"
                        + " (id, customer_id, type, channel, occurred_at, summary) values (?, ?, 'PROFILE_UPDATED', 'WEB', ?, 's')")) {
            insert.setLong(1, id);
            insert.setLong(2, customer);
            insert.setObject(3, OffsetDateTime.ofInstant(NOW.minus(daysAgo, ChronoUnit.DAYS), ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static void run(String sql) throws SQLException {
        try (var statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
