package org.clientela.notification;

import jakarta.ejb.ApplicationException;

/** A settings change or a look at a notification that is refused; nothing of it is kept. */
@ApplicationException(rollback = true)
public class NotificationRefusal extends RuntimeException {

    public enum Reason {
        /** The law requires the customer be told of this kind: it cannot be switched off. */
        REQUIRED_KIND,
        /** Staff kinds are no customer's to choose. */
        NOT_A_CUSTOMER_KIND,
        /** No such notification in the person's list (somebody else's is "none" too). */
        NOT_FOUND
    }

    private final Reason reason;

    public NotificationRefusal(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
