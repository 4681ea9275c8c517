package org.clientela.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clientela.platform.PortalSettings;

/** Hands mails to the server's mail session, one SMTP connection per batch. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailTransport {

    private static final Logger LOG = Logger.getLogger(MailTransport.class.getName());

    private static final String MESSAGE_ID_DOMAIN =
            URI.create(PortalSettings.portalUrl()).getHost();

    @Resource(lookup = "java:jboss/mail/Clientela")
    private Session session;

    private Session sending;

    public List<DeliveryOutcome> send(List<OutgoingMail> mails) {
        List<DeliveryOutcome> outcomes = new ArrayList<>(mails.size());
        if (mails.isEmpty()) {
            return outcomes;
        }
        try (Transport transport = sendingSession().getTransport()) {
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

    /**
     * The server's mail session with Nagle's algorithm off on plain SMTP connections (see {@link
     * NoDelaySocketFactory}); credentials still come from the server's session.
     */
    private Session sendingSession() {
        Session derived = sending;
        if (derived == null) {
            Properties properties = new Properties();
            properties.putAll(session.getProperties());
            if (!Boolean.parseBoolean(properties.getProperty("mail.smtp.ssl.enable"))) {
                properties.put("mail.smtp.socketFactory", NoDelaySocketFactory.INSTANCE);
            }
            Session server = session;
            derived = Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return server.requestPasswordAuthentication(
                            getRequestingSite(),
                            getRequestingPort(),
                            getRequestingProtocol(),
                            getRequestingPrompt(),
                            getDefaultUserName());
                }
            });
            sending = derived;
        }
        return derived;
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
        MimeMessage message = new MimeMessage(session) {
            /**
             * One Message-ID per outbox row: a mail handed over again after a crash (its sender died
             * before recording it) is recognisably the same mail, and receivers drop the copy.
             */
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + mail.id() + ".outbox@" + MESSAGE_ID_DOMAIN + ">");
            }
        };
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
