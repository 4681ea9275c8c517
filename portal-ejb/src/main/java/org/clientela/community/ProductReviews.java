package org.clientela.community;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clientela.account.CustomerDirectory;
import org.clientela.community.ReviewRefusal.Reason;
import org.clientela.crm.FollowUpReason;
import org.clientela.crm.FollowUpTasks;
import org.clientela.crm.InteractionRecorder;
import org.clientela.crm.InteractionType;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.Roles;
import org.clientela.store.OrderStatus;
import org.clientela.store.Product;

/**
 * Product reviews: writing (one per customer and product: writing again revises it), reading
 * them on the product page, and the rating in numbers.
 *
 * <p>Reviews are the person's own, never written for an account they act for. Like ordering, it
 * needs a verified email address. "Verified purchase" means the author's own account has an
 * order with the SKU that reached DELIVERED at some point: a later return does not undo having
 * had it in hand, and invoice orders paid after delivery count too. It is asked again on every
 * write. The review, the product's rating, the CRM interaction and a follow-up task for one or
 * two stars commit together.
 */
@Stateless
public class ProductReviews {

    /** Reviews per page on the product page. */
    public static final int PAGE_SIZE = 20;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CustomerDirectory directory;

    @Inject
    private PostingLimits limits;

    @Inject
    private ProductRatings ratings;

    @Inject
    private InteractionRecorder interactions;

    @Inject
    private FollowUpTasks followUps;

    /**
     * Writes the actor's review of the product, or revises the one they wrote before.
     *
     * @throws ReviewRefusal for a bad form, an unknown product or an unverified address
     * @throws PostingLimitExceeded when they wrote or changed too many reviews this hour
     */
    @RolesAllowed(Roles.CUSTOMER)
    public Review write(@NotNull Actor actor, String sku, ReviewForm form) {
        Review.validate(form);
        Customer author = author(actor);
        Product product = activeProduct(sku).orElseThrow(() -> new ReviewRefusal(Reason.PRODUCT_UNKNOWN));
        limits.check(PostKind.REVIEW, author.getId());

        Instant now = Instant.now();
        boolean verified = hasReceived(author, product.getSku());
        Optional<Review> existing = find(author, product);
        Review review;
        if (existing.isPresent()) {
            review = existing.get();
            review.revise(form, verified, now);
        } else {
            review = new Review(product, author, form, verified, now);
            em.persist(review);
        }
        ratings.recompute(product);

        String summary = stars(review.getRating()) + " "
                + product.textIn(form.language()).getName();
        interactions.record(
                author,
                existing.isPresent() ? InteractionType.REVIEW_CHANGED : InteractionType.REVIEW_POSTED,
                Channel.WEB,
                actor,
                review.reference(),
                summary);
        if (review.isNegative()) {
            // one open task per review: changing it again while staff look into it asks nothing more
            followUps.open(author, FollowUpReason.NEGATIVE_REVIEW, review.reference(), summary);
        }
        return review;
    }

    /** The actor's own review of the product, for the edit form. */
    @RolesAllowed(Roles.CUSTOMER)
    public Optional<Review> mine(@NotNull Actor actor, String sku) {
        Optional<Customer> author = directory.findBySubject(actor.subject());
        if (author.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select r from Review r join fetch r.product where r.author = :author and r.product.sku = :sku",
                        Review.class)
                .setParameter("author", author.get())
                .setParameter("sku", sku)
                .getResultStream()
                .findFirst();
    }

    /** A page (from 0) of the product's visible reviews, newest first, with their authors' names. */
    @PermitAll
    public List<ShownReview> forProduct(String sku, int page) {
        return em.createQuery(
                        "select r from Review r join fetch r.author where r.product.sku = :sku and r.hiddenAt is null"
                                + " order by r.createdAt desc, r.id desc",
                        Review.class)
                .setParameter("sku", sku)
                .setFirstResult(Math.max(0, page) * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE)
                .getResultStream()
                .map(ShownReview::of)
                .toList();
    }

    /** Average, count and distribution of the product's visible reviews. */
    @PermitAll
    public RatingSummary summary(String sku) {
        return ratings.summary(sku);
    }

    /** "★★★☆☆ 3/5": how the timeline and the tasks show a rating. */
    static String stars(int rating) {
        return "★".repeat(rating) + "☆".repeat(Review.MAX_RATING - rating) + " " + rating + "/" + Review.MAX_RATING;
    }

    private Customer author(Actor actor) {
        Customer author = directory
                .findBySubject(actor.subject())
                .filter(Customer::isUsable)
                .orElseThrow(() -> new ReviewRefusal(Reason.EMAIL_NOT_VERIFIED));
        if (!author.isEmailVerified()) {
            throw new ReviewRefusal(Reason.EMAIL_NOT_VERIFIED);
        }
        return author;
    }

    private Optional<Product> activeProduct(String sku) {
        return em.createQuery("select p from Product p where p.sku = :sku and p.active = true", Product.class)
                .setParameter("sku", sku)
                .getResultStream()
                .findFirst();
    }

    private Optional<Review> find(Customer author, Product product) {
        return em.createQuery("select r from Review r where r.author = :author and r.product = :product", Review.class)
                .setParameter("author", author)
                .setParameter("product", product)
                .getResultStream()
                .findFirst();
    }

    /** Whether an order of the customer's with the SKU was ever delivered (its timeline says so). */
    boolean hasReceived(Customer customer, String sku) {
        Object found = em.createNativeQuery("select count(*) from customer_order o"
                        + " where o.customer_id = ?1"
                        + " and exists (select 1 from order_line l where l.order_id = o.id and l.sku = ?2)"
                        + " and exists (select 1 from order_step s where s.order_id = o.id and s.status = ?3)")
                .setParameter(1, customer.getId())
                .setParameter(2, sku)
                .setParameter(3, OrderStatus.DELIVERED.name())
                .getSingleResult();
        return ((Number) found).longValue() > 0;
    }
}
