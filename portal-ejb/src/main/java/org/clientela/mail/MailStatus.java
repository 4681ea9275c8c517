package org.clientela.mail;

/** Where a mail is in its delivery. */
public enum MailStatus {
    /** Committed and waiting for its (next) attempt. */
    PENDING,
    /** Claimed by a sender until its lease runs out. */
    SENDING,
    SENT,
    /** Given up after the retry policy's last attempt. */
    FAILED
}
