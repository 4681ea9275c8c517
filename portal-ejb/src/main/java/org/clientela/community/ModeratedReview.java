package org.clientela.community;

import java.time.Instant;
import java.util.List;

/** A review as moderators see it: hidden or not, with the product, the author and the open reports. */
public record ModeratedReview(
        long id,
        String sku,
        String productName,
        String authorName,
        int rating,
        String title,
        String body,
        Instant updatedAt,
        boolean hidden,
        String hiddenReason,
        String hiddenBy,
        List<OpenReport> reports) {

    public ModeratedReview {
        reports = List.copyOf(reports);
    }
}
