package org.clientela.notification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /account/notifications/list and /staff/notifications: the person's own notifications, newest
 * first; each opens through {@link NotificationOpenServlet}, which marks it read.
 */
@Named
@ViewScoped
public class NotificationListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Notifications notifications;

    @Inject
    private CurrentUser currentUser;

    private transient List<Notification> entries;

    public List<Notification> getEntries() {
        if (entries == null) {
            entries = notifications.recent(currentUser.actor());
        }
        return entries;
    }

    public boolean isAnyUnread() {
        return getEntries().stream().anyMatch(entry -> !entry.isRead());
    }

    /**
     * The bundle key that says what happened: a kind customers hear of too (a case changed) reads
     * differently on staff's list, where the change is the customer's.
     */
    public String whatKey(Notification entry) {
        String kind = entry.getKind().name();
        return entry.isForStaff() && !entry.getKind().forStaff()
                ? "notifications.staffWhat." + kind
                : "notifications.what." + kind;
    }

    /** Where an entry opens: beside the list, so the list page's constraint covers it. */
    public String openLink(Notification entry) {
        return NotificationBadge.listPage(currentUser).replaceAll("/list$", "") + "/open?id=" + entry.getId();
    }

    public void markAllRead() throws IOException {
        int read = notifications.markAllRead(currentUser.actor());
        Messages.addFlashGlobalInfo(Texts.get("notifications.markedRead", read));
        Faces.redirect(NotificationBadge.listPage(currentUser));
    }
}
