package org.clientela.bench;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.subethamail.smtp.helper.SimpleMessageListener;
import org.subethamail.smtp.server.SMTPServer;

/**
 * An SMTP server on loopback that accepts every mail and keeps its bytes as they arrived, like a
 * relay's queue: the mails are parsed only when read, after the run, so the sink costs the
 * measured run as little as possible. (GreenMail, the sink of the tests, parses each mail on
 * arrival and keeps a mailbox per recipient, which is right for tests and slow at 100,000.)
 * A sink that need not read the mails only counts them.
 */
final class RawSmtpSink implements AutoCloseable {

    record Received(String recipient, byte[] bytes) {

        MimeMessage parse() throws MessagingException {
            return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
        }
    }

    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private final AtomicLong count = new AtomicLong();
    private final SMTPServer server;

    RawSmtpSink(int port) {
        this(port, true);
    }

    /** @param keep whether to keep each mail's bytes for {@link #received()}, or only count it */
    RawSmtpSink(int port, boolean keep) {
        server = SMTPServer.port(port)
                .bindAddress(InetAddress.getLoopbackAddress())
                .simpleMessageListener(new SimpleMessageListener() {
                    @Override
                    public boolean accept(String from, String recipient) {
                        return true;
                    }

                    @Override
                    public void deliver(String from, String recipient, InputStream data) throws java.io.IOException {
                        byte[] bytes = data.readAllBytes();
                        count.incrementAndGet();
                        if (keep) {
                            received.add(new Received(recipient, bytes));
                        }
                    }
                })
                .build();
        server.start();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    long count() {
        return count.get();
    }

    @Override
    public void close() {
        server.stop();
    }
}
