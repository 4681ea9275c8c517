package org.clientela.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.clientela.account.CustomerDirectory;
import org.clientela.it.support.incontainer.AsCustomer;
import org.clientela.it.support.incontainer.AsSalesManager;
import org.clientela.it.support.incontainer.AsSupportAgent;
import org.clientela.platform.Actor;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.NoticeKind;
import org.clientela.platform.Roles;
import org.clientela.platform.SignInIdentity;
import org.clientela.platform.StaffNotice;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The work journal and the tasks staff plan themselves: an entry lands on the timeline with its
 * next step as a task; a task given to a colleague tells them once; a reminder fires once however
 * often the timer runs; the team and overdue filters; staff only.
 */
@ExtendWith(ArquillianExtension.class)
class WorkJournalIT {

    @Inject
    WorkJournal journal;

    @Inject
    FollowUpTasks tasks;

    @Inject
    TaskReminders reminders;

    @Inject
    StaffDirectory staff;

    @Inject
    CustomerRecord record;

    @Inject
    CustomerDirectory directory;

    @Inject
    StaffNoticesHeard notices;

    @Inject
    AsSalesManager asSales;

    @Inject
    AsSupportAgent asAgent;

    @Inject
    AsCustomer asCustomer;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Test
    void aLoggedCallIsOnTheTimelineAndItsNextStepIsATaskForItsAuthor() throws Exception {
        Customer olena = customer();
        Actor sales = staffMember(Roles.SALES_MANAGER, "Sam Sales");
        String said = "Asked when the kettle ships " + UUID.randomUUID();
        JournalEntry entry = asSales.call(() -> journal.log(
                olena.getId(),
                new JournalForm()
                        .kind(JournalKind.CALL)
                        .direction(JournalDirection.INBOUND)
                        .summary(said)
                        .nextStep("Call back with the tracking number"),
                sales));

        TimelinePage calls =
                asSales.call(() -> record.timeline(olena.getId(), Set.of(InteractionType.CALL_LOGGED), null, 10));
        assertEquals(1, calls.entries().size());
        TimelineEntry call = calls.entries().get(0);
        assertEquals("Sam Sales", call.actorName());
        assertTrue(call.summary().contains(said), call.summary());
        assertTrue(call.summary().contains("journal.direction.INBOUND"), call.summary());

        FollowUpTask nextStep =
                asSales.call(() -> tasks.forCustomer(olena.getId())).get(0);
        assertEquals(FollowUpReason.MANUAL, nextStep.getReason());
        assertEquals("Call back with the tracking number", nextStep.getSummary());
        assertEquals(sales.subject(), nextStep.getAssigneeSubject());
        assertTrue(nextStep.getDueAt().isAfter(Instant.now().plus(Duration.ofHours(23))));
        assertEquals(
                nextStep.getId(),
                em.find(JournalEntry.class, entry.getId()).getTask().getId());
        assertEquals(1L, count(olena, InteractionType.TASK_OPENED));

        JournalEntry note = asSales.call(() -> journal.log(
                olena.getId(), new JournalForm().kind(JournalKind.NOTE).summary("Prefers mornings"), sales));
        assertNull(note.getDirection());
        assertEquals(1L, count(olena, InteractionType.NOTE_LOGGED));
    }

    @Test
    void journalRefusalsKeepNothingAndCustomersMayNotLog() throws Exception {
        Customer olena = customer();
        Actor sales = staffMember(Roles.SALES_MANAGER, "Sam Sales");
        CrmRefusal undirected = assertThrows(
                CrmRefusal.class,
                () -> asSales.call(() -> journal.log(
                        olena.getId(),
                        new JournalForm()
                                .kind(JournalKind.CALL)
                                .summary("hello")
                                .nextStep("x"),
                        sales)));
        assertEquals(CrmRefusal.Reason.DIRECTION_REQUIRED, undirected.getReason());
        CrmRefusal empty = assertThrows(
                CrmRefusal.class,
                () -> asSales.call(() -> journal.log(
                        olena.getId(),
                        new JournalForm()
                                .kind(JournalKind.MEETING)
                                .direction(JournalDirection.OUTBOUND)
                                .summary("  "),
                        sales)));
        assertEquals(CrmRefusal.Reason.SUMMARY_REQUIRED, empty.getReason());
        assertThrows(
                EJBAccessException.class,
                () -> asCustomer.call(() -> journal.log(
                        olena.getId(), new JournalForm().kind(JournalKind.NOTE).summary("mine"), Actor.of(olena))));
        assertEquals(0L, count(olena, InteractionType.CALL_LOGGED));
        assertTrue(asSales.call(() -> tasks.forCustomer(olena.getId())).isEmpty());
    }

