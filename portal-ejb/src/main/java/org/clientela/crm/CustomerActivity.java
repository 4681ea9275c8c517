package org.clientela.crm;

import java.time.Instant;
import java.util.Objects;

/**
 * What the stage rules look at, gathered for one customer at one moment.
 *
 * @param ordersEver orders placed and not cancelled
 * @param ordersLast12Months of those, placed within the last twelve months
 * @param positiveReviews visible reviews of four or five stars
 * @param acceptedAnswers visible answers of the customer that the asker or staff accepted
 * @param recentContributions positive reviews and accepted answers written within the advocate
 *     window ({@link StageThresholds#advocateWindowMonths()})
 * @param lastActivity the last thing the customer did themself (or someone acting for them), or
 *     the registration when they did nothing yet
 */
public record CustomerActivity(
        long ordersEver,
        long ordersLast12Months,
        long positiveReviews,
        long acceptedAnswers,
        long recentContributions,
        Instant lastActivity) {

    public CustomerActivity {
        Objects.requireNonNull(lastActivity, "lastActivity");
        if (ordersEver < 0
                || ordersLast12Months < 0
                || positiveReviews < 0
                || acceptedAnswers < 0
                || recentContributions < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    public long helpfulContributions() {
        return positiveReviews + acceptedAnswers;
    }
}
