package org.clientela.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Exponential back-off: the first retry after {@code firstDelay}, each next one twice as late, never
 * later than {@code maxDelay}, and no attempt after the {@code maxAttempts}-th.
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    /** About 17 hours of retries: long enough to outlast an SMTP relay's maintenance window. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(2), 12);

    public RetryPolicy {
        if (firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("firstDelay must be positive");
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("maxDelay must not be shorter than firstDelay");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /**
     * @param failedAttempts how many attempts have failed so far, including the one just made
     * @return when to try again, or empty to give up
     */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant now) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        int doublings = Math.min(failedAttempts - 1, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        if (delay.compareTo(maxDelay) > 0) {
            delay = maxDelay;
        }
        return Optional.of(now.plus(delay));
    }
}
