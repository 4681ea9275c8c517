package org.clientela.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.clientela.platform.PersonalData;

/** The mail's part of the export: every mail addressed to the customer and what became of it. */
@ApplicationScoped
public class MailPersonalData implements PersonalData {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String section() {
        return "mails";
    }

    @Override
    public JsonValue export(long customerId) {
        JsonArrayBuilder mails = Json.createArrayBuilder();
        em.createQuery(
                        "select m from OutboxMail m where m.customer.id = :customer order by m.createdAt, m.id",
                        OutboxMail.class)
                .setParameter("customer", customerId)
                .getResultStream()
                .forEach(mail -> {
                    JsonObjectBuilder entry = Json.createObjectBuilder()
                            .add("to", mail.getRecipient())
                            .add("subject", mail.getSubject())
                            .add("language", mail.getLanguage().tag())
                            .add("status", mail.getStatus().name())
                            .add("createdAt", mail.getCreatedAt().toString());
                    if (mail.getSentAt() != null) {
                        entry.add("sentAt", mail.getSentAt().toString());
                    }
                    mails.add(entry);
                });
        return mails.build();
    }

    /** Mails not sent yet are dropped; sent ones keep their date and template, not their words. */
    @Override
    public void erase(long customerId) {
        em.createNativeQuery("delete from outbox_mail where customer_id = ?1 and status = 'PENDING'")
                .setParameter(1, customerId)
                .executeUpdate();
        em.createNativeQuery("update outbox_mail set recipient = 'erased@invalid', subject = '(erased)',"
                        + " text_body = '(erased)', html_body = null, last_error = null where customer_id = ?1")
                .setParameter(1, customerId)
                .executeUpdate();
    }
}
