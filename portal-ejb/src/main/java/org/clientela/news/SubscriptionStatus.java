package org.clientela.news;

/** Where a subscription stands. */
public enum SubscriptionStatus {
    /** An anonymous address, waiting for its confirmation link to be followed (7 days). */
    PENDING,
    ACTIVE,
    /** Unsubscribed (it can be undone from the unsubscribe page), or the account closed. */
    ENDED
}
