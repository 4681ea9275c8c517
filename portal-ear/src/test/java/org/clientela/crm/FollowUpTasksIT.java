package org.clientela.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.UUID;
import org.clientela.account.CustomerDirectory;
import org.clientela.it.support.incontainer.AsCustomer;
import org.clientela.it.support.incontainer.AsSupportAgent;
import org.clientela.platform.Actor;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.SignInIdentity;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tasks open once per reference, land on the timeline, close once with an outcome, staff only. */
@ExtendWith(ArquillianExtension.class)
class FollowUpTasksIT {

    @Inject
    FollowUpTasks tasks;

    @Inject
    CustomerRecord record;

    @Inject
    CustomerDirectory directory;

    @Inject
    AsSupportAgent asSupportAgent;

    @Inject
    AsCustomer asCustomer;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    static final Actor AGENT = new Actor("agent-subject", "Agent Smith");

    @Test
    void openOnceRecordDoneOnceWithTheOutcome() throws Exception {
        Customer olena = customer();
        String reference = "review:" + UUID.randomUUID();
        tx.begin();
        FollowUpTask first = tasks.open(
                em.find(Customer.class, olena.getId()), FollowUpReason.NEGATIVE_REVIEW, reference, "one star");
        FollowUpTask again = tasks.open(
                em.find(Customer.class, olena.getId()), FollowUpReason.NEGATIVE_REVIEW, reference, "one star, changed");
        tx.commit();
        assertEquals(first.getId(), again.getId());
        assertEquals(1L, count(olena, InteractionType.TASK_OPENED));

        asSupportAgent.call(() -> tasks.assignToMe(first.getId(), AGENT));
        List<FollowUpTask> mine = asSupportAgent.call(() -> tasks.openTasks(true, AGENT));
        assertTrue(mine.stream().anyMatch(t -> t.getId().equals(first.getId())));

        CrmRefusal empty = assertThrows(
                CrmRefusal.class, () -> asSupportAgent.call(() -> tasks.complete(first.getId(), "  ", AGENT)));
        assertEquals(CrmRefusal.Reason.OUTCOME_REQUIRED, empty.getReason());

        asSupportAgent.call(() -> tasks.complete(first.getId(), "Called, replaced the kettle", AGENT));
        CrmRefusal twice = assertThrows(
                CrmRefusal.class, () -> asSupportAgent.call(() -> tasks.complete(first.getId(), "again", AGENT)));
        assertEquals(CrmRefusal.Reason.TASK_DONE, twice.getReason());

        assertEquals(1L, count(olena, InteractionType.TASK_DONE));
        TimelinePage page = asSupportAgent.call(
                () -> record.timeline(olena.getId(), java.util.Set.of(InteractionType.TASK_DONE), null, 10));
        assertEquals("Called, replaced the kettle", page.entries().get(0).summary());
        FollowUpTask done =
                asSupportAgent.call(() -> tasks.forCustomer(olena.getId())).get(0);
        assertEquals("Called, replaced the kettle", done.getOutcome());
        assertTrue(done.getDueAt().isAfter(done.getCreatedAt().plus(Duration.ofDays(1))));
        assertTrue(done.getDoneAt().isBefore(Instant.now().plusSeconds(1)));
    }

    @Test
    void aCustomerMayNotListTasks() {
        assertThrows(EJBAccessException.class, () -> asCustomer.call(() -> tasks.openTasks(false, AGENT)));
        assertThrows(EJBAccessException.class, () -> asCustomer.call(() -> tasks.complete(1L, "x", AGENT)));
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
