package org.clientela.store;

import jakarta.ejb.ApplicationException;

/** No order has this id or number: the web answers 404, the API a JSON 404. */
@ApplicationException(rollback = true)
public class OrderNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OrderNotFoundException(String order) {
        super("No order " + order);
    }
}
