package org.clientela.news;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clientela.account.ConsentTopic;
import org.clientela.account.MarketingConsents;
import org.clientela.crm.SegmentMembership;
import org.clientela.mail.MailOutbox;
import org.clientela.mail.MailStatus;
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

    /** The consents a targeted campaign needs: it is mailed, and chosen from what the customer did. */
    static final Set<ConsentTopic> CAMPAIGN_CONSENTS =
            EnumSet.of(ConsentTopic.EMAIL_OFFERS, ConsentTopic.PERSONALISED_OFFERS);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailOutbox outbox;

    @Inject
    private NewsSubscriptions subscriptions;

    @Inject
    private SegmentMembership segments;

    @Inject
    private MarketingConsents consents;

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

    /** The digest run of a period, opened the first time it is asked for. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long openDigestRun(Frequency frequency, String period) {
        Optional<NewsRun> existing = em.createQuery("select r from NewsRun r where r.runKey = :key", NewsRun.class)
                .setParameter("key", NewsRun.digestKey(frequency, period))
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        NewsRun run = NewsRun.ofDigest(frequency, period, Instant.now());
        em.persist(run);
        em.flush();
        return run.getId();
    }

    /**
     * Queues the mails of the next batch of subscribers and moves the cursor past them, in one
     * transaction.
     *
     * @return whether the run has more to do
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendNextBatch(long runId, int batchSize) {
        NewsRun run = em.find(NewsRun.class, runId);
        if (run == null || run.getStatus() == NewsRun.Status.DONE) {
            return false;
        }
        if (run.getKind() != NewsRun.Kind.ARTICLE) {
            return sendDigestBatch(run, batchSize);
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
        Long audience = translation.getArticle().getAudienceSegmentId();
        Set<Long> inAudience = audience == null ? Set.of() : audience(audience, customerIds(batch));
        int mails = 0;
        for (NewsSubscription subscription : batch) {
            if (subscription.getCustomer() != null
                    && !subscription.getCustomer().isUsable()) {
                continue;
            }
            if (audience != null && !inAudience(subscription, inAudience)) {
                continue; // a targeted campaign: this subscriber is not in its segment
            }
            deliver(
                    run,
                    subscription,
                    MailTemplate.NEWS_ARTICLE,
                    now,
                    article.title(),
                    article.summary() == null ? "" : article.summary(),
                    PortalSettings.link(article.path()));
            mails++;
        }
        return advance(run, ids, mails, batchSize, now);
    }

    /**
     * A digest batch: the next subscribers of the frequency, each with what was published in their
     * languages and categories since their last digest and before the run began; one mail each,
     * none when nothing is new. What the run began after waits for the next digest.
     */
    private boolean sendDigestBatch(NewsRun run, int batchSize) {
        Frequency frequency = Frequency.valueOf(run.getKind().name());
        @SuppressWarnings("unchecked")
        List<Number> found = em.createNativeQuery("select s.id from news_subscription s where s.status = 'ACTIVE'"
                        + " and s.frequency = :frequency and s.id > :cursor order by s.id")
                .setParameter("frequency", frequency.name())
                .setParameter("cursor", run.getCursorId())
                .setMaxResults(batchSize)
                .getResultList();
        Instant now = Instant.now();
        if (found.isEmpty()) {
            run.finish(now);
            return false;
        }
        List<Long> ids = found.stream().map(Number::longValue).toList();
        List<NewsSubscription> batch = em.createQuery(
                        "select distinct s from NewsSubscription s left join fetch s.customer"
                                + " left join fetch s.categories where s.id in :ids order by s.id",
                        NewsSubscription.class)
                .setParameter("ids", ids)
                .getResultList();
        Instant earliest = batch.stream()
                .map(NewsSubscription::digestSince)
                .filter(Objects::nonNull)
                .min(Instant::compareTo)
                .orElse(run.getStartedAt());
        List<ArticleTranslation> published = em.createQuery(
                        "select t from ArticleTranslation t join fetch t.article where t.status = :published"
                                + " and t.publishedAt > :since and t.publishedAt <= :until order by t.publishedAt",
                        ArticleTranslation.class)
                .setParameter("published", TranslationStatus.PUBLISHED)
                .setParameter("since", earliest)
                .setParameter("until", run.getStartedAt())
                .getResultList();
        // what each article is about and how it reads, worked out once for the whole batch
        Map<Long, Set<Long>> categoriesOf = new HashMap<>();
        Map<Long, PublishedArticle> readable = new HashMap<>();
        for (ArticleTranslation translation : published) {
            categoriesOf.put(translation.getId(), withAncestors(translation));
            readable.put(translation.getId(), PublishedArticle.of(translation));
        }
        // targeted articles: which of this batch's customers each audience segment holds, once per segment
        Map<Long, Set<Long>> audiences = new HashMap<>();
        List<Long> customers = customerIds(batch);
        for (ArticleTranslation translation : published) {
            Long audience = translation.getArticle().getAudienceSegmentId();
            if (audience != null && !audiences.containsKey(audience)) {
                audiences.put(audience, audience(audience, customers));
            }
        }
        int mails = 0;
        for (NewsSubscription subscription : batch) {
            if (subscription.getCustomer() != null
                    && !subscription.getCustomer().isUsable()) {
                continue;
            }
            Instant since = subscription.digestSince();
            List<PublishedArticle> news = published.stream()
                    .filter(t -> since == null || t.getPublishedAt().isAfter(since))
                    .filter(t -> subscription.wants(t.getLanguage(), categoriesOf.get(t.getId())))
                    .filter(t -> t.getArticle().getAudienceSegmentId() == null
                            || inAudience(
                                    subscription, audiences.get(t.getArticle().getAudienceSegmentId())))
                    .map(t -> readable.get(t.getId()))
                    .toList();
            subscription.digested(run.getStartedAt());
            if (news.isEmpty()) {
                continue;
            }
            StringBuilder list = new StringBuilder();
            for (PublishedArticle article : news) {
                list.append("- ")
                        .append(article.title())
                        .append("\n  ")
                        .append(PortalSettings.link(article.path()))
                        .append("\n");
            }
            deliver(
                    run,
                    subscription,
                    MailTemplate.NEWS_DIGEST,
                    now,
                    news.size(),
                    list.toString().trim());
            mails++;
        }
        return advance(run, ids, mails, batchSize, now);
    }

    /**
     * Queues one news mail (the template's arguments, then the unsubscribe link) and the delivery
     * row that makes it the only one of this run for this subscriber.
     */
    private void deliver(
            NewsRun run, NewsSubscription subscription, MailTemplate template, Instant now, Object... args) {
        NewsSubscriptions.UnsubscribeLinks links = subscriptions.unsubscribeLinks(subscription);
        Object[] withUnsubscribe = Arrays.copyOf(args, args.length + 1);
        withUnsubscribe[args.length] = links.page();
        OutboxMail mail = outbox.queueUnsubscribable(
                template,
                subscription.getLanguage(),
                subscription.recipient(),
                subscription.getCustomer(),
                links.oneClick(),
                withUnsubscribe);
        // the sequence gave the mail its id on persist: no flush per mail
        em.persist(new NewsDelivery(run, subscription, mail.getId(), now));
    }

    /** Moves the run past this batch; a short batch was the last. */
    private static boolean advance(NewsRun run, List<Long> ids, int mails, int batchSize, Instant now) {
        run.advance(ids.get(ids.size() - 1), mails);
        if (ids.size() < batchSize) {
            run.finish(now);
            return false;
        }
        return true;
    }

    private static List<Long> customerIds(List<NewsSubscription> batch) {
        return batch.stream()
                .filter(s -> s.getCustomer() != null)
                .map(s -> s.getCustomer().getId())
                .distinct()
                .toList();
    }

    /**
     * Who among the customers a targeted campaign reaches: the segment's members who agreed to
     * offers by email chosen from their orders and interests, which is what a campaign picked by
     * segment is. A plain subscription to news is no such consent.
     */
    private Set<Long> audience(long segmentId, List<Long> customers) {
        Set<Long> members = segments.membersAmong(segmentId, customers);
        return members.isEmpty() ? members : consents.grantingAll(members, CAMPAIGN_CONSENTS);
    }

    /** Anonymous subscribers are in no segment. */
    private static boolean inAudience(NewsSubscription subscription, Set<Long> members) {
        return subscription.getCustomer() != null
                && members.contains(subscription.getCustomer().getId());
    }

    private static Set<Long> withAncestors(ArticleTranslation translation) {
        Set<Long> categories = new HashSet<>();
        for (NewsCategory category : translation.getArticle().getCategories()) {
            for (NewsCategory up = category; up != null; up = up.getParent()) {
                categories.add(up.getId());
            }
        }
        return categories;
    }

    /** A run as the desk shows it: how many mails it queued, and how those stand in the outbox. */
    public record RunSummary(
            String key,
            NewsRun.Status status,
            int queued,
            long sent,
            long failed,
            Instant startedAt,
            Instant finishedAt) {

        /** Sent or failed, of queued: the progress bar of a run still going. */
        public int percentDone() {
            return queued == 0 ? (status == NewsRun.Status.DONE ? 100 : 0) : (int) ((sent + failed) * 100 / queued);
        }
    }

    /** The newest runs, with their mails counted by outbox status. */
    public List<RunSummary> recentRuns(int max) {
        List<NewsRun> recent = em.createQuery(
                        "select r from NewsRun r order by r.startedAt desc, r.id desc", NewsRun.class)
                .setMaxResults(max)
                .getResultList();
        if (recent.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<MailStatus, Long>> counts = new HashMap<>();
        em.createQuery(
                        "select d.run.id, m.status, count(m) from NewsDelivery d, OutboxMail m"
                                + " where d.mailId = m.id and d.run in :runs group by d.run.id, m.status",
                        Object[].class)
                .setParameter("runs", recent)
                .getResultList()
                .forEach(row -> counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(MailStatus.class))
                        .put((MailStatus) row[1], (Long) row[2]));
        return recent.stream()
                .map(run -> {
                    Map<MailStatus, Long> byStatus = counts.getOrDefault(run.getId(), Map.of());
                    return new RunSummary(
                            run.getRunKey(),
                            run.getStatus(),
                            run.getQueued(),
                            byStatus.getOrDefault(MailStatus.SENT, 0L),
                            byStatus.getOrDefault(MailStatus.FAILED, 0L),
                            run.getStartedAt(),
                            run.getFinishedAt());
                })
                .toList();
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
        Set<Long> categories = withAncestors(translation);
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
