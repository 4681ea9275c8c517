package org.clientela.crm;

import jakarta.ejb.ApplicationException;

/**
 * A CRM step refused, with the reason the page turns into a message in the reader's language
 * ({@code crm.refusal.} and the reason's name). Nothing of the refused change is kept.
 */
@ApplicationException(rollback = true)
public class CrmRefusal extends RuntimeException {

    public enum Reason {
        CLIENT_ORDERS_TOO_LOW,
        SUPPORTER_CONTRIBUTIONS_TOO_LOW,
        ADVOCATE_BELOW_SUPPORTER,
        ADVOCATE_WINDOW_OUT_OF_RANGE,
        LAPSE_TOO_SHORT,
        TASK_NOT_FOUND,
        TASK_DONE,
        OUTCOME_REQUIRED,
        OUTCOME_TOO_LONG,
        CUSTOMER_NOT_FOUND,
        BAD_CURSOR,
        TITLE_REQUIRED,
        TITLE_TOO_LONG,
        DUE_REQUIRED,
        DUE_IN_PAST,
        STAFF_NOT_FOUND,
        SUMMARY_REQUIRED,
        SUMMARY_TOO_LONG,
        NEXT_STEP_TOO_LONG,
        KIND_REQUIRED,
        DIRECTION_REQUIRED
    }

    private final Reason reason;

    public CrmRefusal(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