    @Test
    void aTaskGivenToAColleagueTellsThemAndItsReminderFiresOnce() throws Exception {
        Customer olena = customer();
        Actor sales = staffMember(Roles.SALES_MANAGER, "Sam Sales");
        Actor agent = staffMember(Roles.SUPPORT_AGENT, "Ann Agent");
        String title = "Send the offer " + UUID.randomUUID();
        FollowUpTask task = asSales.call(() -> tasks.create(
                new TaskForm()
                        .title(title)
                        .dueAt(Instant.now().plus(Duration.ofDays(2)))
                        .remindAt(Instant.now().minusSeconds(1))
                        .customerId(olena.getId())
                        .assigneeSubject(agent.subject()),
                sales));
        // the staff list names the task by its title and opens the tasks page
        assertEquals(
                List.of(new StaffNotice(agent.subject(), NoticeKind.ASSIGNED, title, FollowUpTasks.MY_TASKS)),
                notices.about(title));
        assertEquals(1L, count(olena, InteractionType.TASK_ASSIGNED));

        // the minute timer may run meanwhile too: whichever run claims it, it is told once
        reminders.remindDue(Instant.now());
        reminders.remindDue(Instant.now());
        List<StaffNotice> reminded = notices.about(title).stream()
                .filter(n -> n.kind() == NoticeKind.TASK_REMINDER)
                .toList();
        assertEquals(1, reminded.size());
        assertEquals(agent.subject(), reminded.get(0).staffSubject());
        assertNotNull(em.find(FollowUpTask.class, task.getId()).getRemindedAt());

        CrmRefusal stranger = assertThrows(
                CrmRefusal.class,
                () -> asSales.call(() -> tasks.assign(task.getId(), "nobody-" + UUID.randomUUID(), sales)));
        assertEquals(CrmRefusal.Reason.STAFF_NOT_FOUND, stranger.getReason());

        // a content manager is staff, but does not look after customers: not on the list, not given tasks
        Actor writer = staffMember(Roles.CONTENT_MANAGER, "Wanda Writer");
        CrmRefusal notCare = assertThrows(
                CrmRefusal.class, () -> asSales.call(() -> tasks.assign(task.getId(), writer.subject(), sales)));
        assertEquals(CrmRefusal.Reason.STAFF_NOT_FOUND, notCare.getReason());
        assertEquals(agent.subject(), em.find(FollowUpTask.class, task.getId()).getAssigneeSubject());
    }

    @Test
    void theTeamAndOverdueFiltersAndATaskAboutNobody() throws Exception {
        Actor sales = staffMember(Roles.SALES_MANAGER, "Sam Sales");
        Actor agent = staffMember(Roles.SUPPORT_AGENT, "Ann Agent");
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        FollowUpTask agents = asSales.call(() -> tasks.create(
                new TaskForm()
                        .title("Agent's " + UUID.randomUUID())
                        .dueAt(tomorrow)
                        .assigneeSubject(agent.subject()),
                sales));
        FollowUpTask sales2 = asSales.call(() -> tasks.create(
                new TaskForm()
                        .title("Sales' " + UUID.randomUUID())
                        .dueAt(tomorrow)
                        .assigneeSubject(sales.subject()),
                sales));
        assertNull(agents.getCustomer());

        List<Long> team = ids(asAgent.call(() -> tasks.openTasks(TaskFilter.TEAM, agent)));
        assertTrue(team.contains(agents.getId()));
        assertFalse(team.contains(sales2.getId()));
        assertTrue(
                ids(asSales.call(() -> tasks.openTasks(TaskFilter.MINE, sales))).contains(sales2.getId()));

        assertFalse(ids(asAgent.call(() -> tasks.openTasks(TaskFilter.OVERDUE, agent)))
                .contains(agents.getId()));
        tx.begin();
        em.createQuery("update FollowUpTask t set t.dueAt = :past where t.id = :id")
                .setParameter("past", Instant.now().minus(Duration.ofHours(1)))
                .setParameter("id", agents.getId())
                .executeUpdate();
        tx.commit();
        List<FollowUpTask> overdue = asAgent.call(() -> tasks.openTasks(TaskFilter.OVERDUE, agent));
        assertTrue(ids(overdue).contains(agents.getId()));
        assertTrue(overdue.stream().allMatch(t -> t.isOverdue(Instant.now())));

        CrmRefusal past = assertThrows(
                CrmRefusal.class,
                () -> asSales.call(() -> tasks.create(
                        new TaskForm().title("Too late").dueAt(Instant.now().minus(Duration.ofDays(1))), sales)));
        assertEquals(CrmRefusal.Reason.DUE_IN_PAST, past.getReason());
        assertThrows(
                EJBAccessException.class,
                () -> asCustomer.call(
                        () -> tasks.create(new TaskForm().title("Mine").dueAt(tomorrow), sales)));
    }

    private static List<Long> ids(List<FollowUpTask> list) {
        return list.stream().map(FollowUpTask::getId).toList();
    }

    /** A colleague the portal has seen sign in, with a subject of their own. */
    private Actor staffMember(String team, String name) throws Exception {
        String subject = UUID.randomUUID().toString();
        asSales.call(() -> staff.recognise(subject, name, team));
        return new Actor(subject, name);
    }

    private long count(Customer customer, InteractionType type) {
        return em.createQuery("select count(i) from Interaction i where i.customer.id = ?1 and i.type = ?2", Long.class)
                .setParameter(1, customer.getId())
                .setParameter(2, type)
                .getSingleResult();
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
