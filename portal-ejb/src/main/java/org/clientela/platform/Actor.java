package org.clientela.platform;

/**
 * Who did it: the customer, someone acting for them, staff, or the system. Kept apart from the
 * customer whose record the interaction belongs to, so that delegated actions show both.
 *
 * @param subject the Keycloak subject id of the person, or {@code null} for the system
 * @param name a display name as it was at the time
 */
public record Actor(String subject, String name) {

    public static final Actor SYSTEM = new Actor(null, "Clientela");

    public static Actor of(Customer customer) {
        return new Actor(customer.getSubject(), customer.displayName());
    }

    public boolean isSystem() {
        return subject == null;
    }
}
