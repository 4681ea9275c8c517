package org.clientela.account;

/**
 * The caller signed in to Keycloak but has no customer record yet (it is made at the first
 * sign-in to the portal), so there is no account to act on: the API answers 403 and says how to
 * get one.
 */
public class NoCustomerRecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoCustomerRecordException(String subject) {
        super("No customer record for " + subject);
    }
}
