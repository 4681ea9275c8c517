/**
 * The notification pages: the header's link with the unread count ({@link
 * org.clientela.notification.NotificationBadge}), the list at {@code /account/notifications/list}
 * (customers) and {@code /staff/notifications} (staff), opening an entry ({@link
 * org.clientela.notification.NotificationOpenServlet}) and the customer's settings at {@code
 * /account/notifications}.
 */
package org.clientela.notification;
