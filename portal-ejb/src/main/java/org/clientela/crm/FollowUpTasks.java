package org.clientela.crm;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.clientela.account.Customer;

/**
 * Opens follow-up tasks for staff. Capabilities call it inside their own transaction, so a task
 * exists exactly when the event that asked for it committed.
 */
@Stateless
public class FollowUpTasks {

    @PersistenceContext
    private EntityManager em;

    /**
     * Opens a task about {@code reference} (e.g. {@code review:42}) unless one is open already:
     * a review changed twice, or a question found past its SLA on every timer run, asks once.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public FollowUpTask open(Customer customer, FollowUpReason reason, String reference, String summary) {
        Optional<FollowUpTask> existing = openFor(reference);
        if (existing.isPresent()) {
            return existing.get();
        }
        FollowUpTask task = new FollowUpTask(customer, reason, reference, summary, Instant.now());
        em.persist(task);
        return task;
    }

    public Optional<FollowUpTask> openFor(String reference) {
        return em.createQuery(
                        "select t from FollowUpTask t where t.reference = :reference and t.doneAt is null",
                        FollowUpTask.class)
                .setParameter("reference", reference)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
