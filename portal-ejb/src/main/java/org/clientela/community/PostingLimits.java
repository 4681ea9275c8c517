package org.clientela.community;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Per-customer rate limits on posting: questions, answers and reviews each have their own count
 * per hour. The services that write posts call {@link #check} first, in their transaction.
 *
 * <p>Limits come from system properties {@code clientela.community.limit.questions} (default 5),
 * {@code .answers} (20) and {@code .reviews} (10), read on every call so an admin can change them
 * on a running server. A review counts when it was written or last changed within the hour.
 */
@Stateless
@PermitAll
public class PostingLimits {

    public static final Duration WINDOW = Duration.ofHours(1);

    @PersistenceContext
    private EntityManager em;

    /** @throws PostingLimitExceeded when the customer already posted the hour's allowance of this kind */
    public void check(PostKind kind, long customerId) {
        int limit = limit(kind);
        if (postedWithinWindow(kind, customerId) >= limit) {
            throw new PostingLimitExceeded(kind, limit);
        }
    }

    /** The posts of {@code kind} an hour allows one customer. */
    public static int limit(PostKind kind) {
        String name = switch (kind) {
            case QUESTION -> "questions";
            case ANSWER -> "answers";
            case REVIEW -> "reviews";
        };
        int fallback = switch (kind) {
            case QUESTION -> 5;
            case ANSWER -> 20;
            case REVIEW -> 10;
        };
        try {
            int limit = Integer.parseInt(
                    System.getProperty("clientela.community.limit." + name, "").strip());
            return limit > 0 ? limit : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    long postedWithinWindow(PostKind kind, long customerId) {
        // a review's updated_at is never before its created_at: it covers both
        String time = kind == PostKind.REVIEW ? "updated_at" : "created_at";
        Object count = em.createNativeQuery(
                        "select count(*) from " + kind.table() + " where author_id = ?1 and " + time + " >= ?2")
                .setParameter(1, customerId)
                .setParameter(2, Timestamp.from(Instant.now().minus(WINDOW)))
                .getSingleResult();
        return ((Number) count).longValue();
    }
}
