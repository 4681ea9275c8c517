package org.clientela.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.clientela.community.ReviewRefusal.Reason;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.SignInIdentity;
import org.clientela.store.Product;
import org.junit.jupiter.api.Test;

/** A review guards its rating, title and body, and a hiding needs a reason. */
class ReviewTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Customer AUTHOR = new Customer(
            new SignInIdentity("sub-1", "olena@clientela.test", "Olena", "Kovalenko", Language.EN, true), NOW);
    private static final Product PRODUCT = new Product() {};

    @Test
    void aValidReviewKeepsWhatWasWrittenStripped() {
        Review review = review(4, "  Good kettle ", "  Boils fast.  ");
        assertThat(review.getRating()).isEqualTo(4);
        assertThat(review.getTitle()).isEqualTo("Good kettle");
        assertThat(review.getBody()).isEqualTo("Boils fast.");
        assertThat(review.isVerified()).isTrue();
        assertThat(review.getCreatedAt()).isEqualTo(NOW);
        assertThat(review.getUpdatedAt()).isEqualTo(NOW);
        assertThat(review.isHidden()).isFalse();
        assertThat(review(3, "   ", "ok").getTitle())
                .as("a blank title is none")
                .isNull();
    }

    @Test
    void theRatingIsOneToFiveAndRequired() {
        assertRefused(() -> review(null, null, "text"), Reason.RATING_MISSING);
        assertRefused(() -> review(0, null, "text"), Reason.RATING_OUT_OF_RANGE);
        assertRefused(() -> review(6, null, "text"), Reason.RATING_OUT_OF_RANGE);
        assertRefused(() -> review(-1, null, "text"), Reason.RATING_OUT_OF_RANGE);
        assertThat(review(1, null, "text").isNegative()).isTrue();
        assertThat(review(2, null, "text").isNegative()).isTrue();
        assertThat(review(3, null, "text").isNegative()).isFalse();
        assertThat(review(5, null, "text").getRating()).isEqualTo(5);
    }

    @Test
    void theBodyIsRequiredAndTheTextsHaveTheirLengths() {
        assertRefused(() -> review(3, null, null), Reason.BODY_MISSING);
        assertRefused(() -> review(3, null, " \n\t "), Reason.BODY_MISSING);
        assertRefused(() -> review(3, null, "x".repeat(Review.BODY_LENGTH + 1)), Reason.BODY_TOO_LONG);
        assertThat(review(3, null, "x".repeat(Review.BODY_LENGTH)).getBody()).hasSize(Review.BODY_LENGTH);
        assertRefused(() -> review(3, "t".repeat(Review.TITLE_LENGTH + 1), "text"), Reason.TITLE_TOO_LONG);
        assertThat(review(3, "t".repeat(Review.TITLE_LENGTH), "text").getTitle())
                .hasSize(Review.TITLE_LENGTH);
    }

    @Test
    void revisingChangesTheTextAndTheVerificationButNotWhenItWasWritten() {
        Review review = review(5, "Great", "Love it");
        Instant later = NOW.plusSeconds(3600);
        review.revise(new ReviewForm(2, null, "Broke after a week", Language.BG), false, later);
        assertThat(review.getRating()).isEqualTo(2);
        assertThat(review.getTitle()).isNull();
        assertThat(review.getBody()).isEqualTo("Broke after a week");
        assertThat(review.getLanguage()).isEqualTo(Language.BG);
        assertThat(review.isVerified()).isFalse();
        assertThat(review.getCreatedAt()).isEqualTo(NOW);
        assertThat(review.getUpdatedAt()).isEqualTo(later);

        assertRefused(
                () -> review.revise(new ReviewForm(7, null, "x", Language.EN), true, later),
                Reason.RATING_OUT_OF_RANGE);
        assertThat(review.getRating()).as("a refused revision changes nothing").isEqualTo(2);
    }

    @Test
    void hidingNeedsAReasonAndShowingUndoesIt() {
        Review review = review(1, null, "<script>alert(1)</script>");
        assertRefused(() -> review.hide(null, "Maria", NOW), Reason.HIDE_REASON_MISSING);
        assertRefused(() -> review.hide("   ", "Maria", NOW), Reason.HIDE_REASON_MISSING);
        assertRefused(() -> review.hide("r".repeat(501), "Maria", NOW), Reason.HIDE_REASON_TOO_LONG);
        assertThat(review.isHidden()).isFalse();

        assertThat(review.hide(" Script in the text ", "Maria", NOW)).isTrue();
        assertThat(review.isHidden()).isTrue();
        assertThat(review.getHiddenReason()).isEqualTo("Script in the text");
        assertThat(review.getHiddenBy()).isEqualTo("Maria");
        assertThat(review.getHiddenAt()).isEqualTo(NOW);
        assertThat(review.hide("Another reason", "Maria", NOW))
                .as("already hidden")
                .isFalse();
        assertThat(review.getHiddenReason()).isEqualTo("Another reason");

        assertThat(review.show()).isTrue();
        assertThat(review.isHidden()).isFalse();
        assertThat(review.getHiddenReason()).isNull();
        assertThat(review.show()).isFalse();
    }

    @Test
    void readersSeeTheFirstNameAndTheInitialOfTheLastName() {
        assertThat(ShownReview.shortName("Olena", "Kovalenko")).isEqualTo("Olena K.");
        assertThat(ShownReview.shortName("Иван", "Петров")).isEqualTo("Иван П.");
        assertThat(ShownReview.shortName("Olena", null)).isEqualTo("Olena");
        assertThat(ShownReview.shortName(" ", "Kovalenko")).isNull();
        assertThat(ShownReview.shortName(null, null)).isNull();
    }

    @Test
    void starsForTheTimeline() {
        assertThat(ProductReviews.stars(3)).isEqualTo("★★★☆☆ 3/5");
        assertThat(ProductReviews.stars(1)).isEqualTo("★☆☆☆☆ 1/5");
    }

    @Test
    void aReportNeedsAReasonOfAtMostFiveHundredCharacters() {
        assertThatThrownBy(() -> ContentReport.checkedReason(" "))
                .isInstanceOfSatisfying(
                        ReportRefusal.class,
                        e -> assertThat(e.getReason()).isEqualTo(ReportRefusal.Reason.REASON_MISSING));
        assertThatThrownBy(() -> ContentReport.checkedReason("x".repeat(501)))
                .isInstanceOfSatisfying(
                        ReportRefusal.class,
                        e -> assertThat(e.getReason()).isEqualTo(ReportRefusal.Reason.REASON_TOO_LONG));
        assertThat(ContentReport.checkedReason(" spam ")).isEqualTo("spam");
    }

    private static Review review(Integer rating, String title, String body) {
        return new Review(PRODUCT, AUTHOR, new ReviewForm(rating, title, body, Language.EN), true, NOW);
    }

    private static void assertRefused(Runnable attempt, Reason reason) {
        assertThatThrownBy(attempt::run)
                .isInstanceOfSatisfying(
                        ReviewRefusal.class, e -> assertThat(e.getReason()).isEqualTo(reason));
    }
}
