package org.clientela.notification;

/** How a customer is told: an entry in the portal's notification list, or a mail. */
public enum NoticeChannel {
    PORTAL,
    MAIL
}
