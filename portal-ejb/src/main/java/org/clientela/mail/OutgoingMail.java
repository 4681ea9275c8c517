package org.clientela.mail;

/** A claimed mail as the transport needs it, detached from the persistence context. */
public record OutgoingMail(
        long id, String recipient, String subject, String text, String html, String listUnsubscribe) {

    static OutgoingMail of(OutboxMail mail) {
        return new OutgoingMail(
                mail.getId(),
                mail.getRecipient(),
                mail.getSubject(),
                mail.getTextBody(),
                mail.getHtmlBody(),
                mail.getListUnsubscribe());
    }
}
