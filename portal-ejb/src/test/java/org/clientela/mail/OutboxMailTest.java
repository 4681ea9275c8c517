package org.clientela.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.clientela.platform.Language;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final RetryPolicy TWO_ATTEMPTS = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(5), 2);

    private OutboxMail newMail() {
        return new OutboxMail(
                "someone@clientela.test",
                Language.EN,
                MailTemplate.WELCOME,
                new RenderedMail("Subject", "Text", null),
                null,
                null,
                NOW);
    }

    @Test
    void aNewMailIsDueAtOnce() {
        OutboxMail mail = newMail();
        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.isDue(NOW)).isTrue();
    }

    @Test
    void aClaimedMailCannotBeClaimedAgainWhileItsLeaseRuns() {
        OutboxMail mail = newMail();
        mail.claim(NOW, Duration.ofMinutes(2));
        assertThat(mail.getStatus()).isEqualTo(MailStatus.SENDING);
        assertThatThrownBy(() -> mail.claim(NOW.plusSeconds(60), Duration.ofMinutes(2)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aClaimWhoseSenderDiedIsDueAgainAfterTheLease() {
        OutboxMail mail = newMail();
        mail.claim(NOW, Duration.ofMinutes(2));
        assertThat(mail.isDue(NOW.plus(Duration.ofMinutes(3)))).isTrue();
        mail.claim(NOW.plus(Duration.ofMinutes(3)), Duration.ofMinutes(2));
        assertThat(mail.getStatus()).isEqualTo(MailStatus.SENDING);
    }

    @Test
    void sentIsFinal() {
        OutboxMail mail = newMail();
        mail.claim(NOW, Duration.ofMinutes(2));
        mail.markSent(NOW.plusSeconds(1));
        assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(mail.getSentAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(mail.getAttempts()).isEqualTo(1);
        assertThat(mail.isDue(NOW.plus(Duration.ofDays(1)))).isFalse();
        assertThatThrownBy(() -> mail.markFailed(NOW, "late", TWO_ATTEMPTS)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailureIsRetriedLaterThenGivenUp() {
        OutboxMail mail = newMail();
        mail.claim(NOW, Duration.ofMinutes(2));
        mail.markFailed(NOW, "421 try again", TWO_ATTEMPTS);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.isDue(NOW.plusSeconds(29))).isFalse();
        assertThat(mail.isDue(NOW.plusSeconds(30))).isTrue();
        assertThat(mail.getLastError()).isEqualTo("421 try again");

        mail.claim(NOW.plusSeconds(30), Duration.ofMinutes(2));
        mail.markFailed(NOW.plusSeconds(31), "550 no such user", TWO_ATTEMPTS);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(mail.getAttempts()).isEqualTo(2);
        assertThat(mail.isDue(NOW.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void onlyAClaimedMailCanBeMarkedSent() {
        assertThatThrownBy(() -> newMail().markSent(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRecipientIsRequired() {
        assertThatThrownBy(() -> new OutboxMail(
                        " ", Language.EN, MailTemplate.WELCOME, new RenderedMail("s", "t", null), null, null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
