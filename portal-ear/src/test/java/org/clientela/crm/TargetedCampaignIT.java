package org.clientela.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.clientela.account.CustomerDirectory;
import org.clientela.it.support.incontainer.AsContentManager;
import org.clientela.it.support.incontainer.AsCustomer;
import org.clientela.it.support.incontainer.AsCustomerSteps;
import org.clientela.it.support.incontainer.AsSalesManager;
import org.clientela.it.support.incontainer.Eventually;
import org.clientela.it.support.incontainer.Mailbox;
import org.clientela.it.support.incontainer.Outbox;
import org.clientela.news.Article;
import org.clientela.news.ArticleForm;
import org.clientela.news.ArticleTranslation;
import org.clientela.news.CategoryForm;
import org.clientela.news.Frequency;
import org.clientela.news.NewsAudience;
import org.clientela.news.NewsCategory;
import org.clientela.news.NewsDesk;
import org.clientela.news.NewsSubscriptions;
import org.clientela.news.SubscriptionForm;
import org.clientela.news.TranslationForm;
import org.clientela.news.TranslationStatus;
import org.clientela.platform.Actor;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A targeted campaign: an article whose audience is a segment reaches the subscriber inside the
 * segment who consents to personalised offers by mail, and neither the one outside it nor the one
 * who withdrew that consent, though all subscribed to its category; a segment in use
 * cannot be deleted; a customer cannot set an audience.
 */
@ExtendWith(ArquillianExtension.class)
class TargetedCampaignIT {

    @Inject
    AsCustomerSteps asCustomerSteps;

    static final Actor EDITOR = new Actor("c1e17e1a-0000-4000-8000-000000000003", "Maria Ivanova");

    @Inject
    NewsDesk desk;

    @Inject
    NewsAudience audience;

    @Inject
    NewsSubscriptions subscriptions;

    @Inject
    Segments segments;

    @Inject
    CustomerDirectory directory;

    @Inject
    AsContentManager asEditor;

    @Inject
    AsSalesManager asSales;

    @Inject
    AsCustomer asCustomer;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Test
    void aTargetedArticleReachesOnlyTheSubscribersInItsSegment() throws Exception {
        CrmFixture data = new CrmFixture(em, tx, directory);
        String interest = "campaign-" + data.key;
        NewsCategory news = asEditor.call(() -> desk.createCategory(
                new CategoryForm().slug("campaign-news-" + data.key).named(Language.EN, "Offers")));
        Customer inside = data.customer("inside", "en", null);
        Customer outside = data.customer("outside", "en", null);
        Customer unwilling = data.customer("unwilling", "en", null);
        // what puts "inside" and "unwilling" in the segment: a question in the campaign's category
        data.question(inside, interest, CrmFixture.ago(1, ChronoUnit.DAYS), true, false);
        data.question(unwilling, interest, CrmFixture.ago(1, ChronoUnit.DAYS), true, false);
        // a campaign is an offer by mail chosen from what they did: both consents, the newest record counting
        for (Customer reader : new Customer[] {inside, outside, unwilling}) {
            data.consent(reader, "EMAIL_OFFERS", true, CrmFixture.ago(2, ChronoUnit.DAYS));
            data.consent(reader, "PERSONALISED_OFFERS", true, CrmFixture.ago(2, ChronoUnit.DAYS));
        }
        data.consent(unwilling, "PERSONALISED_OFFERS", false, CrmFixture.ago(1, ChronoUnit.DAYS));
        for (Customer reader : new Customer[] {inside, outside, unwilling}) {
            asCustomerSteps.run(() -> subscriptions.save(
                    reader.getId(),
                    new SubscriptionForm().in(Language.EN).about(news.getId()).every(Frequency.IMMEDIATE),
                    Actor.of(reader)));
        }
        Segment segment = asSales.call(() -> segments.save(
                null,
                "Campaign " + data.key,
                new SegmentCriteria(Set.of(), Set.of(interest), Set.of(), null, null, null)));

        Article article = asEditor.call(() -> desk.createArticle(new ArticleForm().inCategories(news.getId()), EDITOR));
        asEditor.call(() -> {
            audience.target(article.getId(), segment.getId());
            return null;
        });
        ArticleTranslation en = asEditor.call(() -> desk.write(
                article.getId(),
                Language.EN,
                new TranslationForm()
                        .title("Offer " + data.key)
                        .summary("Only for you")
                        .body("<p>Offer</p>"),
                EDITOR));
        asEditor.call(() -> desk.move(en.getId(), TranslationStatus.IN_REVIEW, null, EDITOR));
        asEditor.call(() -> desk.move(en.getId(), TranslationStatus.PUBLISHED, null, EDITOR));

        Eventually.await(
                "the campaign mail to " + inside.getEmail(),
                Duration.ofSeconds(30),
                () -> Mailbox.subjects(inside.getEmail()).contains("Offer " + data.key));
        Outbox.awaitNewsRunDone(en.getId());
        for (Customer notReached : new Customer[] {outside, unwilling}) {
            Outbox.awaitSent(notReached.getEmail());
            assertEquals(
                    0,
                    Mailbox.subjects(notReached.getEmail()).stream()
                            .filter(("Offer " + data.key)::equals)
                            .count(),
                    notReached.getEmail() + " is outside the segment or withdrew consent");
        }

        SegmentRefusal inUse = assertThrows(
                SegmentRefusal.class,
                () -> asSales.call(() -> {
                    segments.delete(segment.getId());
                    return null;
                }));
        assertEquals(SegmentRefusal.Reason.SEGMENT_IN_USE, inUse.getReason());
        assertThrows(
                EJBAccessException.class,
                () -> asCustomer.call(() -> {
                    audience.target(article.getId(), null);
                    return null;
                }));
    }
}
