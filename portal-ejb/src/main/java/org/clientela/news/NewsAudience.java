package org.clientela.news;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.clientela.crm.Segment;
import org.clientela.crm.SegmentRefusal;
import org.clientela.platform.Roles;

/**
 * The audience of an article: everyone who subscribed to what it is about, or, for a targeted
 * campaign, only those of them who are customers in a segment. Consent stays as it is: a segment
 * narrows the subscribers, it never adds anyone who did not subscribe.
 */
@Stateless
@RolesAllowed({Roles.CONTENT_MANAGER, Roles.SALES_MANAGER, Roles.ADMIN})
public class NewsAudience {

    @PersistenceContext
    private EntityManager em;

    /**
     * Targets article {@code articleId} at segment {@code segmentId}, or at every subscriber when
     * it is null. Runs already sent stay as they were; later runs and digests follow the change.
     */
    public void target(long articleId, Long segmentId) {
        Article article = em.find(Article.class, articleId);
        if (article == null) {
            throw new NewsException(NewsException.Reason.NOT_FOUND, "article " + articleId);
        }
        if (segmentId != null && em.find(Segment.class, segmentId) == null) {
            throw new SegmentRefusal(SegmentRefusal.Reason.SEGMENT_NOT_FOUND);
        }
        article.target(segmentId);
    }
}
