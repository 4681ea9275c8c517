package org.clientela.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.clientela.platform.PersonalData;
import org.clientela.store.Product;

/**
 * The reviews' part of "my data": the customer's reviews, hidden ones too, and the reports they
 * made. Closing the account deletes both (a review's text may name its author) and counts the
 * ratings of the products concerned again.
 */
@ApplicationScoped
public class ReviewPersonalData implements PersonalData {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProductRatings ratings;

    @Override
    public String section() {
        return "reviews";
    }

    @Override
    public JsonValue export(long customerId) {
        JsonArrayBuilder reviews = Json.createArrayBuilder();
        reviewsOf(customerId).forEach(review -> {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("sku", review.getProduct().getSku())
                    .add("rating", review.getRating())
                    .add("body", review.getBody())
                    .add("language", review.getLanguage().tag())
                    .add("verifiedPurchase", review.isVerified())
                    .add("createdAt", review.getCreatedAt().toString())
                    .add("updatedAt", review.getUpdatedAt().toString());
            if (review.getTitle() != null) {
                json.add("title", review.getTitle());
            }
            if (review.isHidden()) {
                json.add("hiddenAt", review.getHiddenAt().toString()).add("hiddenReason", review.getHiddenReason());
            }
            reviews.add(json);
        });
        JsonArrayBuilder reports = Json.createArrayBuilder();
        reportsOf(customerId)
                .forEach(report -> reports.add(Json.createObjectBuilder()
                        .add("post", report.getKind().reference(report.getTargetId()))
                        .add("reason", report.getReason())
                        .add("createdAt", report.getCreatedAt().toString())));
        return Json.createObjectBuilder()
                .add("reviews", reviews)
                .add("reports", reports)
                .build();
    }

    @Override
    public void erase(long customerId) {
        Set<Product> products = new LinkedHashSet<>();
        reviewsOf(customerId).forEach(review -> {
            products.add(review.getProduct());
            em.remove(review);
        });
        reportsOf(customerId).forEach(em::remove);
        products.forEach(ratings::recompute);
    }

    private List<Review> reviewsOf(long customerId) {
        return em.createQuery(
                        "select r from Review r join fetch r.product where r.author.id = :customer order by r.createdAt",
                        Review.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    private List<ContentReport> reportsOf(long customerId) {
        return em.createQuery(
                        "select c from ContentReport c where c.reporter.id = :customer order by c.createdAt",
                        ContentReport.class)
                .setParameter("customer", customerId)
                .getResultList();
    }
}
