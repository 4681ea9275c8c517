package org.clientela.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.Texts;
import org.clientela.store.CatalogReader;
import org.clientela.store.ProductView;
import org.omnifaces.util.Faces;

/**
 * The reviews section of the stateless product page: for a reviewed product one summary query
 * and one list query per request, nothing kept. The report form beside each review posts to
 * {@link ReportServlet}, which comes back here with {@code report=<outcome>} to show what happened.
 */
@Named
@RequestScoped
public class ProductReviewsView {

    static final Set<String> OUTCOMES = Stream.concat(
                    Stream.of("sent"), Stream.of(ReportRefusal.Reason.values()).map(CommunityMessages::outcome))
            .collect(Collectors.toUnmodifiableSet());

    @Inject
    private ProductReviews reviews;

    @Inject
    private ProductView productView;

    @Inject
    private CurrentUser currentUser;

    private RatingSummary summary;
    private Boolean ownReview;
    private List<ShownReview> shown;

    public RatingSummary getSummary() {
        if (summary == null) {
            // most products have no review yet: the product's own count spares them the query
            CatalogReader.ProductPage product = productView.getProduct();
            summary = product != null && product.ratingCount() == 0
                    ? RatingSummary.NONE
                    : reviews.summary(productView.getSku());
        }
        return summary;
    }

    /** The first page of visible reviews, newest first. */
    public List<ShownReview> getReviews() {
        if (shown == null) {
            shown = getSummary().count() == 0 ? List.of() : reviews.forProduct(productView.getSku(), 0);
        }
        return shown;
    }

    /** Whether the signed-in customer reviewed the product already (one more query, for customers only). */
    public boolean isOwnReview() {
        if (ownReview == null) {
            ownReview = currentUser.isCustomer()
                    && reviews.mine(currentUser.actor(), productView.getSku()).isPresent();
        }
        return ownReview;
    }

    /** "★★★★☆" for a rating, as the list shows it (the number is beside it for screen readers). */
    public String stars(int rating) {
        return "★".repeat(rating) + "☆".repeat(Review.MAX_RATING - rating);
    }

    /** Stars for the average, rounded to the nearest whole star. */
    public String averageStars() {
        return getSummary().average() == null
                ? ""
                : stars(getSummary().average().setScale(0, RoundingMode.HALF_UP).intValue());
    }

    /** "12 reviews" in the page's language. */
    public String getCountText() {
        return Texts.get("review.count", getSummary().count());
    }

    /** "5 stars" for a row of the distribution. */
    public String starsLabel(int stars) {
        return Texts.get("review.starsLabel", stars);
    }

    /** The outcome of a report just sent, or null; only known outcomes are shown. */
    public String getReportMessage() {
        String outcome = Faces.getRequestParameter("report");
        return outcome != null && OUTCOMES.contains(outcome) ? Texts.get(CommunityMessages.reportKey(outcome)) : null;
    }

    /** "Your review is published/updated", after the editor sent the author back here. */
    public String getReviewMessage() {
        String outcome = Faces.getRequestParameter("review");
        return "posted".equals(outcome) || "changed".equals(outcome) ? Texts.get("review." + outcome) : null;
    }

    public boolean isReportSent() {
        return "sent".equals(Faces.getRequestParameter("report"));
    }
}
