package org.clientela.it.support.incontainer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The mail outbox as a test inside the server sees it. A mail is queued in the transaction of the
 * change that caused it, so once that call has returned and nothing is pending for an address any
 * more, every mail to it has reached the SMTP sink: a test can then say that something was not
 * sent, without waiting for a while and hoping.
 */
public final class Outbox {

    private Outbox() {}

    /** Waits until no mail to these addresses is waiting to be sent. */
    public static void awaitSent(String... recipients) {
        Eventually.await(
                "the outbox to send every mail to " + String.join(", ", recipients),
                Duration.ofSeconds(30),
                () -> count("status = 'PENDING'", recipients) == 0);
    }

    /** How many mails to this address the outbox holds, sent or not. */
    public static long queued(String recipient) {
        return count("1 = 1", recipient);
    }

    /** Waits until the news run of this translation has walked all its subscribers. */
    public static void awaitNewsRunDone(long translationId) {
        Eventually.await("the news run of translation " + translationId, Duration.ofSeconds(30), () -> {
            try (Connection connection = dataSource().getConnection();
                    PreparedStatement query = connection.prepareStatement(
                            "select count(*) from news_run where translation_id = ? and status = 'DONE'")) {
                query.setLong(1, translationId);
                try (ResultSet result = query.executeQuery()) {
                    result.next();
                    return result.getLong(1) == 1;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static long count(String condition, String... recipients) {
        String placeholders = String.join(", ", Collections.nCopies(recipients.length, "?"));
        try (Connection connection = dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement("select count(*) from outbox_mail where "
                        + condition + " and recipient in (" + placeholders + ")")) {
            List<String> addresses = List.of(recipients);
            for (int i = 0; i < addresses.size(); i++) {
                query.setString(i + 1, addresses.get(i));
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DataSource dataSource() {
        try {
            return (DataSource) new InitialContext().lookup("java:jboss/datasources/ClientelaDS");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }
}
