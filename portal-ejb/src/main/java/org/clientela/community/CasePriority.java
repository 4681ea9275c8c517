package org.clientela.community;

/** How urgent a support case is, most urgent first; the staff queue sorts by its rank (ordinal). */
public enum CasePriority {
    URGENT,
    HIGH,
    NORMAL,
    LOW
}
