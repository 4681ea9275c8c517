package org.clientela.account;

import jakarta.ejb.ApplicationException;

/** Closing an account needs the password entered moments ago, not a sign-in from this morning. */
@ApplicationException(rollback = true)
public class ReauthenticationRequiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReauthenticationRequiredException() {
        super("Sign in again to confirm");
    }
}
