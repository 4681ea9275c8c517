package org.clientela.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.clientela.platform.PersonalData;

/** The cart's part of "my data": what the customer keeps in it; closing the account empties it. */
@ApplicationScoped
public class CartPersonalData implements PersonalData {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String section() {
        return "cart";
    }

    @Override
    public JsonValue export(long customerId) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select sku, quantity, added_at from cart_line where customer_id = ?1 order by added_at, sku")
                .setParameter(1, customerId)
                .getResultList();
        rows.forEach(row -> lines.add(Json.createObjectBuilder()
                .add("sku", (String) row[0])
                .add("quantity", ((Number) row[1]).intValue())
                .add("addedAt", String.valueOf(row[2]))));
        return lines.build();
    }

    @Override
    public void erase(long customerId) {
        em.createNativeQuery("delete from cart_line where customer_id = ?1")
                .setParameter(1, customerId)
                .executeUpdate();
    }
}
