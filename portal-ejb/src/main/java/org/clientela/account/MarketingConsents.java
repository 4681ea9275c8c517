package org.clientela.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of some customers agreed to a kind of marketing, for the senders of marketing mail (the
 * news runs of a targeted campaign), which run without a signed-in user. The newest record per
 * topic is the consent in force; no record is no consent.
 */
@Stateless
@PermitAll
public class MarketingConsents {

    @PersistenceContext
    private EntityManager em;

    /** The ids among {@code customerIds} whose consents in force grant every one of {@code topics}. */
    public Set<Long> grantingAll(Collection<Long> customerIds, Set<ConsentTopic> topics) {
        Set<Long> granting = new HashSet<>(customerIds);
        for (ConsentTopic topic : topics) {
            if (granting.isEmpty()) {
                break;
            }
            List<Long> found = em.createQuery(
                            "select r.customer.id from ConsentRecord r where r.customer.id in :ids"
                                    + " and r.topic = :topic and r.granted = true"
                                    + " and not exists (select n from ConsentRecord n where n.customer = r.customer"
                                    + " and n.topic = r.topic and (n.recordedAt > r.recordedAt"
                                    + " or (n.recordedAt = r.recordedAt and n.id > r.id)))",
                            Long.class)
                    .setParameter("ids", granting)
                    .setParameter("topic", topic)
                    .getResultList();
            granting.retainAll(new HashSet<>(found));
        }
        return granting;
    }
}
