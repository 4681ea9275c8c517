package org.clientela.account;

import jakarta.ejb.ApplicationException;

/** Granting access (and, later, ordering) needs an email address the customer has proven to own. */
@ApplicationException(rollback = true)
public class EmailNotVerifiedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmailNotVerifiedException(long customerId) {
        super("Customer " + customerId + " has not verified their email address");
    }
}
