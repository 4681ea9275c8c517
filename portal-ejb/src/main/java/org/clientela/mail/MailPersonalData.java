package org.clientela.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.clientela.account.PersonalData;

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
}
