package org.clientela.crm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.clientela.account.PersonalData;

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
}
