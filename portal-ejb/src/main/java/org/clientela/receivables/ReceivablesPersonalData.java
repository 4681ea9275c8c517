package org.clientela.receivables;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.clientela.platform.PersonalData;

/**
 * The receivables' part of "my data": the invoices with their payments, and the payment terms
 * agreed. Closing the account keeps the invoices, which accounting needs and which name nobody,
 * and forgets the agreed terms.
 */
@ApplicationScoped
public class ReceivablesPersonalData implements PersonalData {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String section() {
        return "invoices";
    }

    @Override
    public JsonValue export(long customerId) {
        JsonArrayBuilder invoices = Json.createArrayBuilder();
        em.createQuery(
                        "select i from CustomerInvoice i where i.customer.id = :customer order by i.issuedOn, i.id",
                        CustomerInvoice.class)
                .setParameter("customer", customerId)
                .getResultList()
                .forEach(invoice -> {
                    JsonArrayBuilder payments = Json.createArrayBuilder();
                    em.createQuery(
                                    "select p from ReceivedPayment p where p.invoice = :invoice order by p.recordedAt",
                                    ReceivedPayment.class)
                            .setParameter("invoice", invoice)
                            .getResultList()
                            .forEach(p -> payments.add(Json.createObjectBuilder()
                                    .add("amount", p.getAmount())
                                    .add("receivedOn", p.getReceivedOn().toString())));
                    JsonObjectBuilder entry = Json.createObjectBuilder()
                            .add("number", invoice.getNumber())
                            .add("issuedOn", invoice.getIssuedOn().toString())
                            .add("dueOn", invoice.getDueOn().toString())
                            .add("amount", invoice.getAmount())
                            .add("paid", invoice.getPaid())
                            .add("currency", invoice.getCurrency())
                            .add("payments", payments);
                    if (invoice.getCancelledAt() != null) {
                        entry.add("cancelledAt", invoice.getCancelledAt().toString());
                    }
                    invoices.add(entry);
                });
        return invoices.build();
    }

    @Override
    public void erase(long customerId) {
        em.createNativeQuery("delete from payment_terms where customer_id = ?1")
                .setParameter(1, customerId)
                .executeUpdate();
    }
}
