package org.clientela.notification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clientela.account.SignedInCustomer;
import org.clientela.notification.NotificationSettings.Switch;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.NoticeKind;
import org.clientela.platform.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /account/notifications: per kind and channel, whether the customer is told. The person's own
 * choice, whichever account they act for in the header.
 */
@Named
@ViewScoped
public class NotificationSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One kind's switches as the form shows them; a required kind's stay on. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final NoticeKind kind;
        private boolean portal;
        private boolean mail;

        Row(NoticeKind kind, boolean portal, boolean mail) {
            this.kind = kind;
            this.portal = portal;
            this.mail = mail;
        }

        public NoticeKind getKind() {
            return kind;
        }

        public boolean isRequired() {
            return kind.required();
        }

        public boolean isPortal() {
            return portal || kind.required();
        }

        public void setPortal(boolean portal) {
            this.portal = portal;
        }

        public boolean isMail() {
            return mail || kind.required();
        }

        public void setMail(boolean mail) {
            this.mail = mail;
        }
    }

    @Inject
    private NotificationSettings settings;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SignedInCustomer signedIn;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            Set<Switch> off = settings.switchedOff(currentUser.actor(), signedIn.requireId());
            rows = NotificationSettings.CUSTOMER_KINDS.stream()
                    .map(kind -> new Row(
                            kind,
                            !off.contains(new Switch(kind, NoticeChannel.PORTAL)),
                            !off.contains(new Switch(kind, NoticeChannel.MAIL))))
                    .toList();
        }
        return rows;
    }

    public void save() throws IOException {
        Set<Switch> off = new HashSet<>();
        for (Row row : getRows()) {
            if (!row.isPortal()) {
                off.add(new Switch(row.kind, NoticeChannel.PORTAL));
            }
            if (!row.isMail()) {
                off.add(new Switch(row.kind, NoticeChannel.MAIL));
            }
        }
        try {
            settings.choose(currentUser.actor(), signedIn.requireId(), off);
        } catch (NotificationRefusal refusal) {
            Messages.addGlobalError(
                    Texts.get("notifications.refusal." + refusal.getReason().name()));
            return;
        }
        Messages.addFlashGlobalInfo(Texts.get("notifications.settings.saved"));
        Faces.redirect("/account/notifications");
    }
}
