package org.clientela.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Texts;

/**
 * The header's notifications link. It is on every page, so it asks once per request (one count
 * query) and keeps nothing in the session.
 */
@Named
@RequestScoped
public class NotificationBadge {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Notifications notifications;

    private Long unread;

    /** Customers and staff have a list; the ERP's service account and visitors have none. */
    public boolean isShown() {
        return currentUser.isSignedIn() && (currentUser.isCustomer() || currentUser.isStaff());
    }

    /** The count as text: a number would make Faces look its converter up on every page. */
    public String getCount() {
        return Long.toString(unread());
    }

    /** The link's accessible name, e.g. "3 unread notifications", in the language's plural forms. */
    public String getLabel() {
        return Texts.get("notifications.unreadCount", unread());
    }

    public String getListPage() {
        return listPage(currentUser);
    }

    /** A customer's list is among their account's pages; staff keep theirs in the back office. */
    static String listPage(CurrentUser user) {
        return user.isCustomer() ? "/account/notifications/list" : "/staff/notifications";
    }

    private long unread() {
        if (unread == null) {
            unread = isShown() ? notifications.unread(currentUser.actor()) : 0L;
        }
        return unread;
    }
}
