package org.clientela.crm;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The 360's numbers about one customer, read in a handful of aggregate queries.
 *
 * @param latestPosts the latest few questions, answers and reviews (kind, id, title, date)
 * @param casesReopened cases reopened at least once; with {@code casesSolved} the case side of
 *     satisfaction
 */
public record CustomerSummary(
        long orders,
        BigDecimal totalSpent,
        Instant lastOrderAt,
        long questions,
        long answers,
        long acceptedAnswers,
        long reviews,
        Double averageRating,
        List<Post> latestPosts,
        long casesOpen,
        long casesSolved,
        long casesReopened,
        List<Post> latestCases,
        long mailsSent,
        long activeSubscriptions) {

    /** A question, answer, review or case in a list: what, which, its title and when. */
    public record Post(String kind, long id, String title, Instant at) {}
}
