package org.clientela.crm;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.clientela.platform.Roles;

/**
 * The customer 360 read model for staff: the numbers across capabilities (native SQL over their
 * tables, the CRM owns none of them) and the timeline, paged by keyset on (occurred_at, id) so
 * the 500th page costs what the first does, over the indexes ix_interaction_customer_time and,
 * filtered by type, ix_interaction_customer_type_time.
 */
@Stateless
@RolesAllowed({Roles.SUPPORT_AGENT, Roles.SALES_MANAGER, Roles.ADMIN})
public class CustomerRecord {

    public static final int PAGE_SIZE = 50;
    static final int MAX_PAGE = 200;
    static final int LATEST = 5;

    @PersistenceContext
    private EntityManager em;

    public TimelinePage timeline(long customerId, Set<InteractionType> types, String cursor, int pageSize) {
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE));
        TimelineCursor after = cursor == null || cursor.isBlank() ? null : TimelineCursor.parse(cursor);
        boolean filtered = types != null && !types.isEmpty();
        String jpql = "select new org.clientela.crm.TimelineEntry(i.id, i.occurredAt, i.type, i.channel,"
                + " i.actorName, i.summary) from Interaction i where i.customer.id = :customer"
                + (filtered ? " and i.type in :types" : "")
                + (after == null ? "" : " and (i.occurredAt < :at or (i.occurredAt = :at and i.id < :id))")
                + " order by i.occurredAt desc, i.id desc";
        TypedQuery<TimelineEntry> query = em.createQuery(jpql, TimelineEntry.class)
                .setParameter("customer", customerId)
                .setMaxResults(size + 1);
        if (filtered) {
            query.setParameter("types", types);
        }
        if (after != null) {
            query.setParameter("at", after.occurredAt()).setParameter("id", after.id());
        }
        List<TimelineEntry> rows = new ArrayList<>(query.getResultList());
        String next = null;
        if (rows.size() > size) {
            rows.remove(size);
            TimelineEntry last = rows.get(size - 1);
            next = new TimelineCursor(last.occurredAt(), last.id()).format();
        }
        return new TimelinePage(List.copyOf(rows), next);
    }

    public CustomerSummary summary(long customerId) {
        Object[] counts = (Object[]) em.createNativeQuery(
                        "select"
                                + " (select count(*) from customer_order o where o.customer_id = ?1 and "
                                + Sales.counted("o.status") + "),"
                                + " (select sum(o.total) from customer_order o where o.customer_id = ?1"
                                + "   and " + Sales.counted("o.status") + "),"
                                + " (select max(o.placed_at) from customer_order o where o.customer_id = ?1),"
                                + " (select count(*) from question q where q.author_id = ?1),"
                                + " (select count(*) from answer a where a.author_id = ?1),"
                                + " (select count(*) from answer a where a.author_id = ?1 and a.accepted = true),"
                                + " (select count(*) from review r where r.author_id = ?1),"
                                + " (select avg(cast(x.rating as numeric(6,2))) from (select r.rating as rating"
                                + "   from review r where r.author_id = ?1 and r.hidden_at is null union all"
                                + "   select k.rating from support_case k where k.customer_id = ?1"
                                + "   and k.rating is not null) x),"
                                + " (select count(*) from support_case c where c.customer_id = ?1 and c.status <> 'SOLVED'),"
                                + " (select count(*) from support_case c where c.customer_id = ?1 and c.status = 'SOLVED'),"
                                + " (select count(*) from support_case c where c.customer_id = ?1 and c.reopen_count > 0),"
                                + " (select count(*) from outbox_mail m where m.customer_id = ?1 and m.status = 'SENT'),"
                                + " (select count(*) from news_subscription s where s.customer_id = ?1 and s.status = 'ACTIVE')")
                .setParameter(1, customerId)
                .getSingleResult();
        List<CustomerSummary.Post> posts = new ArrayList<>();
        posts.addAll(posts(
                "select 'QUESTION', q.id, q.title, q.created_at from question q where q.author_id = ?1"
                        + " order by q.created_at desc",
                customerId));
        posts.addAll(posts(
                "select 'ANSWER', a.id, q.title, a.created_at from answer a join question q"
                        + " on q.id = a.question_id where a.author_id = ?1 order by a.created_at desc",
                customerId));
        posts.addAll(posts(
                "select 'REVIEW', r.id, p.sku, r.created_at from review r join product p"
                        + " on p.id = r.product_id where r.author_id = ?1 order by r.created_at desc",
                customerId));
        posts.sort(Comparator.comparing(CustomerSummary.Post::at).reversed());
        List<CustomerSummary.Post> cases = posts(
                "select 'CASE', c.id, c.subject, c.opened_at from support_case c"
                        + " where c.customer_id = ?1 order by c.opened_at desc",
                customerId);
        Number average = (Number) counts[7];
        return new CustomerSummary(
                count(counts[0]),
                counts[1] == null ? BigDecimal.ZERO : new BigDecimal(counts[1].toString()),
                instant(counts[2]),
                count(counts[3]),
                count(counts[4]),
                count(counts[5]),
                count(counts[6]),
                average == null ? null : Math.round(average.doubleValue() * 100) / 100.0,
                List.copyOf(posts.subList(0, Math.min(LATEST * 2, posts.size()))),
                count(counts[8]),
                count(counts[9]),
                count(counts[10]),
                cases,
                count(counts[11]),
                count(counts[12]));
    }

    private List<CustomerSummary.Post> posts(String sql, long customerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql)
                .setParameter(1, customerId)
                .setMaxResults(LATEST)
                .getResultList();
        List<CustomerSummary.Post> posts = new ArrayList<>();
        for (Object[] row : rows) {
            posts.add(new CustomerSummary.Post(
                    row[0].toString().strip(), ((Number) row[1]).longValue(), (String) row[2], instant(row[3])));
        }
        return posts;
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        throw new IllegalStateException("unexpected time " + value.getClass());
    }
}
