package org.clientela.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;

/**
 * The only way to send mail. Queuing joins the caller's transaction (and demands one), so the mail
 * exists exactly when the business change that caused it does.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MailOutbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<MailQueued> queued;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    /**
     * @param customer whose timeline records the mail once sent; null for a recipient who is not a
     *     customer (yet)
     * @param dedupKey null, or a key that makes queuing the same mail twice fail
     * @param args the template's arguments
     */
    public OutboxMail queue(
            MailTemplate template,
            Language language,
            String recipient,
            Customer customer,
            String dedupKey,
            Object... args) {
        return persist(new OutboxMail(
                recipient,
                language,
                template,
                MailTemplates.render(template, language, args),
                customer,
                dedupKey,
                Instant.now()));
    }

    /**
     * A mail the recipient can leave with one click (news): it carries List-Unsubscribe and
     * List-Unsubscribe-Post headers pointing at {@code oneClickUnsubscribe}.
     */
    public OutboxMail queueUnsubscribable(
            MailTemplate template,
            Language language,
            String recipient,
            Customer customer,
            String oneClickUnsubscribe,
            Object... args) {
        return persist(new OutboxMail(
                        recipient,
                        language,
                        template,
                        MailTemplates.render(template, language, args),
                        customer,
                        null,
                        Instant.now())
                .unsubscribableAt(oneClickUnsubscribe));
    }

    /** Hibernate takes an entity's state at persist: everything is set before. */
    private OutboxMail persist(OutboxMail mail) {
        em.persist(mail);
        // one wake-up of the sender per transaction, however many mails it queues (a news batch
        // queues hundreds)
        if (transaction.getResource(MailQueued.class) == null) {
            transaction.putResource(MailQueued.class, Boolean.TRUE);
            queued.fire(new MailQueued(mail.getId()));
        }
        return mail;
    }
}
