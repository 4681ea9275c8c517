package org.clientela.community;

import jakarta.ejb.ApplicationException;

/** A customer posted as much of a kind as an hour allows; the page says how many that is. */
@ApplicationException(rollback = true)
public class PostingLimitExceeded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final PostKind kind;
    private final int limit;

    public PostingLimitExceeded(PostKind kind, int limit) {
        super("more than " + limit + " " + kind + " posts in an hour");
        this.kind = kind;
        this.limit = limit;
    }

    public PostKind getKind() {
        return kind;
    }

    /** How many posts of the kind an hour allows. */
    public int getLimit() {
        return limit;
    }
}
