package org.clientela.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import org.clientela.mail.MailOutbox;
import org.clientela.mail.MailTemplate;
import org.clientela.mail.MailTemplates;
import org.clientela.platform.Customer;
import org.clientela.platform.CustomerNotice;
import org.clientela.platform.NoticeKind;
import org.clientela.platform.PortalSettings;
import org.clientela.platform.StaffNotice;

/**
 * Tells people what the capabilities report. A synchronous observer: it runs in the transaction
 * that fired the notice, so the entry and the mail exist exactly when the business change does.
 */
@ApplicationScoped
public class NotificationDelivery {

    /**
     * Kinds whose mail the capability that fires them sends itself, with more than a notice could
     * say (the shipping mail carries the carrier and the tracking link, the answer mail the answer). Those honour the
     * customer's mail switch there ({@link NotificationSettings#wants}), and the notice adds only
     * the portal entry, so nobody gets two mails for one event.
     */
    public static final Set<NoticeKind> MAILED_BY_THEIR_CAPABILITY =
            EnumSet.of(NoticeKind.ORDER_SHIPPED, NoticeKind.CASE_ANSWERED);

    /** Where customers choose what they are told; the mails say so. */
    public static final String SETTINGS_PAGE = "/account/notifications";

    private static final Logger LOG = Logger.getLogger(NotificationDelivery.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private NotificationSettings settings;

    @Inject
    private MailOutbox outbox;

    void customerNotice(@Observes CustomerNotice notice) {
        Customer customer = em.find(Customer.class, notice.customerId());
        if (customer == null || !customer.isUsable()) {
            LOG.fine(() -> "No notice for customer " + notice.customerId() + ": none or closed");
            return;
        }
        NoticeKind kind = notice.kind();
        Instant now = Instant.now();
        if (customer.getSubject() != null && settings.wants(customer.getId(), kind, NoticeChannel.PORTAL)) {
            em.persist(Notification.forCustomer(customer, kind, notice.reference(), notice.link(), now));
        }
        if (!MAILED_BY_THEIR_CAPABILITY.contains(kind)
                && customer.getEmail() != null
                && settings.wants(customer.getId(), kind, NoticeChannel.MAIL)) {
            outbox.queue(
                    MailTemplate.NOTICE,
                    customer.getPreferredLanguage(),
                    customer.getEmail(),
                    customer,
                    null,
                    MailTemplates.phrase(customer.getPreferredLanguage(), "notice." + kind.name()),
                    notice.reference(),
                    PortalSettings.link(notice.link()),
                    PortalSettings.link(SETTINGS_PAGE));
        }
    }

    void staffNotice(@Observes StaffNotice notice) {
        em.persist(Notification.forStaff(
                notice.staffSubject(), notice.kind(), notice.reference(), notice.link(), Instant.now()));
    }
}
