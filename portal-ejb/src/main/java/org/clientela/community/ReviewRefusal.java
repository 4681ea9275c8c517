package org.clientela.community;

import jakarta.ejb.ApplicationException;

/**
 * Why a review (or a moderator's action on one) was refused. Nothing of the attempt is kept; the
 * web layer shows the reason in the user's language next to the field it names.
 */
@ApplicationException(rollback = true)
public class ReviewRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        RATING_MISSING("rating"),
        /** Only a crafted request gets here: the form offers one to five stars. */
        RATING_OUT_OF_RANGE("rating"),
        TITLE_TOO_LONG("title"),
        BODY_MISSING("body"),
        BODY_TOO_LONG("body"),
        /** Reviews need a proven address, as orders do: throwaway accounts do not review. */
        EMAIL_NOT_VERIFIED(null),
        PRODUCT_UNKNOWN(null),
        REVIEW_UNKNOWN(null),
        /** Hiding needs a reason: the author is told it. */
        HIDE_REASON_MISSING("reason"),
        HIDE_REASON_TOO_LONG("reason");

        private final String field;

        Reason(String field) {
            this.field = field;
        }

        /** The form field the reason is about, or null for the form as a whole. */
        public String field() {
            return field;
        }
    }

    private final Reason reason;

    public ReviewRefusal(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
