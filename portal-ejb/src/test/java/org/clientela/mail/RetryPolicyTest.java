package org.clientela.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(5), 5);

    @Test
    void doublesTheDelayAfterEachFailure() {
        assertThat(policy.nextAttempt(1, NOW)).contains(NOW.plusSeconds(30));
        assertThat(policy.nextAttempt(2, NOW)).contains(NOW.plusSeconds(60));
        assertThat(policy.nextAttempt(3, NOW)).contains(NOW.plusSeconds(120));
        assertThat(policy.nextAttempt(4, NOW)).contains(NOW.plusSeconds(240));
    }

    @Test
    void neverWaitsLongerThanTheMaximumDelay() {
        RetryPolicy patient = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(5), 100);
        assertThat(patient.nextAttempt(5, NOW)).contains(NOW.plus(Duration.ofMinutes(5)));
        assertThat(patient.nextAttempt(99, NOW)).contains(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(policy.nextAttempt(5, NOW)).isEmpty();
        assertThat(policy.nextAttempt(6, NOW)).isEmpty();
    }

    @Test
    void refusesNonsenseSettings() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(2), Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
