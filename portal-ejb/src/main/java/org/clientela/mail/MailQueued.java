package org.clientela.mail;

/** Fired when a mail is queued; observed after commit to send it without waiting for the next poll. */
public record MailQueued(long mailId) {}
