package org.clientela.it.support.incontainer;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads a mailbox of the test run's SMTP sink over IMAP (GreenMail accepts any login), so tests
 * inside the server can check what really went out over SMTP.
 */
public final class Mailbox {

    private Mailbox() {}

    /** The plain-text part of every mail in the mailbox, oldest first. */
    public static List<String> texts(String address) {
        return read(address, message -> {
            try {
                return plainText(message);
            } catch (MessagingException | java.io.IOException e) {
                throw new IllegalStateException("Cannot read a mail to " + address, e);
            }
        });
    }

    private static String plainText(jakarta.mail.Part part) throws MessagingException, java.io.IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** A header of every mail in the mailbox, oldest first (null where a mail lacks it). */
    public static List<String> headers(String address, String name) {
        return read(address, message -> {
            try {
                String[] values = message.getHeader(name);
                return values == null ? null : values[0];
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public static List<String> subjects(String address) {
        return read(address, message -> {
            try {
                return message.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static List<String> read(String address, java.util.function.Function<Message, String> what) {
        Properties properties = new Properties();
        properties.put("mail.store.protocol", "imap");
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", "3143");
        Session session = Session.getInstance(properties);
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", 3143, address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<String> subjects = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    subjects.add(what.apply(message));
                }
                return subjects;
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot read the mailbox of " + address, e);
        }
    }
}
