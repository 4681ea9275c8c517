package org.clientela.community;

import jakarta.ejb.ApplicationException;

/** Why a report of a post was not taken; nothing of it is kept. */
@ApplicationException(rollback = true)
public class ReportRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        REASON_MISSING,
        REASON_TOO_LONG,
        /** No such post (or one of a kind that does not exist yet). */
        POST_UNKNOWN,
        /** Nobody reports their own post: they edit it. */
        OWN_POST,
        /** The reporter reported this post before. */
        ALREADY_REPORTED,
        /** The reporter has no usable customer record. */
        NOT_A_CUSTOMER
    }

    private final Reason reason;

    public ReportRefusal(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
