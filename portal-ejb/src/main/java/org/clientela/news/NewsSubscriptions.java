package org.clientela.news;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.clientela.account.AccessRight;
import org.clientela.account.AccountAccess;
import org.clientela.crm.InteractionRecorder;
import org.clientela.crm.InteractionType;
import org.clientela.mail.MailOutbox;
import org.clientela.mail.MailTemplate;
import org.clientela.platform.Actor;
import org.clientela.platform.Channel;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.PortalSettings;
import org.clientela.platform.Roles;
import org.clientela.platform.TokenSigner;
import org.clientela.platform.Wording;

/**
 * Subscriptions to news. Customers (or those with MANAGE_SUBSCRIPTIONS on their account) change
 * theirs at once; anonymous addresses confirm by a mailed link first. Unsubscribing needs no login,
 * only the signed link every news mail carries, and can be undone from the same page.
 *
 * <p>Open to anybody, as visitors, mailed links and the senders use it; the account's own
 * subscription needs the customer role. The class-level {@code @PermitAll} is needed: WildFly
 * denies the methods of a bean with any role annotation that name none.
 */
@Stateless
@PermitAll
public class NewsSubscriptions {

    private static final Logger LOG = Logger.getLogger(NewsSubscriptions.class.getName());

    static final String CONFIRM_PURPOSE = "news-confirm";
    static final String UNSUBSCRIBE_PURPOSE = "news-unsubscribe";

    public enum Outcome {
        DONE,
        EXPIRED,
        INVALID
    }

    /** What a token-page shows: the outcome, in the subscriber's language. */
    public record TokenResult(Outcome outcome, Language language) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountAccess access;

    @Inject
    private InteractionRecorder interactions;

    @Inject
    private MailOutbox outbox;

    @Inject
    private TokenSigner signer;

    /** The account's subscription in force, if any; needs MANAGE_SUBSCRIPTIONS. */
    @RolesAllowed(Roles.CUSTOMER)
    public Optional<NewsSubscription> ofAccount(long accountId, @NotNull Actor actor) {
        access.require(actor, accountId, AccessRight.MANAGE_SUBSCRIPTIONS);
        return active(accountId);
    }

    @RolesAllowed(Roles.CUSTOMER)
    public NewsSubscription save(long accountId, @NotNull @Valid SubscriptionForm form, @NotNull Actor actor) {
        Customer customer = access.require(actor, accountId, AccessRight.MANAGE_SUBSCRIPTIONS);
        Instant now = Instant.now();
        Optional<NewsSubscription> existing = active(accountId);
        NewsSubscription subscription = existing.orElseGet(() -> NewsSubscription.ofCustomer(customer, now));
        subscription.choose(form.chosenLanguages(), categories(form.getCategoryIds()), form.getFrequency());
        if (existing.isEmpty()) {
            em.persist(subscription);
        }
        interactions.record(
                customer,
                existing.isEmpty() ? InteractionType.NEWS_SUBSCRIBED : InteractionType.NEWS_SUBSCRIPTION_CHANGED,
                Channel.WEB,
                actor,
                "subscription:" + subscription.getId(),
                Wording.of(
                                "timeline.news.subscription",
                                Wording.word("subscriptions.frequency." + form.getFrequency()),
                                Wording.words(form.chosenLanguages().stream()
                                        .map(language -> "language." + language.tag())
                                        .toList()),
                                describe(subscription))
                        .stored());
        return subscription;
    }

    @RolesAllowed(Roles.CUSTOMER)
    public void end(long accountId, @NotNull Actor actor) {
        Customer customer = access.require(actor, accountId, AccessRight.MANAGE_SUBSCRIPTIONS);
        active(accountId).ifPresent(subscription -> {
            subscription.end(Instant.now());
            interactions.record(
                    customer,
                    InteractionType.NEWS_UNSUBSCRIBED,
                    Channel.WEB,
                    actor,
                    "subscription:" + subscription.getId(),
                    Wording.of("timeline.news.ended").stored());
        });
    }

    /**
     * How many confirmation mails one client address may cause in an hour: anyone can ask for one
     * to any mailbox, so without a bound the portal would mail whoever an abuser names.
     */
    static final int CONFIRMATIONS_PER_CLIENT_HOUR =
            Integer.getInteger("clientela.news.confirmations-per-client-hour", 5);

