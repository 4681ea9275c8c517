package org.clientela.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clientela.account.CustomerDirectory;
import org.clientela.community.ReviewRefusal.Reason;
import org.clientela.crm.FollowUpReason;
import org.clientela.crm.InteractionType;
import org.clientela.it.support.incontainer.AsAdmin;
import org.clientela.it.support.incontainer.AsContentManager;
import org.clientela.it.support.incontainer.AsCustomer;
import org.clientela.mail.MailTemplate;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.SignInIdentity;
import org.clientela.store.CatalogSync;
import org.clientela.store.CategoryData;
import org.clientela.store.Checkout;
import org.clientela.store.CheckoutRequest;
import org.clientela.store.DeliveryMethod;
import org.clientela.store.OrderAddress;
import org.clientela.store.OrderDesk;
import org.clientela.store.OrderReceipt;
import org.clientela.store.OrderStatus;
import org.clientela.store.PaymentMethod;
import org.clientela.store.ProductData;
import org.clientela.store.Shipment;
import org.clientela.store.SyncReport;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Reviews inside the server: verified purchase from a delivered order, one review per customer
 * and product, refused forms keep nothing, low ratings open one follow-up task, the product's
 * rating follows writes and hiding, hiding tells the author, only moderators hide, reports once
 * and never of one's own post, and the hourly limit.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewsIT {

    private static final String REVIEW_LIMIT = "clientela.community.limit.reviews";
    private static final Actor MODERATOR = new Actor("it-moderator", "Maria Moderator");

    @Inject
    ProductReviews reviews;

    @Inject
    ReviewModeration moderation;

    @Inject
    ContentReports reports;

    @Inject
    ReviewPersonalData personalData;

    @Inject
    Checkout checkout;

    @Inject
    OrderDesk desk;

    @Inject
    CatalogSync catalog;

    @Inject
    CustomerDirectory directory;

    @Inject
    AsCustomer asCustomer;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsContentManager asContentManager;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    String key;
    String category;

    @BeforeEach
    void aCategory() throws Exception {
        key = UUID.randomUUID().toString().substring(0, 8);
        category = "reviews-" + key;
        asAdmin.call(() -> catalog.upsertCategories(
                List.of(new CategoryData(category, null, true, Map.of("en", "Reviews " + key)))));
    }

    @Test
    void aDeliveredOrderMakesTheReviewAVerifiedPurchase() throws Exception {
        String sku = product("VERIFIED");
        Customer delivered = customer();
        Customer placedOnly = customer();
        Customer noOrder = customer();
        OrderReceipt order = order(delivered, sku);
        move(order, OrderStatus.CONFIRMED, null);
        move(order, OrderStatus.SHIPPED, new Shipment("DHL", "R" + key, null));
        move(order, OrderStatus.DELIVERED, null);
        order(placedOnly, sku);

        assertTrue(write(delivered, sku, 5, "Works well").isVerified());
        assertFalse(write(placedOnly, sku, 4, "Not here yet").isVerified(), "a placed order is not a purchase had");
        assertFalse(write(noOrder, sku, 3, "Saw it at a friend's").isVerified());
        assertEquals(
                List.of(true, false, false),
                List.of(verified(delivered, sku), verified(placedOnly, sku), verified(noOrder, sku)),
                "as stored");
    }

    @Test
    void writingAgainEditsTheOneReview() throws Exception {
        String sku = product("ONCE");
        Customer olena = customer();
        Review first = write(olena, sku, 5, "Great");
        Review second = write(olena, sku, 4, "Good after a month");

        assertEquals(first.getId(), second.getId());
        assertEquals(1, count("select count(r) from Review r where r.author.id = ?1", olena.getId()));
        Review stored =
                asCustomer.call(() -> reviews.mine(Actor.of(olena), sku)).orElseThrow();
        assertEquals(4, stored.getRating());
        assertEquals("Good after a month", stored.getBody());
        assertEquals(1, interactions(olena, InteractionType.REVIEW_POSTED));
        assertEquals(1, interactions(olena, InteractionType.REVIEW_CHANGED));
        assertEquals(
                2,
                count(
                        "select count(i) from Interaction i where i.customer.id = ?1 and i.reference = ?2",
                        olena.getId(),
                        "review:" + first.getId()),
                "both writes name the one review");
    }

    @Test
    void badFormsAreRefusedAndNothingIsSaved() throws Exception {
        String sku = product("BAD");
        Customer olena = customer();
        assertEquals(Reason.RATING_MISSING, refusal(olena, sku, new ReviewForm(null, null, "text", Language.EN)));
        assertEquals(Reason.RATING_OUT_OF_RANGE, refusal(olena, sku, new ReviewForm(0, null, "text", Language.EN)));
        assertEquals(Reason.RATING_OUT_OF_RANGE, refusal(olena, sku, new ReviewForm(6, null, "text", Language.EN)));
        assertEquals(Reason.BODY_MISSING, refusal(olena, sku, new ReviewForm(3, null, "  ", Language.EN)));
        assertEquals(Reason.BODY_TOO_LONG, refusal(olena, sku, new ReviewForm(3, null, "x".repeat(4001), Language.EN)));
        assertEquals(
                Reason.TITLE_TOO_LONG, refusal(olena, sku, new ReviewForm(3, "t".repeat(201), "text", Language.EN)));
        assertEquals(
                Reason.PRODUCT_UNKNOWN,
                refusal(olena, "NO-SUCH-" + key.toUpperCase(), new ReviewForm(3, null, "text", Language.EN)));
        Customer unverified = customer(false);
        assertEquals(Reason.EMAIL_NOT_VERIFIED, refusal(unverified, sku, new ReviewForm(3, null, "text", Language.EN)));

        assertEquals(0, count("select count(r) from Review r where r.product.sku = ?1", sku));
        assertEquals(0, ratingCount(sku));
        assertEquals(0, interactions(olena, InteractionType.REVIEW_POSTED));

        // a refused edit leaves the review as it was
        write(olena, sku, 4, "Fine");
        assertEquals(Reason.RATING_OUT_OF_RANGE, refusal(olena, sku, new ReviewForm(6, null, "Bad", Language.EN)));
        assertEquals(
                4,
                asCustomer
                        .call(() -> reviews.mine(Actor.of(olena), sku))
                        .orElseThrow()
                        .getRating());
    }

    @Test
    void oneOrTwoStarsOpenExactlyOneTaskAndFourStarsNone() throws Exception {
        String sku = product("TASK");
        Customer unhappy = customer();
        Customer happy = customer();
        Review bad = write(unhappy, sku, 1, "Broke on day one");
        write(unhappy, sku, 2, "Broke on day one, the shop replaced it");
        Review good = write(happy, sku, 4, "Fine kettle");

        assertEquals(
                1,
                count(
                        "select count(t) from FollowUpTask t where t.reference = ?1 and t.reason = ?2",
                        "review:" + bad.getId(),
                        FollowUpReason.NEGATIVE_REVIEW),
                "one task for the review however often it changes");
        assertEquals(0, count("select count(t) from FollowUpTask t where t.reference = ?1", "review:" + good.getId()));
    }

    @Test
    void theProductRatingFollowsWritesHidingAndShowing() throws Exception {
        String sku = product("RATING");
        Customer olena = customer();
        Customer ivan = customer();
        write(olena, sku, 5, "Great");
        Review low = write(ivan, sku, 2, "Too loud");
        assertRating(sku, "3.50", 2);
        RatingSummary summary = reviews.summary(sku);
        assertEquals(List.of(0L, 1L, 0L, 0L, 1L), summary.perStar());

        asContentManager.call(() -> {
            moderation.hide(MODERATOR, low.getId(), "Insults the shop staff");
            return null;
        });
        assertRating(sku, "5.00", 1);
        assertEquals(1, reviews.summary(sku).count());
        assertEquals(1, reviews.forProduct(sku, 0).size(), "the hidden one is not shown");
        assertEquals(1, interactions(ivan, InteractionType.REVIEW_HIDDEN));
        assertEquals(
                1,
                count(
                        "select count(m) from OutboxMail m where m.customer.id = ?1 and m.template = ?2",
                        ivan.getId(),
                        MailTemplate.REVIEW_HIDDEN.key()),
                "the author is told");
        Review hidden = em.find(Review.class, low.getId());
        assertEquals("Insults the shop staff", hidden.getHiddenReason());
        assertEquals("Maria Moderator", hidden.getHiddenBy());

        assertEquals(
                Reason.HIDE_REASON_MISSING,
                assertThrows(
                                ReviewRefusal.class,
                                () -> asContentManager.call(() -> {
                                    moderation.hide(MODERATOR, low.getId(), " ");
                                    return null;
                                }))
                        .getReason());

        asContentManager.call(() -> {
            moderation.show(MODERATOR, low.getId());
            return null;
        });
        assertRating(sku, "3.50", 2);
        assertNull(em.find(Review.class, low.getId()).getHiddenAt());
    }

    @Test
    void onlyModeratorsHide() throws Exception {
        String sku = product("ROLES");
        Customer olena = customer();
        Review review = write(olena, sku, 3, "So-so");
        assertAccessRefused(() -> moderation.hide(MODERATOR, review.getId(), "no reason"));
        assertAccessRefused(() -> asCustomer.call(() -> {
            moderation.hide(Actor.of(olena), review.getId(), "I do not like it");
            return null;
        }));
        assertAccessRefused(() -> asCustomer.call(() -> reports.open(10)));
        assertFalse(em.find(Review.class, review.getId()).isHidden());
    }

    @Test
    void aPostIsReportedOnceAndNeverByItsAuthor() throws Exception {
        String sku = product("REPORT");
        Customer author = customer();
        Customer reader = customer();
        Review review = write(author, sku, 5, "Buy it at the other shop, cheaper");

        ContentReport report =
                asCustomer.call(() -> reports.report(PostKind.REVIEW, review.getId(), Actor.of(reader), "Advertising"));
        assertEquals(ReportRefusal.Reason.ALREADY_REPORTED, reportRefusal(reader, review.getId(), "Still advertising"));
        assertEquals(ReportRefusal.Reason.OWN_POST, reportRefusal(author, review.getId(), "Mine"));
        assertEquals(ReportRefusal.Reason.REASON_MISSING, reportRefusal(customer(), review.getId(), " "));
        assertEquals(ReportRefusal.Reason.POST_UNKNOWN, reportRefusal(reader, Long.MAX_VALUE - 3, "Spam"));
        assertEquals(
                1,
                count(
                        "select count(c) from ContentReport c where c.kind = ?1 and c.targetId = ?2",
                        PostKind.REVIEW,
                        review.getId()));
        assertEquals(1, interactions(reader, InteractionType.CONTENT_REPORTED));

        List<ModeratedReview> reported = asContentManager.call(() -> moderation.reported(Language.EN, 500));
        ModeratedReview listed = reported.stream()
                .filter(r -> r.id() == review.getId())
                .findFirst()
                .orElseThrow(() -> new AssertionError("the reported review is listed"));
        assertEquals(
                List.of("Advertising"),
                listed.reports().stream().map(OpenReport::reason).toList());
        assertTrue(
                asContentManager.call(() -> reports.open(1000)).stream().anyMatch(open -> open.id() == report.getId()));

        assertTrue(asContentManager.call(() -> reports.resolve(MODERATOR, report.getId())));
        assertFalse(asContentManager.call(() -> reports.resolve(MODERATOR, report.getId())), "once");
        assertTrue(asContentManager.call(() -> moderation.reported(Language.EN, 500)).stream()
                .noneMatch(r -> r.id() == review.getId()));
    }

    @Test
    void theHourlyLimitRefusesOneReviewTooMany() throws Exception {
        String first = product("LIMIT1");
        String second = product("LIMIT2");
        String third = product("LIMIT3");
        Customer busy = customer();
        String before = System.getProperty(REVIEW_LIMIT);
        System.setProperty(REVIEW_LIMIT, "2");
        try {
            write(busy, first, 4, "One");
            write(busy, second, 4, "Two");
            PostingLimitExceeded exceeded =
                    assertThrows(PostingLimitExceeded.class, () -> write(busy, third, 4, "Three"));
            assertEquals(PostKind.REVIEW, exceeded.getKind());
            assertEquals(2, exceeded.getLimit());
        } finally {
            if (before == null) {
                System.clearProperty(REVIEW_LIMIT);
            } else {
                System.setProperty(REVIEW_LIMIT, before);
            }
        }
        assertEquals(0, count("select count(r) from Review r where r.product.sku = ?1", third));
        assertEquals(2, count("select count(r) from Review r where r.author.id = ?1", busy.getId()));
    }

    @Test
    void myDataHoldsTheReviewsAndClosingDeletesThemFromTheRating() throws Exception {
        String sku = product("MYDATA");
        Customer leaving = customer();
        Customer staying = customer();
        write(leaving, sku, 1, "My words " + key);
        write(staying, sku, 5, "Lovely");
        assertRating(sku, "3.00", 2);
        assertTrue(personalData.export(leaving.getId()).toString().contains("My words " + key));

        tx.begin();
        personalData.erase(leaving.getId());
        tx.commit();
        assertEquals(0, count("select count(r) from Review r where r.author.id = ?1", leaving.getId()));
        assertRating(sku, "5.00", 1);
    }

    private Review write(Customer author, String sku, int rating, String body) throws Exception {
        return asCustomer.call(
                () -> reviews.write(Actor.of(author), sku, new ReviewForm(rating, null, body, Language.EN)));
    }

    private Reason refusal(Customer author, String sku, ReviewForm form) {
        return assertThrows(
                        ReviewRefusal.class, () -> asCustomer.call(() -> reviews.write(Actor.of(author), sku, form)))
                .getReason();
    }

    private ReportRefusal.Reason reportRefusal(Customer reporter, long reviewId, String reason) {
        return assertThrows(
                        ReportRefusal.class,
                        () -> asCustomer.call(
                                () -> reports.report(PostKind.REVIEW, reviewId, Actor.of(reporter), reason)))
                .getReason();
    }

    /** The container may hand the refusal through the calling bean wrapped: look down the causes. */
    private static void assertAccessRefused(Executable call) {
        Throwable thrown = assertThrows(Exception.class, call);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return;
            }
        }
        throw new AssertionError("expected EJBAccessException", thrown);
    }

    private boolean verified(Customer author, String sku) {
        return em.createQuery(
                        "select r.verified from Review r where r.author.id = :author and r.product.sku = :sku",
                        Boolean.class)
                .setParameter("author", author.getId())
                .setParameter("sku", sku)
                .getSingleResult();
    }

    private void assertRating(String sku, String average, int count) {
        Object[] rating = em.createQuery(
                        "select p.ratingAverage, p.ratingCount from Product p where p.sku = :sku", Object[].class)
                .setParameter("sku", sku)
                .getSingleResult();
        assertEquals(0, new BigDecimal(average).compareTo((BigDecimal) rating[0]), () -> "average " + rating[0]);
        assertEquals(count, ((Number) rating[1]).intValue());
    }

    private int ratingCount(String sku) {
        return em.createQuery("select p.ratingCount from Product p where p.sku = :sku", Integer.class)
                .setParameter("sku", sku)
                .getSingleResult();
    }

    private long interactions(Customer customer, InteractionType type) {
        return count(
                "select count(i) from Interaction i where i.customer.id = ?1 and i.type = ?2", customer.getId(), type);
    }

    private long count(String jpql, Object... parameters) {
        var query = em.createQuery(jpql, Long.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getSingleResult();
    }

    private OrderReceipt order(Customer customer, String sku) throws Exception {
        OrderAddress address = new OrderAddress("Olena Kovalenko", "ul. Vitosha 1", "1000", "Sofia", "BG");
        CheckoutRequest request = new CheckoutRequest(
                UUID.randomUUID().toString(),
                new LinkedHashMap<>(Map.of(sku, 1)),
                new BigDecimal("16.90"),
                address,
                address,
                DeliveryMethod.STANDARD,
                PaymentMethod.INVOICE,
                null,
                Language.EN);
        return asCustomer.call(() -> checkout.place(Actor.of(customer), customer.getId(), request));
    }

    private void move(OrderReceipt order, OrderStatus status, Shipment shipment) throws Exception {
        asAdmin.call(() -> desk.move(order.id(), status, shipment, new Actor("erp-connector", "ERP"), Channel.API));
    }

    /** A product at 10.00 net plus 20 % VAT (12.00; 16.90 with standard delivery). */
    private String product(String name) throws Exception {
        String sku = name + "-" + key.toUpperCase();
        SyncReport report = asAdmin.call(() -> catalog.upsert(List.of(new ProductData(
                sku,
                category,
                new BigDecimal("10.00"),
                new BigDecimal("20"),
                20,
                true,
                null,
                null,
                null,
                Map.of("en", new ProductData.Text("Kettle " + name.toLowerCase() + " " + key, null))))));
        assertTrue(report.errors().isEmpty(), report::toString);
        return sku;
    }

    private Customer customer() throws Exception {
        return customer(true);
    }

    private Customer customer(boolean verified) throws Exception {
        String subject = UUID.randomUUID().toString();
        tx.begin();
        Customer customer = directory.recogniseSignIn(
                new SignInIdentity(subject, subject + "@clientela.test", "Olena", "Kovalenko", Language.EN, verified));
        tx.commit();
        return customer;
    }
}
