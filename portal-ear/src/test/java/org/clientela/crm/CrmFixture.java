package org.clientela.crm;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.clientela.account.CustomerDirectory;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.SignInIdentity;

/**
 * Data for segment and dashboard tests, written by SQL: customers with a language and a stage,
 * orders with a total and a product's category, subscriptions, questions, reviews, cases and
 * interactions at chosen times. Ids come from a range far above what the sequences hand out, and
 * slugs carry the test's key, so tests running on one database do not see each other's rows.
 */
final class CrmFixture {

    final String key = UUID.randomUUID().toString().substring(0, 8);
    private final EntityManager em;
    private final UserTransaction tx;
    private final CustomerDirectory directory;
    private long nextId = 5_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L) * 1000;

    CrmFixture(EntityManager em, UserTransaction tx, CustomerDirectory directory) {
        this.em = em;
        this.tx = tx;
        this.directory = directory;
    }

    long id() {
        return nextId++;
    }

    static OffsetDateTime ago(long amount, ChronoUnit unit) {
        return OffsetDateTime.ofInstant(Instant.now().minus(amount, unit), ZoneOffset.UTC);
    }

    /**
     * A customer speaking {@code language} at {@code stage} (null: no row, a prospect), whose
     * registration lies 400 days back, so that only the interactions a test adds count as activity.
     */
    Customer customer(String name, String language, String stage) throws Exception {
        tx.begin();
        Customer customer = directory.recogniseSignIn(new SignInIdentity(
                UUID.randomUUID().toString(),
                name + "-" + key + "@clientela.test",
                name,
                "Segment",
                Language.fromTagOrDefault(language)));
        tx.commit();
        sql(
                "update customer set preferred_language = :language where id = :id",
                "language",
                Language.fromTagOrDefault(language).name(),
                "id",
                customer.getId());
        sql(
                "update interaction set occurred_at = :old where customer_id = :id",
                "old",
                ago(400, ChronoUnit.DAYS),
                "id",
                customer.getId());
        // whatever stage the sign-in computed, the test's own stands
        sql("delete from customer_stage where customer_id = :id", "id", customer.getId());
        if (stage != null) {
            sql(
                    "insert into customer_stage (customer_id, stage, since, computed_at, version)"
                            + " values (:id, :stage, :now, :now, 0)",
                    "id",
                    customer.getId(),
                    "stage",
                    stage,
                    "now",
                    ago(0, ChronoUnit.DAYS));
        }
        return customer;
    }

    long catalogCategory(String slug, Long parent) throws Exception {
        long id = id();
        sql(
                "insert into catalog_category (id, parent_id, slug, active, version) values (:id, :parent, :slug, true, 0)",
                "id",
                id,
                "parent",
                parent,
                "slug",
                slug);
        return id;
    }

    long product(String sku, long category) throws Exception {
        long id = id();
        sql(
                "insert into product (id, sku, category_id, net_price, vat_rate, currency, stock, active, updated_at,"
                        + " version) values (:id, :sku, :category, 10, 20, 'EUR', 5, true, :now, 0)",
                "id",
                id,
                "sku",
                sku,
                "category",
                category,
                "now",
                ago(0, ChronoUnit.DAYS));
        sql(
                "insert into product_text (product_id, language, name) values (:id, 'EN', :name)",
                "id",
                id,
                "name",
                "Product " + sku);
        return id;
    }

    long newsCategory(String slug) throws Exception {
        long id = id();
        sql(
                "insert into news_category (id, parent_id, slug, active, version) values (:id, null, :slug, true, 0)",
                "id",
                id,
                "slug",
                slug);
        sql(
                "insert into news_category_name (category_id, language, name) values (:id, 'EN', :name)",
                "id",
                id,
                "name",
                "News " + slug);
        return id;
    }

    void subscription(Customer customer, long newsCategory, String status) throws Exception {
        long id = id();
        sql(
                "insert into news_subscription (id, customer_id, languages, frequency, status, language, created_at,"
                        + " version) values (:id, :customer, 'en', 'IMMEDIATE', :status, 'EN', :now, 0)",
                "id",
                id,
                "customer",
                customer.getId(),
                "status",
                status,
                "now",
                ago(0, ChronoUnit.DAYS));
        sql(
                "insert into news_subscription_category (subscription_id, category_id) values (:id, :category)",
                "id",
                id,
                "category",
                newsCategory);
    }

    /** A marketing consent given or withdrawn at {@code at}, as the profile page records it. */
    void consent(Customer customer, String topic, boolean granted, OffsetDateTime at) throws Exception {
        sql(
                "insert into consent_record (id, customer_id, topic, granted, recorded_at, actor_subject)"
                        + " values (:id, :customer, :topic, :granted, :at, :subject)",
                "id",
                id(),
                "customer",
                customer.getId(),
                "topic",
                topic,
                "granted",
                granted,
                "at",
                at,
                "subject",
                customer.getSubject());
    }

    /** An order placed {@code daysAgo} with one line of {@code sku} (none when null). */
    long order(Customer customer, String status, String total, String sku, OffsetDateTime placedAt) throws Exception {
        long id = id();
        sql(
                "insert into customer_order (id, customer_id, placed_by_subject, idempotency_key, status, language,"
                        + " delivery_method, delivery_price, payment_method, payment_reference, ship_postal_code,"
                        + " ship_city, ship_country, bill_postal_code, bill_city, bill_country, total, currency,"
                        + " placed_at, updated_at, version) values (:id, :customer, 'fixture', :key, :status, 'EN',"
                        + " 'COURIER', 0, 'INVOICE', 'fixture', '1000', 'Sofia', 'BG', '1000', 'Sofia', 'BG', :total,"
                        + " 'EUR', :placed, :placed, 0)",
                "id",
                id,
                "customer",
                customer.getId(),
                "key",
                "fixture-" + id,
                "status",
                status,
                "total",
                new BigDecimal(total),
                "placed",
                placedAt);
        if (sku != null) {
            sql(
                    "insert into order_line (order_id, line_no, sku, name, quantity, unit_price, vat_rate, total)"
                            + " values (:id, 1, :sku, 'Fixture', 1, :total, 20, :total)",
                    "id",
                    id,
                    "sku",
                    sku,
                    "total",
                    new BigDecimal(total));
        }
        return id;
    }

    long question(Customer author, String categorySlug, OffsetDateTime createdAt, boolean answered, boolean hidden)
            throws Exception {
        long id = id();
        sql(
                "insert into question (id, author_id, title, body, language, category_slug, created_at, answered_at,"
                        + " hidden_at, version) values (:id, :author, :title, 'Body', 'EN', :category, :created,"
                        + " :answered, :hidden, 0)",
                "id",
                id,
                "author",
                author.getId(),
                "title",
                "Question " + key,
                "category",
                categorySlug,
                "created",
                createdAt,
                "answered",
                answered ? createdAt : null,
                "hidden",
                hidden ? createdAt : null);
        return id;
    }

    void interaction(Customer customer, OffsetDateTime at) throws Exception {
        sql(
                "insert into interaction (id, customer_id, type, channel, occurred_at, summary)"
                        + " values (:id, :customer, 'PROFILE_UPDATED', 'WEB', :at, 'fixture')",
                "id",
                id(),
                "customer",
                customer.getId(),
                "at",
                at);
    }

    void review(long product, Customer author, int rating, OffsetDateTime at, boolean hidden) throws Exception {
        sql(
                "insert into review (id, product_id, author_id, rating, body, language, verified, created_at,"
                        + " updated_at, hidden_at, version) values (:id, :product, :author, :rating, 'Text', 'EN',"
                        + " false, :at, :at, :hidden, 0)",
                "id",
                id(),
                "product",
                product,
                "author",
                author.getId(),
                "rating",
                rating,
                "at",
                at,
                "hidden",
                hidden ? at : null);
    }

    void supportCase(Customer customer, String status, int reopenCount) throws Exception {
        sql(
                "insert into support_case (id, customer_id, subject, priority, status, opened_at, updated_at,"
                        + " reopen_count, version) values (:id, :customer, 'Case', 'NORMAL', :status, :now, :now,"
                        + " :reopened, 0)",
                "id",
                id(),
                "customer",
                customer.getId(),
                "status",
                status,
                "now",
                ago(0, ChronoUnit.DAYS),
                "reopened",
                reopenCount);
    }

    void stageChange(Customer customer, String from, String to, OffsetDateTime at) throws Exception {
        sql(
                "insert into stage_change (id, customer_id, from_stage, to_stage, changed_at, reason)"
                        + " values (:id, :customer, :from, :to, :at, 'fixture')",
                "id",
                id(),
                "customer",
                customer.getId(),
                "from",
                from,
                "to",
                to,
                "at",
                at);
    }

    /**
     * One statement in its own transaction; parameters as name, value pairs. A null is written as
     * the literal, since drivers do not agree on the type of an untyped null parameter.
     */
    void sql(String statement, Object... parameters) throws Exception {
        String text = statement;
        for (int i = 0; i < parameters.length; i += 2) {
            if (parameters[i + 1] == null) {
                text = text.replaceAll(":" + parameters[i] + "\\b", "null");
            }
        }
        tx.begin();
        try {
            Query query = em.createNativeQuery(text);
            for (int i = 0; i < parameters.length; i += 2) {
                if (parameters[i + 1] != null) {
                    query.setParameter((String) parameters[i], parameters[i + 1]);
                }
            }
            query.executeUpdate();
            tx.commit();
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }
}
