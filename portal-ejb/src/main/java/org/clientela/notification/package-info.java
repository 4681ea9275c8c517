/**
 * Notifications: telling people that something happened to them. Capabilities fire a {@link
 * org.clientela.platform.CustomerNotice} or {@link org.clientela.platform.StaffNotice} inside their
 * business transaction; {@link org.clientela.notification.NotificationDelivery} observes it in the
 * same transaction, keeps an entry for the person's list in the portal header ({@link
 * org.clientela.notification.Notifications}) and, for customers, queues a mail in their language,
 * each unless the customer switched that kind off for that channel ({@link
 * org.clientela.notification.NotificationSettings}). Kinds the law requires cannot be switched off.
 */
package org.clientela.notification;
