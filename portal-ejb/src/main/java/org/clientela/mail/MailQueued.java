package org.clientela.mail;

/**
 * Fired once by a transaction that queues mail (with its first mail's id); observed after commit
 * to send without waiting for the next poll.
 */
public record MailQueued(long firstMailId) {}
