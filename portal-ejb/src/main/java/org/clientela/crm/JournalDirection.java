package org.clientela.crm;

/** Who reached out: the customer to us (inbound) or we to them (outbound). */
public enum JournalDirection {
    INBOUND,
    OUTBOUND
}
