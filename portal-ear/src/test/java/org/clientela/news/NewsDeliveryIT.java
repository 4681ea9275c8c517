package org.clientela.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.clientela.account.CustomerDirectory;
import org.clientela.it.support.incontainer.AsContentManager;
import org.clientela.it.support.incontainer.AsCustomerSteps;
import org.clientela.it.support.incontainer.Eventually;
import org.clientela.it.support.incontainer.Mailbox;
import org.clientela.it.support.incontainer.Outbox;
import org.clientela.platform.Actor;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.SignInIdentity;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Publishing sends the article to the immediate subscribers it matches (language AND category,
 * a parent category including its children), each exactly once, with a one-click unsubscribe
 * header; a run resumed from the middle sends the rest and nothing twice.
 */
@ExtendWith(ArquillianExtension.class)
class NewsDeliveryIT {

    @Inject
    AsCustomerSteps asCustomerSteps;

    static final Actor EDITOR = new Actor("c1e17e1a-0000-4000-8000-000000000003", "Maria Ivanova");

    @Inject
    NewsDesk desk;

    @Inject
    NewsSubscriptions subscriptions;

    @Inject
    NewsRuns runs;

    @Inject
    AsContentManager asEditor;

    @Inject
    CustomerDirectory directory;

    @Resource
    UserTransaction tx;

    @Test
    void aPublishedArticleReachesItsImmediateSubscribersOnce() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 8);
        NewsCategory products = asEditor.call(() ->
                desk.createCategory(new CategoryForm().slug("products-" + key).named(Language.EN, "Products")));
        NewsCategory phones = asEditor.call(() -> desk.createCategory(
                new CategoryForm().slug("phones-" + key).under(products.getId()).named(Language.EN, "Phones")));
        Customer direct = subscriber(key, "direct", Frequency.IMMEDIATE, Language.EN, phones);
        Customer viaParent = subscriber(key, "parent", Frequency.IMMEDIATE, Language.EN, products);
        Customer otherLanguage = subscriber(key, "bg", Frequency.IMMEDIATE, Language.BG, phones);
        Customer daily = subscriber(key, "daily", Frequency.DAILY, Language.EN, phones);

        Article article =
                asEditor.call(() -> desk.createArticle(new ArticleForm().inCategories(phones.getId()), EDITOR));
        ArticleTranslation en = asEditor.call(() -> desk.write(
                article.getId(),
                Language.EN,
                new TranslationForm()
                        .title("Phone " + key)
                        .summary("A new phone")
                        .body("<p>Phone</p>"),
                EDITOR));
        asEditor.call(() -> desk.move(en.getId(), TranslationStatus.IN_REVIEW, null, EDITOR));
        asEditor.call(() -> desk.move(en.getId(), TranslationStatus.PUBLISHED, null, EDITOR));

        for (Customer reached : List.of(direct, viaParent)) {
            Eventually.await(
                    "the article mail to " + reached.getEmail(),
                    Duration.ofSeconds(30),
                    () -> Mailbox.subjects(reached.getEmail()).contains("Phone " + key));
        }
        String header = Mailbox.headers(direct.getEmail(), "List-Unsubscribe").stream()
                .filter(value -> value != null)
                .findFirst()
                .orElseThrow();
        assertTrue(header.startsWith("<http://localhost:8080/subscription/one-click?token="), header);
        assertEquals(
                List.of("List-Unsubscribe=One-Click"),
                Mailbox.headers(direct.getEmail(), "List-Unsubscribe-Post").stream()
                        .filter(value -> value != null)
                        .toList());
        // the outbox row's own Message-ID: a copy handed over again after a crash is the same mail
        String mailId =
                Mailbox.headers(direct.getEmail(), "X-Clientela-Mail-Id").get(0);
        assertEquals(
                "<" + mailId + ".outbox@localhost>",
                Mailbox.headers(direct.getEmail(), "Message-ID").get(0));

        // asked again (a second node, a retried event), the run is the same and sends nothing more
        long run = runs.openArticleRun(en.getId());
        runs.sendNextBatch(run, NewsRuns.BATCH_SIZE);
        Outbox.awaitSent(direct.getEmail(), viaParent.getEmail(), otherLanguage.getEmail(), daily.getEmail());
        assertEquals(1, count(direct, "Phone " + key));
        assertEquals(1, count(viaParent, "Phone " + key));
        assertEquals(0, count(otherLanguage, "Phone " + key));
        assertEquals(0, count(daily, "Phone " + key));
    }

    private static long count(Customer customer, String subject) {
        return Mailbox.subjects(customer.getEmail()).stream()
                .filter(subject::equals)
                .count();
    }

    private Customer subscriber(String key, String name, Frequency frequency, Language language, NewsCategory category)
            throws Exception {
        String subject = UUID.randomUUID().toString();
        tx.begin();
        Customer customer = directory.recogniseSignIn(
                new SignInIdentity(subject, name + "-" + key + "@clientela.test", "Reader", name, Language.EN));
        tx.commit();
        asCustomerSteps.run(() -> subscriptions.save(
                customer.getId(),
                new SubscriptionForm().in(language).about(category.getId()).every(frequency),
                Actor.of(customer)));
        return customer;
    }
}
