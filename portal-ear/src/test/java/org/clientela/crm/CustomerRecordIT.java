package org.clientela.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.clientela.account.CustomerDirectory;
import org.clientela.it.support.incontainer.AsCustomer;
import org.clientela.it.support.incontainer.AsSalesManager;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.SignInIdentity;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The 360 over a customer with 10,000 interactions: keyset pages, the type filter, the counts. */
@ExtendWith(ArquillianExtension.class)
class CustomerRecordIT {

    static final int SEEDED = 10_000;

    @Inject
    CustomerRecord record;

    @Inject
    CustomerDirectory directory;

    @Inject
    AsSalesManager asSalesManager;

    @Inject
    AsCustomer asCustomer;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Test
    void tenThousandInteractionsPageByCursorAndFilterByType() throws Exception {
        Customer olena = customer();
        Instant base = Instant.parse("2025-01-01T00:00:00Z");
        tx.begin();
        em.createNativeQuery("delete from interaction where customer_id = ?1")
                .setParameter(1, olena.getId())
                .executeUpdate();
        tx.commit();
        // every tenth a review, the rest page views of the profile; pairs share a time to test ties
        for (int chunk = 0; chunk < SEEDED; chunk += 1000) {
            tx.begin();
            for (int i = chunk; i < chunk + 1000; i++) {
                InteractionType type = i % 10 == 0 ? InteractionType.REVIEW_POSTED : InteractionType.PROFILE_UPDATED;
                CrmFixtures.interaction(em, olena, type, Channel.SYSTEM, base.plusSeconds(i / 2));
            }
            tx.commit();
        }
        for (int i = 0; i < 3; i++) {
            tx.begin();
            CrmFixtures.order(em, olena, base.plusSeconds(i), "DELIVERED");
            tx.commit();
        }

        TimelinePage first = asSalesManager.call(() -> record.timeline(olena.getId(), Set.of(), null, 50));
        assertEquals(50, first.entries().size());
        assertNotNull(first.nextCursor());
        // the newest there is: the seeded ones, or the welcome mail the outbox sent meanwhile
        Instant newest = ((java.sql.Timestamp) em.createNativeQuery(
                                "select cast(max(occurred_at) as timestamp) from interaction where customer_id = ?1")
                        .setParameter(1, olena.getId())
                        .getSingleResult())
                .toInstant();
        assertEquals(newest, first.entries().get(0).occurredAt());
        assertTrue(!newest.isBefore(base.plusSeconds((SEEDED - 1) / 2)));
        assertOrdered(first.entries());

        TimelinePage second =
                asSalesManager.call(() -> record.timeline(olena.getId(), Set.of(), first.nextCursor(), 50));
        assertEquals(50, second.entries().size());
        Set<Long> seen = new HashSet<>();
        first.entries().forEach(e -> seen.add(e.id()));
        second.entries().forEach(e -> assertTrue(seen.add(e.id()), "no overlap"));
        TimelineEntry lastOfFirst = first.entries().get(49);
        TimelineEntry firstOfSecond = second.entries().get(0);
        assertTrue(firstOfSecond.occurredAt().isBefore(lastOfFirst.occurredAt())
                || (firstOfSecond.occurredAt().equals(lastOfFirst.occurredAt())
                        && firstOfSecond.id() < lastOfFirst.id()));

        TimelinePage reviews = asSalesManager.call(
                () -> record.timeline(olena.getId(), Set.of(InteractionType.REVIEW_POSTED), null, 50));
        assertEquals(50, reviews.entries().size());
        reviews.entries().forEach(e -> assertEquals(InteractionType.REVIEW_POSTED, e.type()));

        int pages = 0;
        String cursor = null;
        int total = 0;
        do {
            String at = cursor;
            TimelinePage page = asSalesManager.call(
                    () -> record.timeline(olena.getId(), Set.of(InteractionType.REVIEW_POSTED), at, 200));
            total += page.entries().size();
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null && pages < 100);
        assertEquals(SEEDED / 10, total);

        CustomerSummary summary = asSalesManager.call(() -> record.summary(olena.getId()));
        assertEquals(3, summary.orders());
        assertEquals(0, new java.math.BigDecimal("30.00").compareTo(summary.totalSpent()));
        assertEquals(0, summary.questions());

        assertThrows(
                CrmRefusal.class,
                () -> asSalesManager.call(() -> record.timeline(olena.getId(), Set.of(), "not-a-cursor", 50)));
        assertThrows(EJBAccessException.class, () -> asCustomer.call(() -> record.summary(olena.getId())));
    }

    private static void assertOrdered(List<TimelineEntry> entries) {
        for (int i = 1; i < entries.size(); i++) {
            TimelineEntry a = entries.get(i - 1);
            TimelineEntry b = entries.get(i);
            assertTrue(a.occurredAt().isAfter(b.occurredAt())
                    || (a.occurredAt().equals(b.occurredAt()) && a.id() > b.id()));
        }
    }

    private Customer customer() throws Exception {
        String subject = UUID.randomUUID().toString();
        tx.begin();
        Customer customer = directory.recogniseSignIn(
                new SignInIdentity(subject, subject + "@clientela.test", "Olena", "K", Language.EN, true));
        tx.commit();
        return customer;
    }
}
