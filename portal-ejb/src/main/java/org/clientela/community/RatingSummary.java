package org.clientela.community;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A product's visible reviews in numbers: how many, their average (two places, half up; none
 * without reviews) and how many gave each number of stars.
 *
 * @param perStar index 0 holds the one-star count, index 4 the five-star count
 */
public record RatingSummary(BigDecimal average, long count, List<Long> perStar) {

    public static final RatingSummary NONE = of(Map.of());

    public RatingSummary {
        perStar = List.copyOf(perStar);
    }

    /** From the count of reviews per rating; ratings outside one to five are a bug upstream. */
    public static RatingSummary of(Map<Integer, Long> countsByRating) {
        List<Long> perStar = new ArrayList<>(Collections.nCopies(Review.MAX_RATING, 0L));
        long count = 0;
        long stars = 0;
        for (Map.Entry<Integer, Long> entry : countsByRating.entrySet()) {
            int rating = entry.getKey();
            if (rating < Review.MIN_RATING || rating > Review.MAX_RATING) {
                throw new IllegalArgumentException("no rating of " + rating);
            }
            long n = entry.getValue();
            perStar.set(rating - 1, perStar.get(rating - 1) + n);
            count += n;
            stars += n * rating;
        }
        BigDecimal average = count == 0
                ? null
                : BigDecimal.valueOf(stars).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
        return new RatingSummary(average, count, perStar);
    }

    /** How many gave {@code stars}. */
    public long withStars(int stars) {
        return perStar.get(stars - 1);
    }

    /** The share of {@code stars} in whole percent, for the bars. */
    public int percentWithStars(int stars) {
        return count == 0 ? 0 : (int) Math.round(100.0 * withStars(stars) / count);
    }

    /** The star rows from five down to one, as the page lists them. */
    public List<Integer> starsDescending() {
        return List.of(5, 4, 3, 2, 1);
    }
}
