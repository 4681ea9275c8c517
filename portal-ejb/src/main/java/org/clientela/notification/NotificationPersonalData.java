package org.clientela.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.clientela.platform.PersonalData;

/**
 * The notifications' part of the export: every entry the customer was shown and the kinds they
 * switched off. Both go with the account: they say what happened to the person.
 */
@ApplicationScoped
public class NotificationPersonalData implements PersonalData {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public JsonValue export(long customerId) {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        em.createQuery(
                        "select n from Notification n where n.customer.id = :customer order by n.createdAt, n.id",
                        Notification.class)
                .setParameter("customer", customerId)
                .getResultStream()
                .forEach(n -> {
                    JsonObjectBuilder entry = Json.createObjectBuilder()
                            .add("kind", n.getKind().name())
                            .add("reference", n.getReference())
                            .add("link", n.getLink())
                            .add("createdAt", n.getCreatedAt().toString());
                    if (n.getReadAt() != null) {
                        entry.add("readAt", n.getReadAt().toString());
                    }
                    entries.add(entry);
                });
        JsonArrayBuilder off = Json.createArrayBuilder();
        List<?> rows = em.createNativeQuery("select kind, channel from notification_opt_out where customer_id = ?1"
                        + " order by kind, channel")
                .setParameter(1, customerId)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            off.add(Json.createObjectBuilder()
                    .add("kind", columns[0].toString())
                    .add("channel", columns[1].toString()));
        }
        return Json.createObjectBuilder()
                .add("entries", entries)
                .add("switchedOff", off)
                .build();
    }

    @Override
    public void erase(long customerId) {
        em.createQuery("delete from Notification n where n.customer.id = :customer")
                .setParameter("customer", customerId)
                .executeUpdate();
        em.createNativeQuery("delete from notification_opt_out where customer_id = ?1")
                .setParameter(1, customerId)
                .executeUpdate();
    }
}
