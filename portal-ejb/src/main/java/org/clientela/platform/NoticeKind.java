package org.clientela.platform;

/**
 * What a person can be told about. Customers choose per kind and channel which they receive,
 * except the kinds {@link #required()} says they cannot switch off.
 */
public enum NoticeKind {
    QUESTION_ANSWERED,
    ANSWER_ACCEPTED,
    CASE_CHANGED,
    CASE_ANSWERED,
    ORDER_CONFIRMED,
    ORDER_SHIPPED,
    ORDER_DELIVERED,
    RETURN_ACCEPTED,
    INVOICE_DUE,
    INVOICE_OVERDUE,
    GRANT_ACCEPTED,
    GRANT_REVOKED,
    /** For staff: a case, request or task was given to them. */
    ASSIGNED,
    /** For staff: a service level is about to be or was broken. */
    SLA_BREACH,
    /** For staff: the reminder they set on a task is due. */
    TASK_REMINDER;

    /** Only staff are told of this kind; customers never see it among their settings. */
    public boolean forStaff() {
        return this == ASSIGNED || this == SLA_BREACH || this == TASK_REMINDER;
    }

    /** Invoices due or overdue concern a debt, which a customer must be told of. */
    public boolean required() {
        return this == INVOICE_DUE || this == INVOICE_OVERDUE;
    }
}
