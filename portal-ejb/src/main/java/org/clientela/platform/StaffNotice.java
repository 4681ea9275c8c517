package org.clientela.platform;

import java.util.Objects;

/**
 * Something a member of staff should hear about (an assignment, a service level about to break),
 * fired like a {@link CustomerNotice} inside the transaction that caused it.
 *
 * @param staffSubject the staff member's Keycloak subject
 */
public record StaffNotice(String staffSubject, NoticeKind kind, String reference, String link) {
    public StaffNotice {
        Objects.requireNonNull(staffSubject, "staffSubject");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(link, "link");
    }
}
