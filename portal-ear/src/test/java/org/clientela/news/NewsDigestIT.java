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
 * A daily digest gathers, per subscriber, what was published in their languages and categories
 * since their last digest: one mail each, none when nothing is new, and a run stopped after its
 * first batch and resumed sends the rest and nothing twice.
 */
@ExtendWith(ArquillianExtension.class)
class NewsDigestIT {

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
    void aDailyDigestSendsEachSubscriberTheirNewsOnceAndSurvivesAStop() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 8);
        NewsCategory tablets = asEditor.call(() ->
                desk.createCategory(new CategoryForm().slug("tablets-" + key).named(Language.EN, "Tablets")));
        NewsCategory other = asEditor.call(() ->
                desk.createCategory(new CategoryForm().slug("other-" + key).named(Language.EN, "Other")));
        Customer english = subscriber(key, "en", Language.EN, tablets);
        Customer bulgarian = subscriber(key, "bg", Language.BG, tablets);
        Customer bored = subscriber(key, "none", Language.EN, other);

        publish(tablets, Language.EN, "Tablet one " + key);
        publish(tablets, Language.EN, "Tablet two " + key);
        publish(tablets, Language.BG, "Таблет " + key);

        long run = runs.openDigestRun(Frequency.DAILY, "test-" + key);
        // a first batch of one, then a stop; the rest by the dispatcher's poll and by this test at
        // once, like two nodes: whichever loses a batch rolls it back
        sendBatch(run, 1);
        finish(run);
        assertEquals(run, runs.openDigestRun(Frequency.DAILY, "test-" + key), "one run per period");

        String englishText = Eventually.await(
                "the English digest",
                Duration.ofSeconds(30),
                () -> digests(english).stream().findFirst().orElse(null));
        assertTrue(englishText.contains("Tablet one " + key) && englishText.contains("Tablet two " + key), englishText);
        String bulgarianText = Eventually.await(
                "the Bulgarian digest",
                Duration.ofSeconds(30),
                () -> digests(bulgarian).stream().findFirst().orElse(null));
        assertTrue(bulgarianText.contains("Таблет " + key) && !bulgarianText.contains("Tablet one"), bulgarianText);

        // the next period finds nothing new for them
        finish(runs.openDigestRun(Frequency.DAILY, "test-next-" + key));
        Outbox.awaitSent(english.getEmail(), bulgarian.getEmail(), bored.getEmail());
        assertEquals(1, digests(english).size());
        assertEquals(1, digests(bulgarian).size());
        assertEquals(0, digests(bored).size());
    }

    /** One batch; false when the run is done, or another sender had the batch. */
    private boolean sendBatch(long run, int size) {
        try {
            return runs.sendNextBatch(run, size);
        } catch (jakarta.ejb.EJBException anotherSenderHadIt) {
            return true;
        }
    }

    private void finish(long run) {
        Eventually.await("the end of run " + run, Duration.ofSeconds(60), () -> !sendBatch(run, 50));
    }

    private static List<String> digests(Customer customer) {
        List<String> subjects = Mailbox.subjects(customer.getEmail());
        List<String> texts = Mailbox.texts(customer.getEmail());
        return java.util.stream.IntStream.range(0, subjects.size())
                .filter(i -> subjects.get(i).contains("Clientela"))
                .filter(i -> texts.get(i).contains("/news/"))
                .mapToObj(texts::get)
                .toList();
    }

    private void publish(NewsCategory category, Language language, String title) throws Exception {
        Article article =
                asEditor.call(() -> desk.createArticle(new ArticleForm().inCategories(category.getId()), EDITOR));
        ArticleTranslation translation = asEditor.call(() -> desk.write(
                article.getId(), language, new TranslationForm().title(title).body("<p>x</p>"), EDITOR));
        asEditor.call(() -> desk.move(translation.getId(), TranslationStatus.IN_REVIEW, null, EDITOR));
        asEditor.call(() -> desk.move(translation.getId(), TranslationStatus.PUBLISHED, null, EDITOR));
    }

    private Customer subscriber(String key, String name, Language language, NewsCategory category) throws Exception {
        String subject = UUID.randomUUID().toString();
        tx.begin();
        Customer customer = directory.recogniseSignIn(new SignInIdentity(
                subject, "digest-" + name + "-" + key + "@clientela.test", "Digest", name, Language.EN));
        tx.commit();
        asCustomerSteps.run(() -> subscriptions.save(
                customer.getId(),
                new SubscriptionForm().in(language).about(category.getId()).every(Frequency.DAILY),
                Actor.of(customer)));
        return customer;
    }
}
