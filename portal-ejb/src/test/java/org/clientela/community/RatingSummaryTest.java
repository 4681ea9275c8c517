package org.clientela.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The rating arithmetic the product page and the catalog facet show, and the posting limits' settings. */
class RatingSummaryTest {

    @AfterEach
    void defaultLimits() {
        System.clearProperty("clientela.community.limit.reviews");
    }

    @Test
    void noReviewsHaveNoAverage() {
        RatingSummary none = RatingSummary.of(Map.of());
        assertThat(none.average()).isNull();
        assertThat(none.count()).isZero();
        assertThat(none.perStar()).containsExactly(0L, 0L, 0L, 0L, 0L);
        assertThat(none.percentWithStars(5)).isZero();
        assertThat(RatingSummary.NONE).isEqualTo(none);
    }

    @Test
    void theAverageIsRoundedHalfUpToTwoPlaces() {
        // 5 + 4 + 4 = 13 / 3 = 4.333…
        RatingSummary summary = RatingSummary.of(Map.of(5, 1L, 4, 2L));
        assertThat(summary.average()).isEqualByComparingTo("4.33");
        assertThat(summary.count()).isEqualTo(3);
        assertThat(summary.withStars(4)).isEqualTo(2);
        assertThat(summary.withStars(1)).isZero();
        // 1 + 2 = 3 / 2 = 1.5; 5*1 + 1*2 = 7 / 3 = 2.333…; 2 + 2 + 3 + 3 + 3 + 3 = 16 / 6 = 2.666…
        assertThat(RatingSummary.of(Map.of(1, 1L, 2, 1L)).average()).isEqualByComparingTo("1.50");
        assertThat(RatingSummary.of(Map.of(5, 1L, 1, 2L)).average()).isEqualByComparingTo("2.33");
        assertThat(RatingSummary.of(Map.of(2, 2L, 3, 4L)).average()).isEqualByComparingTo("2.67");
        assertThat(RatingSummary.of(Map.of(5, 1L)).average()).isEqualByComparingTo("5.00");
    }

    @Test
    void theDistributionCountsEveryStarAndItsShare() {
        RatingSummary summary = RatingSummary.of(Map.of(5, 6L, 4, 2L, 1, 2L));
        assertThat(summary.perStar()).containsExactly(2L, 0L, 0L, 2L, 6L);
        assertThat(summary.percentWithStars(5)).isEqualTo(60);
        assertThat(summary.percentWithStars(4)).isEqualTo(20);
        assertThat(summary.percentWithStars(3)).isZero();
        assertThat(summary.starsDescending()).isEqualTo(List.of(5, 4, 3, 2, 1));
        // 6 × 5 + 2 × 4 + 2 × 1 = 40 / 10
        assertThat(summary.average()).isEqualByComparingTo("4.00");
    }

    @Test
    void aRatingOutsideOneToFiveIsABug() {
        assertThatThrownBy(() -> RatingSummary.of(Map.of(0, 1L))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RatingSummary.of(Map.of(6, 1L))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void postingLimitsHaveDefaultsAndTakeThePropertyWhenItIsAPositiveNumber() {
        assertThat(PostingLimits.limit(PostKind.QUESTION)).isEqualTo(5);
        assertThat(PostingLimits.limit(PostKind.ANSWER)).isEqualTo(20);
        assertThat(PostingLimits.limit(PostKind.REVIEW)).isEqualTo(10);
        System.setProperty("clientela.community.limit.reviews", "2");
        assertThat(PostingLimits.limit(PostKind.REVIEW)).isEqualTo(2);
        System.setProperty("clientela.community.limit.reviews", "none");
        assertThat(PostingLimits.limit(PostKind.REVIEW)).isEqualTo(10);
        System.setProperty("clientela.community.limit.reviews", "0");
        assertThat(PostingLimits.limit(PostKind.REVIEW)).isEqualTo(10);
    }

    @Test
    void postsAreReferredToByKindAndId() {
        assertThat(PostKind.REVIEW.reference(42)).isEqualTo("review:42");
        assertThat(PostKind.QUESTION.reference(7)).isEqualTo("question:7");
        assertThat(PostKind.ANSWER.reference(3)).isEqualTo("answer:3");
    }
}
