package org.clientela.mail;

/** What happened to one mail handed to the transport; {@code error} is null when it was accepted. */
public record DeliveryOutcome(long mailId, String error) {

    public static DeliveryOutcome accepted(long mailId) {
        return new DeliveryOutcome(mailId, null);
    }

    public static DeliveryOutcome failed(long mailId, String error) {
        return new DeliveryOutcome(mailId, error == null ? "unknown error" : error);
    }

    public boolean isAccepted() {
        return error == null;
    }
}
