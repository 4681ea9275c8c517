package org.clientela.community;

import java.time.Instant;

/**
 * A review as readers see it. The author is named by first name and the initial of the last one;
 * null when the customer gave no name (the page then says "a customer").
 */
public record ShownReview(
        long id,
        int rating,
        String title,
        String body,
        String authorName,
        Instant createdAt,
        boolean edited,
        boolean verified) {

    static ShownReview of(Review review) {
        return new ShownReview(
                review.getId(),
                review.getRating(),
                review.getTitle(),
                review.getBody(),
                shortName(review.getAuthor().getFirstName(), review.getAuthor().getLastName()),
                review.getCreatedAt(),
                review.getUpdatedAt().isAfter(review.getCreatedAt()),
                review.isVerified());
    }

    /** "Olena K." for Olena Kovalenko: enough to tell reviewers apart, not to find them. */
    static String shortName(String first, String last) {
        String given = first == null ? "" : first.strip();
        if (given.isEmpty()) {
            return null;
        }
        String family = last == null ? "" : last.strip();
        return family.isEmpty() ? given : given + " " + family.substring(0, family.offsetByCodePoints(0, 1)) + ".";
    }
}
