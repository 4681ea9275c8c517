package org.clientela.crm;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;

/**
 * The one way into the CRM timeline. Recording demands the caller's transaction: an interaction
 * written on its own could survive a business change that rolled back, or be lost when it commits.
 */
@Stateless
public class InteractionRecorder {

    /**
     * Types that never move a customer on the ladder: mails we sent (not the customer's doing),
     * the stage's own record (recomputing on it would recurse), staff tasks, and the closing of
     * an account, whose data is being erased; nor what staff logged in the work journal, which is
     * their doing, not the customer's (as are a company's contacts and relationship, and the payment
     * terms agreed with it).
     */
    static final Set<InteractionType> NO_RECOMPUTE = EnumSet.of(
            InteractionType.MAIL_SENT,
            InteractionType.MAIL_FAILED,
            InteractionType.STAGE_CHANGED,
            InteractionType.TASK_OPENED,
            InteractionType.TASK_DONE,
            InteractionType.ACCOUNT_CLOSED,
            InteractionType.CALL_LOGGED,
            InteractionType.MEETING_LOGGED,
            InteractionType.EMAIL_LOGGED,
            InteractionType.NOTE_LOGGED,
            InteractionType.TASK_ASSIGNED,
            InteractionType.CONTACT_ADDED,
            InteractionType.CONTACT_CHANGED,
            InteractionType.CONTACT_REMOVED,
            InteractionType.CONTACT_LINKED,
            InteractionType.RELATIONSHIP_CHANGED,
            InteractionType.PAYMENT_TERMS_AGREED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<InteractionRecorded> recorded;

    /**
     * Records the event. Once the transaction has committed, the customer's lifecycle stage is
     * recomputed ({@link StageRecomputation}): a stage is derived, and its update must never roll
     * back, nor conflict with, the business change that recorded the event.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Interaction record(
            Customer customer, InteractionType type, Channel channel, Actor actor, String reference, String summary) {
        Interaction interaction = new Interaction(customer, type, channel, actor, Instant.now(), reference, summary);
        em.persist(interaction);
        if (!NO_RECOMPUTE.contains(type) && customer.getClosedAt() == null) {
            recorded.fire(new InteractionRecorded(customer.getId()));
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
