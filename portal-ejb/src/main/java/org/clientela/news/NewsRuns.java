package org.clientela.news;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clientela.mail.MailOutbox;
import org.clientela.mail.MailTemplate;
import org.clientela.mail.OutboxMail;
import org.clientela.platform.PortalSettings;

/**
 * The steps of a news run, each its own transaction: open the run of a published translation
 * (once: its key is unique), then send batch after batch to the matching subscribers. Matching
 * happens in the database, a batch at a time, walking subscription ids upwards, so memory stays
 * flat however many subscribers there are.
 */
@Stateless
@PermitAll
public class NewsRuns {

    static final int BATCH_SIZE = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailOutbox outbox;

    @Inject
    private NewsSubscriptions subscriptions;

    /** The run of this translation, opened the first time it is asked for. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long openArticleRun(long translationId) {
        Optional<NewsRun> existing = em.createQuery("select r from NewsRun r where r.runKey = :key", NewsRun.class)
                .setParameter("key", NewsRun.key(translationId))
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        NewsRun run = NewsRun.ofArticle(translationId, Instant.now());
        em.persist(run);
        em.flush();
        return run.getId();
    }

    /**
     * Queues the mails of the next batch of matching subscribers and moves the cursor past them, in
     * one transaction.
     *
     * @return whether the run has more to do
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendNextBatch(long runId, int batchSize) {
        NewsRun run = em.find(NewsRun.class, runId);
        if (run == null || run.getStatus() == NewsRun.Status.DONE) {
            return false;
        }
        ArticleTranslation translation = em.find(ArticleTranslation.class, run.getTranslationId());
        Instant now = Instant.now();
        if (translation == null || !translation.isPublic()) {
            run.finish(now); // withdrawn before its mails went out: nobody gets it any more
            return false;
        }
        List<Long> ids = matchingSubscriptions(translation, run.getCursorId(), batchSize);
        if (ids.isEmpty()) {
            run.finish(now);
            return false;
        }
        List<NewsSubscription> batch = em.createQuery(
                        "select s from NewsSubscription s left join fetch s.customer where s.id in :ids order by s.id",
                        NewsSubscription.class)
                .setParameter("ids", ids)
                .getResultList();
        PublishedArticle article = PublishedArticle.of(translation);
        int mails = 0;
        for (NewsSubscription subscription : batch) {
            if (subscription.getCustomer() != null
                    && !subscription.getCustomer().isUsable()) {
                continue;
            }
            OutboxMail mail = outbox.queueUnsubscribable(
                    MailTemplate.NEWS_ARTICLE,
                    subscription.getLanguage(),
                    subscription.recipient(),
                    subscription.getCustomer(),
                    subscriptions.oneClickLink(subscription),
                    article.title(),
                    article.summary() == null ? "" : article.summary(),
                    PortalSettings.link(article.path()),
                    subscriptions.unsubscribeLink(subscription));
            // the sequence gave the mail its id on persist: no flush per mail
            em.persist(new NewsDelivery(run, subscription, mail.getId(), now));
            mails++;
        }
        run.advance(ids.get(ids.size() - 1), mails);
        if (ids.size() < batchSize) {
            run.finish(now);
            return false;
        }
        return true;
    }

    public List<Long> runningRuns() {
        return em.createQuery("select r.id from NewsRun r where r.status = :running order by r.id", Long.class)
                .setParameter("running", NewsRun.Status.RUNNING)
                .getResultList();
    }

    /** Mails of a translation's run by their outbox status, for the desk. */
    public List<Object[]> mailCounts(long translationId) {
        return em.createQuery(
                        "select m.status, count(m) from NewsDelivery d, OutboxMail m, NewsRun r"
                                + " where d.mailId = m.id and d.run = r and r.translationId = :translation"
                                + " group by m.status",
                        Object[].class)
                .setParameter("translation", translationId)
                .getResultList();
    }

    /**
     * Active immediate subscribers after the cursor whose languages include the translation's and
     * whose categories include one of the article's or an ancestor of one.
     */
    @SuppressWarnings("unchecked")
    private List<Long> matchingSubscriptions(ArticleTranslation translation, long cursor, int max) {
        Set<Long> categories = new HashSet<>();
        for (NewsCategory category : translation.getArticle().getCategories()) {
            for (NewsCategory up = category; up != null; up = up.getParent()) {
                categories.add(up.getId());
            }
        }
        if (categories.isEmpty()) {
            return List.of();
        }
        List<Number> ids = em.createNativeQuery("select distinct s.id from news_subscription s"
                        + " join news_subscription_category sc on sc.subscription_id = s.id"
                        + " where s.status = 'ACTIVE' and s.frequency = 'IMMEDIATE' and s.id > :cursor"
                        + " and sc.category_id in (:categories)"
                        + " and (',' || s.languages || ',') like :language"
                        + " order by s.id")
                .setParameter("cursor", cursor)
                .setParameter("categories", categories)
                .setParameter("language", "%," + translation.getLanguage().tag() + ",%")
                .setMaxResults(max)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
