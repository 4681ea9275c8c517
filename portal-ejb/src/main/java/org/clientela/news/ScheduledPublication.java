package org.clientela.news;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.clientela.platform.Actor;

/** Publishes scheduled translations once their time has come; each in its own transaction. */
@Stateless
@PermitAll
public class ScheduledPublication {

    static final Actor SCHEDULER = new Actor(null, "Scheduler");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<TranslationPublished> published;

    public List<Long> due(Instant now) {
        return em.createQuery(
                        "select t.id from ArticleTranslation t where t.status = :scheduled and t.publishAt <= :now"
                                + " order by t.publishAt",
                        Long.class)
                .setParameter("scheduled", TranslationStatus.SCHEDULED)
                .setParameter("now", now)
                .getResultList();
    }

    /**
     * Publishes the translation if it is still scheduled and due: a translation withdrawn meanwhile,
     * or published by another node, is left as it is.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean publishIfDue(long translationId, Instant now) {
        ArticleTranslation translation = em.find(ArticleTranslation.class, translationId);
        if (translation == null
                || translation.getStatus() != TranslationStatus.SCHEDULED
                || translation.getPublishAt().isAfter(now)) {
            return false;
        }
        TranslationStatus from = translation.moveTo(TranslationStatus.PUBLISHED, null, now);
        em.persist(new TranslationStep(translation, from, TranslationStatus.PUBLISHED, SCHEDULER, now));
        published.fire(new TranslationPublished(translationId));
        return true;
    }
}
