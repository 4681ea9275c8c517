package org.clientela.crm;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.Roles;
import org.clientela.platform.Wording;

/**
 * Keeps each customer's lifecycle stage: recomputed after every interaction (once its
 * transaction has committed, {@link StageRecomputation}), and once a day for customers who went
 * quiet. The rules themselves
 * live in {@link StageRules}.
 */
@Stateless
public class LifecycleStages {

    static final int LAPSE_CHUNK = 500;

    /** Channels where the customer (or someone acting for them) did something themself. */
    static final String OWN_CHANNELS = "('WEB', 'API')";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CrmSettings settings;

    @Inject
    private InteractionRecorder interactions;

    @Resource
    private SessionContext context;

    /**
     * Recomputes in a transaction of its own, after the one that recorded an interaction. The
     * customer, their stage and their activity come in one round trip; entities are loaded only
     * when the stage moves, which most events (every order of a regular customer) do not.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recomputeAlone(long customerId) {
        Instant now = Instant.now();
        StageThresholds thresholds = settings.thresholds();
        Window window = new Window(now, thresholds);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.registered_at, c.closed_at,"
                        + " (select s.stage from customer_stage s where s.customer_id = c.id), "
                        + ACTIVITY
                        + " from customer c where c.id = ?1")
                .setParameter(1, customerId)
                .setParameter(2, window.yearAgo())
                .setParameter(3, window.advocateFrom())
                .getResultList();
        if (rows.isEmpty() || rows.get(0)[1] != null) {
            return; // gone, or closed: its data is being erased
        }
        Object[] row = rows.get(0);
        LifecycleStage before = row[2] == null ? LifecycleStage.PROSPECT : LifecycleStage.valueOf(row[2].toString());
        StageDecision decision = new StageRules(thresholds).decide(activity(row, 3, instant(row[0])), now);
        if (decision.stage() != before) {
            keep(em.find(Customer.class, customerId), decision, now);
        }
    }

    /** Recomputes now; see {@link #recompute(Customer, Instant)}. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public LifecycleStage recompute(Customer customer) {
        return recompute(customer, Instant.now());
    }

    /**
     * Gathers the activity in one query, applies the rules and, when the stage moved, keeps the
     * new one with a history entry and a STAGE_CHANGED interaction. Returns the stage.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public LifecycleStage recompute(Customer customer, Instant now) {
        StageThresholds thresholds = settings.thresholds();
        StageDecision decision = new StageRules(thresholds).decide(activity(customer, thresholds, now), now);
        keep(customer, decision, now);
        return decision.stage();
    }

    /** Writes the decided stage when it differs from the kept one (no row means a prospect). */
    private void keep(Customer customer, StageDecision decision, Instant now) {
        CustomerStage current = em.find(CustomerStage.class, customer.getId());
        LifecycleStage before = current == null ? LifecycleStage.PROSPECT : current.getStage();
        if (decision.stage() == before) {
            return; // written only when it moves: most events leave the stage as it is
        }
        if (current == null) {
            em.persist(new CustomerStage(customer.getId(), decision.stage(), now));
        } else {
            current.moveTo(decision.stage(), now);
        }
        em.persist(new StageChange(
                customer.getId(),
                before,
                decision.stage(),
                now,
                decision.reason().stored()));
        interactions.record(
                customer,
                InteractionType.STAGE_CHANGED,
                Channel.SYSTEM,
                Actor.SYSTEM,
                "stage:" + decision.stage(),
                Wording.of(
                                "crm.stageMoved",
                                Wording.word("crm.stage." + before),
                                Wording.word("crm.stage." + decision.stage()))
                        .stored());
    }

    /**
     * The activity's columns as scalar subqueries over indexed columns: ?1 the customer, ?2 a
     * year ago, ?3 the start of the advocate window.
     */
    private static final String ACTIVITY = " (select count(*) from customer_order o where o.customer_id = ?1 and "
            + Sales.counted("o.status") + "),"
            + " (select count(*) from customer_order o where o.customer_id = ?1 and " + Sales.counted("o.status")
            + "   and o.placed_at >= ?2),"
            + " (select count(*) from review r where r.author_id = ?1 and r.rating >= 4 and r.hidden_at is null),"
            + " (select count(*) from answer a where a.author_id = ?1 and a.accepted = true"
            + "   and a.hidden_at is null),"
            + " (select count(*) from review r where r.author_id = ?1 and r.rating >= 4"
            + "   and r.hidden_at is null and r.updated_at >= ?3),"
            + " (select count(*) from answer a where a.author_id = ?1 and a.accepted = true"
            + "   and a.hidden_at is null and a.created_at >= ?3),"
            + " (select max(i.occurred_at) from interaction i where i.customer_id = ?1"
            + "   and i.channel in " + OWN_CHANNELS + ")";

