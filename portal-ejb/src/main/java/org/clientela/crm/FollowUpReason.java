package org.clientela.crm;

import java.time.Duration;

/** Why staff should get back to a customer, and how soon. */
public enum FollowUpReason {
    /** A review of one or two stars. */
    NEGATIVE_REVIEW(Duration.ofDays(2)),
    /** A question nobody answered within its SLA. */
    QUESTION_PAST_SLA(Duration.ofHours(4)),
    /** The customer said a solved case is not solved. */
    CASE_REOPENED(Duration.ofDays(1)),
    /** Staff planned it themselves, with a due date of their choosing. */
    MANUAL(Duration.ofDays(1)),
    /** A private request about to miss its first answer or resolution time. */
    REQUEST_SLA_AT_RISK(Duration.ofHours(1)),
    /** The customer rated the answer to their request one or two stars. */
    LOW_REQUEST_RATING(Duration.ofDays(2));

    private final Duration dueIn;

    FollowUpReason(Duration dueIn) {
        this.dueIn = dueIn;
    }

    public Duration dueIn() {
        return dueIn;
    }
}
