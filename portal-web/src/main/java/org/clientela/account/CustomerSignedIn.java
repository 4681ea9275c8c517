package org.clientela.account;

/**
 * Fired when a session becomes a known customer's (see {@link CustomerRecognitionFilter}), so that
 * what other capabilities keep in the session, such as the cart, can become theirs.
 */
public record CustomerSignedIn(long customerId) {}
