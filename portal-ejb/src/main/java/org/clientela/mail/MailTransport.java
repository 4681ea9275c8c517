package org.clientela.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Hands mails to the server's mail session, one SMTP connection per batch. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailTransport {

    private static final Logger LOG = Logger.getLogger(MailTransport.class.getName());

    @Resource(lookup = "java:jboss/mail/Clientela")
    private Session session;

    public List<DeliveryOutcome> send(List<OutgoingMail> mails) {
        List<DeliveryOutcome> outcomes = new ArrayList<>(mails.size());
        if (mails.isEmpty()) {
            return outcomes;
        }
        try (Transport transport = session.getTransport()) {
            transport.connect();
            for (OutgoingMail mail : mails) {
                outcomes.add(sendOne(transport, mail));
            }
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "SMTP relay unavailable: {0}", e.getMessage());
            for (OutgoingMail mail : mails.subList(outcomes.size(), mails.size())) {
                outcomes.add(DeliveryOutcome.failed(mail.id(), "SMTP relay unavailable: " + e.getMessage()));
            }
        }
        return outcomes;
    }

    private DeliveryOutcome sendOne(Transport transport, OutgoingMail mail) {
        try {
            MimeMessage message = toMessage(mail);
            transport.sendMessage(message, message.getAllRecipients());
            return DeliveryOutcome.accepted(mail.id());
        } catch (MessagingException e) {
            LOG.log(Level.INFO, "Mail {0} not accepted: {1}", new Object[] {mail.id(), e.getMessage()});
            return DeliveryOutcome.failed(mail.id(), e.getMessage());
        }
    }

    private MimeMessage toMessage(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(); // the mail session's "from"
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setHeader("X-Clientela-Mail-Id", Long.toString(mail.id()));
        if (mail.listUnsubscribe() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.listUnsubscribe() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (mail.html() == null) {
            message.setText(mail.text(), StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            message.setContent(new MimeMultipart("alternative", text, html));
        }
        message.saveChanges();
        return message;
    }
}
