package org.clientela.account;

import jakarta.ejb.ApplicationException;

/**
 * No such address in this customer's book: also what another customer's address id gets, so ids
 * reveal nothing.
 */
@ApplicationException(rollback = true)
public class AddressNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AddressNotFoundException(long addressId) {
        super("No address " + addressId + " in this address book");
    }
}
