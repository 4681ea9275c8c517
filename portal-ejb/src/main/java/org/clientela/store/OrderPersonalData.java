package org.clientela.store;

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
 * The orders' part of "my data": every order with its lines, addresses and steps. Closing the
 * account keeps the orders for accounting but erases whom they went to.
 */
@ApplicationScoped
public class OrderPersonalData implements PersonalData {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String section() {
        return "orders";
    }

    @Override
    public JsonValue export(long customerId) {
        JsonArrayBuilder orders = Json.createArrayBuilder();
        ordersOf(customerId).forEach(order -> {
            JsonArrayBuilder lines = Json.createArrayBuilder();
            order.getLines()
                    .forEach(line -> lines.add(Json.createObjectBuilder()
                            .add("sku", line.getSku())
                            .add("name", line.getName())
                            .add("quantity", line.getQuantity())
                            .add("unitPrice", line.getUnitPrice())
                            .add("total", line.getTotal())));
            JsonArrayBuilder steps = Json.createArrayBuilder();
            order.getSteps()
                    .forEach(step -> steps.add(Json.createObjectBuilder()
                            .add("status", step.getStatus().name())
                            .add("at", step.getOccurredAt().toString())));
            orders.add(Json.createObjectBuilder()
                    .add("number", order.number())
                    .add("status", order.getStatus().name())
                    .add("placedAt", order.getPlacedAt().toString())
                    .add("total", order.getTotal())
                    .add("currency", order.getCurrency())
                    .add("delivery", order.getDeliveryMethod().name())
                    .add("payment", order.getPaymentMethod().name())
                    .add("shipping", address(order.getShipping()))
                    .add("billing", address(order.getBilling()))
                    .add("lines", lines)
                    .add("steps", steps));
        });
        return orders.build();
    }

    @Override
    public void erase(long customerId) {
        ordersOf(customerId).forEach(CustomerOrder::anonymise);
    }

    private List<CustomerOrder> ordersOf(long customerId) {
        return em.createQuery(
                        "select o from CustomerOrder o where o.customer.id = :customer order by o.placedAt",
                        CustomerOrder.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    private static JsonObjectBuilder address(OrderAddress address) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (address.getRecipient() != null) {
            json.add("recipient", address.getRecipient());
        }
        if (address.getStreet() != null) {
            json.add("street", address.getStreet());
        }
        return json.add("postalCode", address.getPostalCode())
                .add("city", address.getCity())
                .add("country", address.getCountry());
    }
}
