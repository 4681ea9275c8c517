package org.clientela.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.clientela.account.CustomerDirectory;
import org.clientela.crm.Interaction;
import org.clientela.crm.InteractionRecorder;
import org.clientela.crm.InteractionType;
import org.clientela.it.support.incontainer.Eventually;
import org.clientela.it.support.incontainer.Mailbox;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.SignInIdentity;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The outbox inside the server, against the test run's real SMTP sink. */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {

    @Inject
    MailOutbox outbox;

    @Inject
    OutboxLedger ledger;

    @Inject
    CustomerDirectory directory;

    @Inject
    InteractionRecorder interactions;

    @Resource
    UserTransaction tx;

    @Test
    void aMailOfARolledBackTransactionIsNeverSentAndACommittedOneArrives() throws Exception {
        String rolledBack = "rolled-back-" + UUID.randomUUID() + "@clientela.test";
        String committed = "committed-" + UUID.randomUUID() + "@clientela.test";

        tx.begin();
        long lostId = outbox.queue(MailTemplate.WELCOME, Language.EN, rolledBack, null, null, "Nobody")
                .getId();
        tx.rollback();

        tx.begin();
        long sentId = outbox.queue(MailTemplate.WELCOME, Language.BG, committed, null, null, "Иван")
                .getId();
        tx.commit();

        Eventually.await(
                "the committed mail to be sent",
                Duration.ofSeconds(30),
                () -> ledger.find(sentId).getStatus() == MailStatus.SENT);
        assertEquals(List.of("Добре дошли в Clientela, Иван"), Mailbox.subjects(committed));

        assertNull(ledger.find(lostId), "no row of the rolled-back transaction");
        assertEquals(List.of(), Mailbox.subjects(rolledBack));
    }

    @Test
    void queuingWithoutATransactionIsRefused() {
        assertThrows(
                EJBTransactionRequiredException.class,
                () -> outbox.queue(MailTemplate.WELCOME, Language.EN, "x@clientela.test", null, null, "X"));
    }

    @Test
    void aMailSentToACustomerShowsInTheirTimeline() throws Exception {
        String subject = UUID.randomUUID().toString();
        String email = "timeline-" + subject + "@clientela.test";
        tx.begin();
        Customer customer =
                directory.recogniseSignIn(new SignInIdentity(subject, email, "Ana", "Timeline", Language.RU));
        tx.commit();

        List<Interaction> timeline = Eventually.await("the MAIL_SENT interaction", Duration.ofSeconds(30), () -> {
            List<Interaction> latest = interactions.latest(customer, 10);
            return latest.stream().anyMatch(i -> i.getType() == InteractionType.MAIL_SENT) ? latest : null;
        });
        assertEquals(InteractionType.MAIL_SENT, timeline.get(0).getType(), "newest first");
        assertTrue(timeline.get(0).getSummary().contains("Добро пожаловать в Clientela, Ana Timeline"));
        assertEquals(InteractionType.REGISTERED, timeline.get(1).getType());
        assertEquals(List.of("Добро пожаловать в Clientela, Ana Timeline"), Mailbox.subjects(email));
    }
}
