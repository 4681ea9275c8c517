package org.clientela.account;

import jakarta.ejb.ApplicationException;

/**
 * Inviting someone to an account, or founding a company account, needs an email address the
 * customer has proven to own. (Checkout refuses an unverified address with its own {@code
 * CheckoutRefusal}.)
 */
@ApplicationException(rollback = true)
public class EmailNotVerifiedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmailNotVerifiedException(long customerId) {
        super("Customer " + customerId + " has not verified their email address");
    }
}
