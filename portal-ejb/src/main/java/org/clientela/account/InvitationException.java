package org.clientela.account;

import jakarta.ejb.ApplicationException;

/** An invitation that cannot be used, and why, so the page can say it in the person's words. */
@ApplicationException(rollback = true)
public class InvitationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Not a token this portal signed (made up, altered or cut short). */
        INVALID,
        /** Already accepted: the link works once. */
        USED,
        /** Past its seven days. */
        EXPIRED,
        /** The owner withdrew it. */
        WITHDRAWN,
        /** Signed in with another address than the one invited. */
        WRONG_EMAIL,
        /** Signed in with the invited address, not verified yet. */
        EMAIL_NOT_VERIFIED,
        /** The owner following their own link. */
        OWN_INVITATION,
        /** The owner already invited this address and that invitation is still open or in force. */
        ALREADY_INVITED
    }

    private final Reason reason;

    public InvitationException(Reason reason) {
        super("Invitation refused: " + reason);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
