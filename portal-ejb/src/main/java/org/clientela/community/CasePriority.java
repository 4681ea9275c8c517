package org.clientela.community;

/** How urgent a support case is; the staff list sorts by it. */
public enum CasePriority {
    URGENT,
    HIGH,
    NORMAL,
    LOW
}
