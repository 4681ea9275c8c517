package org.clientela.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.clientela.mail.MailOutbox;
import org.clientela.mail.MailTemplate;
import org.clientela.notification.NoticeChannel;
import org.clientela.notification.NotificationSettings;
import org.clientela.platform.Customer;
import org.clientela.platform.NoticeKind;
import org.clientela.platform.PortalSettings;

/**
 * The mail that carries staff's answer to a case or request. It says more than a notice could (the
 * answer itself), so answers are among the kinds their capability mails; it honours the customer's
 * mail switch for answers all the same.
 */
@ApplicationScoped
public class CaseAnswerMail {

    @Inject
    private MailOutbox outbox;

    @Inject
    private NotificationSettings settings;

    void send(SupportCase supportCase, String answer) {
        Customer customer = supportCase.getCustomer();
        if (customer.getEmail() == null
                || customer.getClosedAt() != null
                || !settings.wants(customer.getId(), NoticeKind.CASE_ANSWERED, NoticeChannel.MAIL)) {
            return;
        }
        outbox.queue(
                MailTemplate.REQUEST_ANSWERED,
                customer.getPreferredLanguage(),
                customer.getEmail(),
                customer,
                null,
                supportCase.getNumber(),
                supportCase.getSubject(),
                answer,
                PortalSettings.link(ServiceRequests.customerLink(supportCase)));
    }
}
