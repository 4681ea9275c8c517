package org.clientela.crm;

import jakarta.ejb.ApplicationException;

/**
 * Criteria or a segment change that is refused, with the reason the page shows in the user's
 * language ({@code crm.segments.refusal.<REASON>}). Nothing of the refused change is kept.
 */
@ApplicationException(rollback = true)
public class SegmentRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        NAME_REQUIRED,
        NAME_TOO_LONG,
        NAME_TAKEN,
        UNKNOWN_LANGUAGE,
        UNKNOWN_STAGE,
        BAD_CATEGORY,
        TOO_MANY_VALUES,
        NEGATIVE_SPEND,
        SPEND_TOO_LARGE,
        SPEND_RANGE_INVERTED,
        BAD_ACTIVITY_DAYS,
        UNREADABLE_CRITERIA,
        CRITERIA_TOO_LONG,
        SEGMENT_NOT_FOUND,
        SEGMENT_IN_USE
    }

    private final Reason reason;

    public SegmentRefusal(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
