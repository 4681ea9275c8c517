package org.clientela.crm;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.NoticeKind;
import org.clientela.platform.Roles;
import org.clientela.platform.StaffNotice;

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
    static final int TITLE_LENGTH = 500;
    /** Where an assigned or reminded member of staff finds their tasks. */
    static final String MY_TASKS = "/staff/tasks?filter=MINE";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private InteractionRecorder interactions;

    @Inject
    private StaffDirectory staff;

    @Inject
    private Event<StaffNotice> notices;

    @Resource
    private SessionContext context;

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

    /**
     * A task staff plan themselves, about a customer or company when one is named (then on its
     * timeline as TASK_OPENED), given to a colleague at once when one is chosen.
     */
    public FollowUpTask create(TaskForm form, Actor by) {
        String title = form.getTitle() == null ? "" : form.getTitle().strip();
        if (title.isEmpty()) {
            throw new CrmRefusal(CrmRefusal.Reason.TITLE_REQUIRED);
        }
        if (title.length() > TITLE_LENGTH) {
            throw new CrmRefusal(CrmRefusal.Reason.TITLE_TOO_LONG);
        }
        if (form.getDueAt() == null) {
            throw new CrmRefusal(CrmRefusal.Reason.DUE_REQUIRED);
        }
        Instant now = Instant.now();
        if (form.getDueAt().isBefore(now.minus(java.time.Duration.ofMinutes(1)))) {
            throw new CrmRefusal(CrmRefusal.Reason.DUE_IN_PAST);
        }
        Customer customer = null;
        if (form.getCustomerId() != null) {
            customer = em.find(Customer.class, form.getCustomerId());
            if (customer == null) {
                throw new CrmRefusal(CrmRefusal.Reason.CUSTOMER_NOT_FOUND);
            }
        }
        FollowUpTask task = FollowUpTask.manual(customer, title, form.getDueAt(), form.getRemindAt(), by, now);
        em.persist(task);
        if (customer != null) {
            interactions.record(
                    customer, InteractionType.TASK_OPENED, Channel.STAFF, by, "task:" + task.getId(), title);
        }
        if (form.getAssigneeSubject() != null) {
            assign(task, form.getAssigneeSubject(), by);
        }
        return task;
    }

    /**
     * Gives the task to a colleague the portal knows as looking after customers (see
     * {@link StaffDirectory#colleague}), who is told
     * (ASSIGNED) unless they took it themselves.
     */
    public FollowUpTask assign(long taskId, String assigneeSubject, Actor by) {
        return assign(task(taskId), assigneeSubject, by);
    }

    private FollowUpTask assign(FollowUpTask task, String assigneeSubject, Actor by) {
        if (task.isDone()) {
            throw new CrmRefusal(CrmRefusal.Reason.TASK_DONE);
        }
        StaffMember assignee =
                staff.colleague(assigneeSubject).orElseThrow(() -> new CrmRefusal(CrmRefusal.Reason.STAFF_NOT_FOUND));
        task.assignTo(new Actor(assignee.getSubject(), assignee.getName()));
        if (task.getCustomer() != null) {
            interactions.record(
                    task.getCustomer(),
                    InteractionType.TASK_ASSIGNED,
                    Channel.STAFF,
                    by,
                    "task:" + task.getId(),
                    task.getSummary() + " → " + assignee.getName());
        }
        if (!assignee.getSubject().equals(by.subject())) {
            // the list shows the reference: staff know a task by its title
            notices.fire(new StaffNotice(assignee.getSubject(), NoticeKind.ASSIGNED, task.getSummary(), MY_TASKS));
        }
        return task;
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
        if (task.getCustomer() != null) {
            interactions.record(
                    task.getCustomer(), InteractionType.TASK_DONE, Channel.STAFF, by, "task:" + task.getId(), text);
        }
        return task;
    }

    /**
     * Open tasks, overdue first (they have the earliest due dates), then by due date; only the
     * actor's own when {@code mine}. The customer comes along for the list's links.
     */
    public List<FollowUpTask> openTasks(boolean mine, Actor me) {
        return openTasks(mine ? TaskFilter.MINE : TaskFilter.ALL, me);
    }

    /**
     * Open tasks, overdue first, then by due date, as the filter chooses: the actor's own, their
     * team's (assigned to staff of the caller's role), overdue ones, or all. The customer, if any,
     * comes along for the list's links.
     */
    public List<FollowUpTask> openTasks(TaskFilter filter, Actor me) {
        String condition = switch (filter) {
            case ALL -> "";
            case MINE -> " and t.assigneeSubject = :me";
            case TEAM -> " and t.assigneeSubject in (select s.subject from StaffMember s where s.team = :team)";
            case OVERDUE -> " and t.dueAt < :now";
        };
        var query = em.createQuery(
                        "select t from FollowUpTask t left join fetch t.customer where t.doneAt is null"
                                + condition
                                + " order by t.dueAt, t.id",
                        FollowUpTask.class)
                .setMaxResults(LIST_LIMIT);
        switch (filter) {
            case MINE -> query.setParameter("me", me.subject());
            case TEAM ->
                query.setParameter(
                        "team", StaffDirectory.teamOf(context::isCallerInRole).orElse(""));
            case OVERDUE -> query.setParameter("now", Instant.now());
            default -> {}
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

    /** The customer or company a new task would be about. */
    public Optional<Customer> customer(long customerId) {
        return Optional.ofNullable(em.find(Customer.class, customerId));
    }

    private FollowUpTask task(long taskId) {
        FollowUpTask task = em.find(FollowUpTask.class, taskId);
        if (task == null) {
            throw new CrmRefusal(CrmRefusal.Reason.TASK_NOT_FOUND);
        }
        return task;
    }
}
