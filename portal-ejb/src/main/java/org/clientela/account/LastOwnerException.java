package org.clientela.account;

import jakarta.ejb.ApplicationException;

/** A company always keeps an owner: the last one can neither leave nor be removed or demoted. */
@ApplicationException(rollback = true)
public class LastOwnerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LastOwnerException(long companyId) {
        super("Company " + companyId + " would be left without an owner");
    }
}
