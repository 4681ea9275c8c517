package org.clientela.platform;

import java.util.Objects;

/**
 * Something happened that a customer should hear about. A capability fires it as a synchronous CDI
 * event inside its business transaction, so the notice commits or rolls back with the write; the
 * notifications capability decides how the customer is told.
 *
 * @param customerId whom it concerns
 * @param reference what it is about as the customer knows it (an order or case number, a title)
 * @param link the portal address that shows it, starting with a slash
 */
public record CustomerNotice(long customerId, NoticeKind kind, String reference, String link) {
    public CustomerNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(link, "link");
    }
}
