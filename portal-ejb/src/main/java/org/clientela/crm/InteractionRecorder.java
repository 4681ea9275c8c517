package org.clientela.crm;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.clientela.account.Customer;

/**
 * The one way into the CRM timeline. Recording demands the caller's transaction: an interaction
 * written on its own could survive a business change that rolled back, or be lost when it commits.
 */
@Stateless
public class InteractionRecorder {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Interaction record(
            Customer customer, InteractionType type, Channel channel, Actor actor, String reference, String summary) {
        Interaction interaction = new Interaction(customer, type, channel, actor, Instant.now(), reference, summary);
        em.persist(interaction);
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
