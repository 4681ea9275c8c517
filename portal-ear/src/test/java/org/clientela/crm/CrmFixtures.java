package org.clientela.crm;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;

/** Rows the CRM reads, written straight into their tables (as OrdersIT sets up its data). */
final class CrmFixtures {

    private CrmFixtures() {}

    static long ids = System.nanoTime() % 1_000_000_000L * 1000;

    static synchronized long nextId() {
        return ++ids;
    }

    static void order(EntityManager em, Customer customer, Instant placedAt, String status) {
        em.createNativeQuery("insert into customer_order (id, customer_id, placed_by_subject, idempotency_key,"
                        + " status, language, delivery_method, delivery_price, payment_method, payment_reference,"
                        + " ship_postal_code, ship_city, ship_country, bill_postal_code, bill_city, bill_country,"
                        + " total, currency, placed_at, updated_at, version) values (?1, ?2, ?3, ?4, ?5, 'en',"
                        + " 'STANDARD', 0, 'INVOICE', 'ref', '1000', 'Sofia', 'BG', '1000', 'Sofia', 'BG', 10.00,"
                        + " 'EUR', ?6, ?6, 0)")
                .setParameter(1, nextId())
                .setParameter(2, customer.getId())
                .setParameter(3, customer.getSubject())
                .setParameter(4, UUID.randomUUID().toString())
                .setParameter(5, status)
                .setParameter(6, placedAt)
                .executeUpdate();
    }

    /** A question by {@code asker} with an accepted answer by {@code helper}. */
    static void acceptedAnswer(EntityManager em, Customer asker, Customer helper, Instant at) {
        long question = nextId();
        em.createNativeQuery("insert into question (id, author_id, title, body, language, created_at, answered_at,"
                        + " version) values (?1, ?2, 'How?', '<p>How?</p>', 'en', ?3, ?3, 0)")
                .setParameter(1, question)
                .setParameter(2, asker.getId())
                .setParameter(3, at)
                .executeUpdate();
        em.createNativeQuery("insert into answer (id, question_id, author_id, author_subject, author_name, staff,"
                        + " body, created_at, accepted, knowledge, score, version) values (?1, ?2, ?3, ?4, 'Helper',"
                        + " false, '<p>Like this.</p>', ?5, true, false, 0, 0)")
                .setParameter(1, nextId())
                .setParameter(2, question)
                .setParameter(3, helper.getId())
                .setParameter(4, helper.getSubject())
                .setParameter(5, at)
                .executeUpdate();
    }

    static void interaction(EntityManager em, Customer customer, InteractionType type, Channel channel, Instant at) {
        em.createNativeQuery("insert into interaction (id, customer_id, type, channel, occurred_at, summary)"
                        + " values (?1, ?2, ?3, ?4, ?5, 'seeded')")
                .setParameter(1, nextId())
                .setParameter(2, customer.getId())
                .setParameter(3, type.name())
                .setParameter(4, channel.name())
                .setParameter(5, at)
                .executeUpdate();
    }
}
