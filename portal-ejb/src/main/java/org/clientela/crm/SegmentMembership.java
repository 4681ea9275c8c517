package org.clientela.crm;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of some customers a saved segment holds, for senders that run without a signed-in user
 * (the news runs of a targeted campaign). It reads, never changes, and tells nothing about
 * customers beyond the ones it is asked about.
 */
@Stateless
@PermitAll
public class SegmentMembership {

    @PersistenceContext
    private EntityManager em;

    /**
     * The ids among {@code customerIds} that segment {@code segmentId} holds now; none when the
     * segment is gone (nobody is in a segment that does not exist).
     */
    @SuppressWarnings("unchecked")
    public Set<Long> membersAmong(long segmentId, Collection<Long> customerIds) {
        Segment segment = em.find(Segment.class, segmentId);
        if (segment == null || customerIds.isEmpty()) {
            return Set.of();
        }
        SegmentQuery query = new SegmentQuery(segment.criteria(), Instant.now());
        Query sql = em.createNativeQuery(query.membersAmong());
        query.parameters.forEach(sql::setParameter);
        sql.setParameter("ids", customerIds);
        Set<Long> members = new HashSet<>();
        for (Number id : (List<Number>) sql.getResultList()) {
            members.add(id.longValue());
        }
        return members;
    }
}
