package org.clientela.news;

import jakarta.ejb.ApplicationException;

/** A news change refused for a reason the editor can act on; the reason names the message to show. */
@ApplicationException(rollback = true)
public class NewsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Another translation in the language already has the slug. */
        DUPLICATE_SLUG,
        /** Another category has the slug. */
        DUPLICATE_CATEGORY_SLUG,
        /** Articles or subcategories use the category: deactivate it instead. */
        CATEGORY_IN_USE,
        /** The body has no words once unsafe markup is removed. */
        EMPTY_BODY,
        /** No such article, translation or category. */
        NOT_FOUND
    }

    private final Reason reason;

    public NewsException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
