package org.clientela.crm;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.clientela.account.Customer;

/**
 * The one way into the CRM timeline. Recording demands the caller's transaction: an interaction
 * written on its own could survive a business change that rolled back, or be lost when it commits.
 */
@Stateless
public class InteractionRecorder {

    /**
     * Types that never move a customer on the ladder: the stage's own record (recomputing on it
     * would recurse), staff tasks, and the closing of an account, whose data is being erased.
     */
    static final Set<InteractionType> NO_RECOMPUTE = EnumSet.of(
            InteractionType.STAGE_CHANGED,
            InteractionType.TASK_OPENED,
            InteractionType.TASK_DONE,
            InteractionType.ACCOUNT_CLOSED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LifecycleStages stages;

    /** Records the event, then recomputes the customer's lifecycle stage in the same transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Interaction record(
            Customer customer, InteractionType type, Channel channel, Actor actor, String reference, String summary) {
        Interaction interaction = new Interaction(customer, type, channel, actor, Instant.now(), reference, summary);
        em.persist(interaction);
        if (!NO_RECOMPUTE.contains(type) && customer.getClosedAt() == null) {
            stages.recompute(customer, interaction.getOccurredAt());
        }
        return interaction;
    }

    /** Newest first; the staff timeline pages over this. */
    public List<Interaction> latest(Customer customer, int max) {
        return em.createQuery(
                        "select i from Interaction i where i.customer = :customer"
                                + " order by i.occurredAt desc, i.id desc",
                        Interaction.class)
                .setParameter("customer", customer)
                .setMaxResults(max)
                .getResultList();
    }

    /** What one person did on a customer's record, newest first: a grantee's log for the owner. */
    public List<Interaction> byActor(Customer customer, String actorSubject, int max) {
        return em.createQuery(
                        "select i from Interaction i where i.customer = :customer and i.actorSubject = :actor"
                                + " order by i.occurredAt desc, i.id desc",
                        Interaction.class)
                .setParameter("customer", customer)
                .setParameter("actor", actorSubject)
                .setMaxResults(max)
                .getResultList();
    }
}
