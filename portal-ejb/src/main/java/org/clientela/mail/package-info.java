/**
 * Outgoing mail as a transactional outbox. A mail is rendered in the recipient's language and
 * written as an {@link org.clientela.mail.OutboxMail} row in the transaction of the business change
 * that causes it; the {@link org.clientela.mail.OutboxDispatcher} sends committed rows through the
 * server's mail session, retries with back-off, and records every mail sent in the customer's
 * timeline. A rolled-back change therefore never mails anyone, and a committed one always does.
 */
package org.clientela.mail;
