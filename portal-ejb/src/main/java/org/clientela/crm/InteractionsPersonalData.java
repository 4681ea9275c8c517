package org.clientela.crm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.clientela.platform.Actor;
import org.clientela.platform.PersonalData;

/** The CRM's part of the export: the whole interaction timeline, oldest first. */
@ApplicationScoped
public class InteractionsPersonalData implements PersonalData {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String section() {
        return "interactions";
    }

    @Override
    public JsonValue export(long customerId) {
        JsonArrayBuilder timeline = Json.createArrayBuilder();
        em.createQuery(
                        "select i from Interaction i where i.customer.id = :customer order by i.occurredAt, i.id",
                        Interaction.class)
                .setParameter("customer", customerId)
                .getResultStream()
                .forEach(interaction -> {
                    JsonObjectBuilder entry = Json.createObjectBuilder()
                            .add("type", interaction.getType().name())
                            .add("channel", interaction.getChannel().name())
                            .add("occurredAt", interaction.getOccurredAt().toString())
                            .add("summary", interaction.getSummary());
                    Actor actor = interaction.getActor();
                    entry.add("actor", actor.name() == null ? "" : actor.name());
                    timeline.add(entry);
                });
        return timeline.build();
    }

    /** Summaries quote names, addresses and emails; the types and dates stay for the statistics. */
    @Override
    public void erase(long customerId) {
        em.createNativeQuery("update interaction set summary = '(erased)', actor_name = null where customer_id = ?1")
                .setParameter(1, customerId)
                .executeUpdate();
        // what the person did on other accounts (as a grantee) keeps the fact, not the name
        em.createNativeQuery("update interaction set actor_name = '(closed account)' where actor_subject ="
                        + " (select subject from customer where id = ?1)")
                .setParameter(1, customerId)
                .executeUpdate();
    }
}
