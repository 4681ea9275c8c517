package org.clientela.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.clientela.platform.PersonalData;

/** The news part of "my data": the customer's subscriptions, now and before. */
@ApplicationScoped
public class NewsPersonalData implements PersonalData {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String section() {
        return "newsSubscriptions";
    }

    @Override
    public JsonValue export(long customerId) {
        JsonArrayBuilder subscriptions = Json.createArrayBuilder();
        em.createQuery(
                        "select s from NewsSubscription s where s.customer.id = :customer order by s.createdAt",
                        NewsSubscription.class)
                .setParameter("customer", customerId)
                .getResultStream()
                .forEach(s -> {
                    JsonObjectBuilder entry = Json.createObjectBuilder()
                            .add("status", s.getStatus().name())
                            .add("frequency", s.getFrequency().name())
                            .add(
                                    "languages",
                                    Json.createArrayBuilder(s.getLanguages().stream()
                                            .map(l -> l.tag())
                                            .toList()))
                            .add(
                                    "categories",
                                    Json.createArrayBuilder(s.getCategories().stream()
                                            .map(NewsCategory::getSlug)
                                            .sorted()
                                            .toList()))
                            .add("createdAt", s.getCreatedAt().toString());
                    if (s.getEndedAt() != null) {
                        entry.add("endedAt", s.getEndedAt().toString());
                    }
                    subscriptions.add(entry);
                });
        return subscriptions.build();
    }

    /** Closing the account ends the subscriptions; the rows stay as the record of past consent. */
    @Override
    public void erase(long customerId) {
        em.createQuery(
                        "select s from NewsSubscription s where s.customer.id = :customer and s.status <> :ended",
                        NewsSubscription.class)
                .setParameter("customer", customerId)
                .setParameter("ended", SubscriptionStatus.ENDED)
                .getResultStream()
                .forEach(s -> s.end(Instant.now()));
    }
}
