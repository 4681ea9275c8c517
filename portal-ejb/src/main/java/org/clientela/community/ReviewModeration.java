package org.clientela.community;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clientela.community.ReviewRefusal.Reason;
import org.clientela.crm.InteractionRecorder;
import org.clientela.crm.InteractionType;
import org.clientela.mail.MailOutbox;
import org.clientela.mail.MailTemplate;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.Roles;

/**
 * Content managers and admins moderate reviews: they hide one with a reason (the author is told
 * by mail and the CRM records it), show it again, and go through the reported and the latest.
 * Hiding also resolves the open reports of the review: the moderator acted on them.
 */
@Stateless
@RolesAllowed({Roles.CONTENT_MANAGER, Roles.ADMIN})
public class ReviewModeration {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProductRatings ratings;

    @Inject
    private InteractionRecorder interactions;

    @Inject
    private MailOutbox outbox;

    /**
     * Hides the review; hiding a hidden one again only changes the reason.
     *
     * @throws ReviewRefusal without a reason, or for an unknown review
     */
    public void hide(@NotNull Actor moderator, long reviewId, String reason) {
        Review review = review(reviewId);
        Instant now = Instant.now();
        boolean wasVisible = review.hide(reason, moderator.name(), now);
        openReports(List.of(reviewId)).forEach(report -> report.resolve(moderator.name(), now));
        if (!wasVisible) {
            return;
        }
        ratings.recompute(review.getProduct());
        Customer author = review.getAuthor();
        Language language = author.getPreferredLanguage();
        String productName = review.getProduct().textIn(language).getName();
        interactions.record(
                author,
                InteractionType.REVIEW_HIDDEN,
                Channel.STAFF,
                moderator,
                review.reference(),
                "Hidden: " + productName + " — " + review.getHiddenReason());
        if (author.isUsable()) {
            outbox.queue(
                    MailTemplate.REVIEW_HIDDEN,
                    language,
                    author.getEmail(),
                    author,
                    null,
                    author.displayName(),
                    productName,
                    review.getHiddenReason());
        }
    }

    /** Shows a hidden review again and counts it in the rating. */
    public void show(@NotNull Actor moderator, long reviewId) {
        Review review = review(reviewId);
        if (review.show()) {
            ratings.recompute(review.getProduct());
        }
    }

    /** Reviews with open reports, the most recently changed first; product names in {@code language}. */
    public List<ModeratedReview> reported(Language language, int max) {
        return withReports(
                language,
                em.createQuery(
                                "select r from Review r join fetch r.product join fetch r.author where exists"
                                        + " (select 1 from ContentReport c where c.kind = :kind and c.targetId = r.id"
                                        + " and c.resolvedAt is null) order by r.updatedAt desc, r.id desc",
                                Review.class)
                        .setParameter("kind", PostKind.REVIEW)
                        .setMaxResults(max)
                        .getResultList());
    }

    /** The newest reviews, hidden ones included, the most recently changed first. */
    public List<ModeratedReview> latest(Language language, int max) {
        return withReports(
                language,
                em.createQuery(
                                "select r from Review r join fetch r.product join fetch r.author"
                                        + " order by r.updatedAt desc, r.id desc",
                                Review.class)
                        .setMaxResults(max)
                        .getResultList());
    }

    private List<ModeratedReview> withReports(Language language, List<Review> reviews) {
        if (reviews.isEmpty()) {
            return List.of();
        }
        Map<Long, List<OpenReport>> reports = openReports(
                        reviews.stream().map(Review::getId).toList())
                .stream()
                .map(OpenReport::of)
                .collect(Collectors.groupingBy(OpenReport::targetId));
        return reviews.stream()
                .map(r -> new ModeratedReview(
                        r.getId(),
                        r.getProduct().getSku(),
                        r.getProduct().textIn(language).getName(),
                        r.getAuthor().displayName(),
                        r.getRating(),
                        r.getTitle(),
                        r.getBody(),
                        r.getUpdatedAt(),
                        r.isHidden(),
                        r.getHiddenReason(),
                        r.getHiddenBy(),
                        reports.getOrDefault(r.getId(), List.of())))
                .toList();
    }

    private List<ContentReport> openReports(List<Long> reviewIds) {
        return em.createQuery(
                        "select c from ContentReport c join fetch c.reporter where c.kind = :kind"
                                + " and c.targetId in :ids and c.resolvedAt is null order by c.createdAt",
                        ContentReport.class)
                .setParameter("kind", PostKind.REVIEW)
                .setParameter("ids", reviewIds)
                .getResultList();
    }

    private Review review(long id) {
        Review review = em.find(Review.class, id);
        if (review == null) {
            throw new ReviewRefusal(Reason.REVIEW_UNKNOWN);
        }
        return review;
    }
}
