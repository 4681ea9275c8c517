package org.clientela.account;

import jakarta.ejb.ApplicationException;

/** The profile was saved elsewhere (another tab, a grantee) after this form was filled. */
@ApplicationException(rollback = true)
public class ProfileChangedMeanwhileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProfileChangedMeanwhileException(long customerId) {
        super("The profile of customer " + customerId + " changed since the form was filled");
    }
}
