package org.clientela.crm;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.Roles;

/**
 * Opens follow-up tasks for staff and lets them take and close them. Capabilities open tasks
 * inside their own transaction, so a task exists exactly when the event that asked for it
 * committed; opening and closing both land on the customer's timeline in that same transaction.
 */
@Stateless
@RolesAllowed({Roles.SUPPORT_AGENT, Roles.SALES_MANAGER, Roles.ADMIN})
public class FollowUpTasks {

    public static final int LIST_LIMIT = 200;
    static final int OUTCOME_LENGTH = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private InteractionRecorder interactions;

    /**
     * Opens a task about {@code reference} (e.g. {@code review:42}) unless one is open already:
     * a review changed twice, or a question found past its SLA on every timer run, asks once.
     * Any caller may open: the event that asks for it is a customer's or a timer's.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public FollowUpTask open(Customer customer, FollowUpReason reason, String reference, String summary) {
        Optional<FollowUpTask> existing = openFor(reference);
        if (existing.isPresent()) {
            return existing.get();
        }
        FollowUpTask task = new FollowUpTask(customer, reason, reference, summary, Instant.now());
        em.persist(task);
        interactions.record(
                customer,
                InteractionType.TASK_OPENED,
                Channel.SYSTEM,
                Actor.SYSTEM,
                "task:" + task.getId(),
                reason + ": " + summary);
        return task;
    }

    @PermitAll
    public Optional<FollowUpTask> openFor(String reference) {
        return em.createQuery(
                        "select t from FollowUpTask t where t.reference = :reference and t.doneAt is null",
                        FollowUpTask.class)
                .setParameter("reference", reference)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public FollowUpTask assignToMe(long taskId, Actor me) {
        FollowUpTask task = task(taskId);
        if (task.isDone()) {
            throw new CrmRefusal(CrmRefusal.Reason.TASK_DONE);
        }
        task.assignTo(me);
        return task;
    }

    /** Closes the task with its outcome and records TASK_DONE; a task closed already is refused. */
    public FollowUpTask complete(long taskId, String outcome, Actor by) {
        String text = outcome == null ? "" : outcome.strip();
        if (text.isEmpty()) {
            throw new CrmRefusal(CrmRefusal.Reason.OUTCOME_REQUIRED);
        }
        if (text.length() > OUTCOME_LENGTH) {
            throw new CrmRefusal(CrmRefusal.Reason.OUTCOME_TOO_LONG);
        }
        FollowUpTask task = task(taskId);
        if (task.isDone()) {
            throw new CrmRefusal(CrmRefusal.Reason.TASK_DONE);
        }
        task.complete(by, text, Instant.now());
        interactions.record(
                task.getCustomer(), InteractionType.TASK_DONE, Channel.STAFF, by, "task:" + task.getId(), text);
        return task;
    }

    /**
     * Open tasks, overdue first (they have the earliest due dates), then by due date; only the
     * actor's own when {@code mine}. The customer comes along for the list's links.
     */
    public List<FollowUpTask> openTasks(boolean mine, Actor me) {
        String jpql = "select t from FollowUpTask t join fetch t.customer where t.doneAt is null"
                + (mine ? " and t.assigneeSubject = :me" : "")
                + " order by t.dueAt, t.id";
        var query = em.createQuery(jpql, FollowUpTask.class).setMaxResults(LIST_LIMIT);
        if (mine) {
            query.setParameter("me", me.subject());
        }
        return query.getResultList();
    }

    /** A customer's tasks, open ones first, newest first. */
    public List<FollowUpTask> forCustomer(long customerId) {
        return em.createQuery(
                        "select t from FollowUpTask t where t.customer.id = :customer"
                                + " order by case when t.doneAt is null then 0 else 1 end, t.createdAt desc",
                        FollowUpTask.class)
                .setParameter("customer", customerId)
                .setMaxResults(LIST_LIMIT)
                .getResultList();
    }

    private FollowUpTask task(long taskId) {
        FollowUpTask task = em.find(FollowUpTask.class, taskId);
        if (task == null) {
            throw new CrmRefusal(CrmRefusal.Reason.TASK_NOT_FOUND);
        }
        return task;
    }
}
