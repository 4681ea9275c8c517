package org.clientela.it.support;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the test run's SMTP sink received, for tests that act from outside the server. */
public final class SentMail {

    private SentMail() {}

    /** The first match of {@code link}'s group 1 in the mails to {@code address}, newest first; or null. */
    public static String newestLink(String address, Pattern link) {
        MimeMessage[] messages = TestEnvironment.mail().getReceivedMessagesForDomain(address);
        for (int i = messages.length - 1; i >= 0; i--) {
            Matcher matcher = link.matcher(text(messages[i]).replace("&amp;", "&"));
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return null;
    }

    public static List<String> subjects(String address) {
        return Arrays.stream(TestEnvironment.mail().getReceivedMessagesForDomain(address))
                .map(message -> {
                    try {
                        return message.getSubject();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    public static int count(String address) {
        return TestEnvironment.mail().getReceivedMessagesForDomain(address).length;
    }

    /** The decoded text of a mail, all its parts together. */
    public static String text(Part part) {
        try {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(text(multipart.getBodyPart(i))).append('\n');
                }
                return text.toString();
            }
            return content.toString();
        } catch (Exception e) {
            throw new IllegalStateException("Unreadable mail", e);
        }
    }
}
