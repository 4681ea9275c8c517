package org.clientela.account;

/** Where an access grant stands; derived from its dates, never stored. */
public enum GrantStatus {
    /** Invited, not accepted yet, the invitation still valid. */
    PENDING,
    /** Accepted and in force. */
    ACTIVE,
    /** The invitation or the grant ran out. */
    EXPIRED,
    /** Ended by the owner. */
    REVOKED,
    /** Ended by the grantee. */
    LEFT
}