    /**
     * An anonymous address asks for news: a pending subscription and a confirmation mail. The
     * caller says the same whatever happens, so the page reveals nothing about the address: one
     * already subscribed gets nothing new, one pending gets a fresh link, and a client that has
     * asked {@link #CONFIRMATIONS_PER_CLIENT_HOUR} times within the hour gets nothing more.
     */
    public void subscribeAddress(
            @NotNull @Valid SubscriptionForm form,
            @NotNull String email,
            @NotNull Language language,
            @NotNull ConsentProof proof) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        Instant now = Instant.now();
        if (proof.ip() != null && askedWithinTheHour(proof.ip(), now) >= CONFIRMATIONS_PER_CLIENT_HOUR) {
            LOG.info(() -> "No confirmation mail: " + proof.ip() + " asked for " + CONFIRMATIONS_PER_CLIENT_HOUR
                    + " within the hour");
            return;
        }
        List<NewsSubscription> known = em.createQuery(
                        "select s from NewsSubscription s where s.email = :email and s.status <> :ended",
                        NewsSubscription.class)
                .setParameter("email", address)
                .setParameter("ended", SubscriptionStatus.ENDED)
                .getResultList();
        if (known.stream().anyMatch(s -> s.getStatus() == SubscriptionStatus.ACTIVE)) {
            return;
        }
        known.forEach(stale -> stale.end(now));
        String nonce = TokenSigner.nonce();
        NewsSubscription subscription =
                NewsSubscription.ofAddress(address, language, proof, TokenSigner.digest(nonce), now);
        subscription.choose(form.chosenLanguages(), categories(form.getCategoryIds()), form.getFrequency());
        em.persist(subscription);
        em.flush();
        String token = signer.sign(CONFIRM_PURPOSE, subscription.getId() + ":" + nonce);
        outbox.queue(
                MailTemplate.NEWS_CONFIRMATION,
                language,
                address,
                null,
                null,
                PortalSettings.link("/subscription/confirm?token=" + token),
                Date.from(now.plus(NewsSubscription.CONFIRMATION_VALIDITY)));
    }

    /** Each pending subscription made anonymously was one confirmation mail; it keeps its client's address. */
    private long askedWithinTheHour(String ip, Instant now) {
        return em.createQuery(
                        "select count(s) from NewsSubscription s where s.consentIp = :ip and s.createdAt > :since",
                        Long.class)
                .setParameter("ip", ip)
                .setParameter("since", now.minus(Duration.ofHours(1)))
                .getSingleResult();
    }

    /**
     * How long an unconfirmed address is kept: its link's 7 days, and two more in which following
     * it still says "expired, subscribe again" rather than "unknown link".
     */
    static final Duration FORGET_UNCONFIRMED_AFTER = NewsSubscription.CONFIRMATION_VALIDITY.plusDays(2);

    /**
     * Forgets addresses that never confirmed, some days after their link expired: the address, the
     * consent record and the choices go, as nobody agreed to be kept. A batch at a time.
     *
     * @return how many were forgotten
     */
    public int forgetUnconfirmed(Instant now) {
        List<Long> expired = em.createQuery(
                        "select s.id from NewsSubscription s where s.confirmedAt is null"
                                + " and s.status in :unconfirmed and s.createdAt < :cutoff",
                        Long.class)
                .setParameter("unconfirmed", List.of(SubscriptionStatus.PENDING, SubscriptionStatus.ENDED))
                .setParameter("cutoff", now.minus(FORGET_UNCONFIRMED_AFTER))
                .setMaxResults(500)
                .getResultList();
        if (expired.isEmpty()) {
            return 0;
        }
        // the join table has no entity of its own: its rows go first, by SQL
        em.createNativeQuery("delete from news_subscription_category where subscription_id in (:ids)")
                .setParameter("ids", expired)
                .executeUpdate();
        return em.createQuery("delete from NewsSubscription s where s.id in :ids")
                .setParameter("ids", expired)
                .executeUpdate();
    }

    public TokenResult confirm(String token) {
        Optional<String> payload = signer.verify(CONFIRM_PURPOSE, token);
        if (payload.isEmpty() || payload.get().indexOf(':') < 1) {
            return new TokenResult(Outcome.INVALID, null);
        }
        String[] parts = payload.get().split(":", 2);
        NewsSubscription subscription = find(parts[0]);
        if (subscription == null) {
            return new TokenResult(Outcome.INVALID, null);
        }
        if (subscription.getStatus() == SubscriptionStatus.ACTIVE && subscription.getConfirmedAt() != null) {
            return new TokenResult(Outcome.DONE, subscription.getLanguage());
        }
        boolean confirmed = subscription.confirm(TokenSigner.digest(parts[1]), Instant.now());
        return new TokenResult(confirmed ? Outcome.DONE : Outcome.EXPIRED, subscription.getLanguage());
    }

    /**
     * Both unsubscribe addresses of a subscriber, from one signature: the page (with its undo) and
     * the List-Unsubscribe one-click address. They never expire, so an old mail still unsubscribes.
     */
    public record UnsubscribeLinks(String page, String oneClick) {}

    public UnsubscribeLinks unsubscribeLinks(NewsSubscription subscription) {
        String token = unsubscribeToken(subscription);
        return new UnsubscribeLinks(
                PortalSettings.link("/subscription/unsubscribe?token=" + token),
                PortalSettings.link("/subscription/one-click?token=" + token));
    }

    private String unsubscribeToken(NewsSubscription subscription) {
        return signer.sign(UNSUBSCRIBE_PURPOSE, String.valueOf(subscription.getId()));
    }

    public TokenResult unsubscribe(String token) {
        NewsSubscription subscription = byUnsubscribeToken(token);
        if (subscription == null) {
            return new TokenResult(Outcome.INVALID, null);
        }
        if (subscription.getStatus() != SubscriptionStatus.ENDED) {
            subscription.end(Instant.now());
            recordForCustomer(
                    subscription, InteractionType.NEWS_UNSUBSCRIBED, "Unsubscribed by the link in a news mail");
        }
        return new TokenResult(Outcome.DONE, subscription.getLanguage());
    }

    /** Undo, from the unsubscribe page. */
    public TokenResult resume(String token) {
        NewsSubscription subscription = byUnsubscribeToken(token);
        if (subscription == null || !subscription.resume()) {
            return new TokenResult(Outcome.INVALID, subscription == null ? null : subscription.getLanguage());
        }
        recordForCustomer(
                subscription, InteractionType.NEWS_SUBSCRIBED, "Subscription resumed from the unsubscribe page");
        return new TokenResult(Outcome.DONE, subscription.getLanguage());
    }

    private NewsSubscription byUnsubscribeToken(String token) {
        return signer.verify(UNSUBSCRIBE_PURPOSE, token).map(this::find).orElse(null);
    }

    private NewsSubscription find(String id) {
        try {
            return em.find(NewsSubscription.class, Long.parseLong(id));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void recordForCustomer(NewsSubscription subscription, InteractionType type, String summary) {
        if (subscription.getCustomer() != null) {
            interactions.record(
                    subscription.getCustomer(),
                    type,
                    Channel.MAIL,
                    Actor.of(subscription.getCustomer()),
                    "subscription:" + subscription.getId(),
                    summary);
        }
    }

    private Optional<NewsSubscription> active(long accountId) {
        return em.createQuery(
                        "select s from NewsSubscription s left join fetch s.categories"
                                + " where s.customer.id = :customer and s.status = :active",
                        NewsSubscription.class)
                .setParameter("customer", accountId)
                .setParameter("active", SubscriptionStatus.ACTIVE)
                .getResultStream()
                .findFirst();
    }

    private Set<NewsCategory> categories(Set<Long> ids) {
        Set<NewsCategory> categories = new HashSet<>();
        for (Long id : ids) {
            NewsCategory category = em.find(NewsCategory.class, id);
            if (category == null || !category.isActive()) {
                throw new NewsException(NewsException.Reason.NOT_FOUND, "category " + id);
            }
            categories.add(category);
        }
        return categories;
    }

    private static String describe(NewsSubscription subscription) {
        return subscription.getCategories().stream()
                .map(NewsCategory::getSlug)
                .sorted()
                .collect(Collectors.joining(", "));
    }
}