    /** The two moments the activity counts from. */
    private record Window(Instant yearAgo, Instant advocateFrom) {
        Window(Instant now, StageThresholds thresholds) {
            this(
                    now.atOffset(ZoneOffset.UTC).minusMonths(12).toInstant(),
                    now.atOffset(ZoneOffset.UTC)
                            .minusMonths(thresholds.advocateWindowMonths())
                            .toInstant());
        }
    }

    /** The snapshot the rules read: one round trip. */
    CustomerActivity activity(Customer customer, StageThresholds thresholds, Instant now) {
        em.flush(); // the interaction and business rows of this transaction count
        Window window = new Window(now, thresholds);
        Object[] row = (Object[]) em.createNativeQuery("select" + ACTIVITY)
                .setParameter(1, customer.getId())
                .setParameter(2, window.yearAgo())
                .setParameter(3, window.advocateFrom())
                .getSingleResult();
        return activity(row, 0, customer.getRegisteredAt());
    }

    /** The activity's seven columns from {@code first} on. */
    private static CustomerActivity activity(Object[] row, int first, Instant registeredAt) {
        Instant last = instant(row[first + 6]);
        if (last == null || last.isBefore(registeredAt)) {
            last = registeredAt;
        }
        return new CustomerActivity(
                count(row[first]),
                count(row[first + 1]),
                count(row[first + 2]),
                count(row[first + 3]),
                count(row[first + 4]) + count(row[first + 5]),
                last);
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
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

    /** Daily: customers quiet for the lapse period move to LAPSED, a chunk per transaction. */
    @Schedule(hour = "3", minute = "17", persistent = false)
    public void lapseDaily() {
        lapseInactive(Instant.now());
    }

    /** Returns how many customers lapsed. Public for the timer and its test. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int lapseInactive(Instant now) {
        LifecycleStages self = context.getBusinessObject(LifecycleStages.class);
        int lapsed = 0;
        long after = 0;
        while (true) {
            long[] result = self.lapseChunk(now, after);
            lapsed += (int) result[0];
            if (result[1] < 0) {
                return lapsed;
            }
            after = result[1];
        }
    }

    /** One chunk of quiet customers after id {@code after}: {lapsed, last id or -1 when done}. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long[] lapseChunk(Instant now, long after) {
        StageThresholds thresholds = settings.thresholds();
        Instant line = now.minus(Duration.ofDays(thresholds.lapseAfterDays()));
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select c.id from customer c"
                        + " left join customer_stage s on s.customer_id = c.id"
                        + " where c.id > ?1 and c.closed_at is null and c.registered_at < ?2"
                        + " and (s.stage is null or s.stage <> 'LAPSED')"
                        + " and not exists (select 1 from interaction i where i.customer_id = c.id"
                        + "   and i.channel in " + OWN_CHANNELS + " and i.occurred_at >= ?2)"
                        + " order by c.id")
                .setParameter(1, after)
                .setParameter(2, line)
                .setMaxResults(LAPSE_CHUNK)
                .getResultList();
        long lapsed = 0;
        for (Number id : ids) {
            Customer customer = em.find(Customer.class, id.longValue());
            if (recompute(customer, now) == LifecycleStage.LAPSED) {
                lapsed++;
            }
        }
        long last = ids.size() < LAPSE_CHUNK ? -1 : ids.get(ids.size() - 1).longValue();
        return new long[] {lapsed, last};
    }

    @RolesAllowed({Roles.SUPPORT_AGENT, Roles.SALES_MANAGER, Roles.ADMIN})
    public LifecycleStage current(long customerId) {
        return Optional.ofNullable(em.find(CustomerStage.class, customerId))
                .map(CustomerStage::getStage)
                .orElse(LifecycleStage.PROSPECT);
    }

    /** Newest first. */
    @RolesAllowed({Roles.SUPPORT_AGENT, Roles.SALES_MANAGER, Roles.ADMIN})
    public List<StageChange> history(long customerId) {
        return em.createQuery(
                        "select c from StageChange c where c.customerId = :customer order by c.changedAt desc, c.id desc",
                        StageChange.class)
                .setParameter("customer", customerId)
                .setMaxResults(100)
                .getResultList();
    }
}
