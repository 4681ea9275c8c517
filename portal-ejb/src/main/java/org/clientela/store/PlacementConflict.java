package org.clientela.store;

import jakarta.ejb.ApplicationException;

/**
 * An attempt at placing an order met another transaction on the same rows: the stock of a
 * product (its version moved on) or the same idempotency key. Expected under load, so it is an
 * application exception (rolled back, not logged as a failure); {@link Checkout} decides what
 * follows.
 */
@ApplicationException(rollback = true)
public class PlacementConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PlacementConflict(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
