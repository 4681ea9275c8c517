package org.clientela.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.clientela.account.CustomerDirectory;
import org.clientela.it.support.incontainer.AsContentManager;
import org.clientela.it.support.incontainer.AsCustomerSteps;
import org.clientela.it.support.incontainer.Eventually;
import org.clientela.it.support.incontainer.Mailbox;
import org.clientela.it.support.incontainer.Outbox;
import org.clientela.platform.AccessDeniedException;
import org.clientela.platform.Actor;
import org.clientela.platform.Customer;
import org.clientela.platform.Language;
import org.clientela.platform.SignInIdentity;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Subscriptions inside the server: customers manage theirs (strangers are refused); anonymous
 * addresses confirm by the mailed link, once, within 7 days; a known address learns nothing new;
 * unsubscribe links are signed, need no login, and can be undone.
 */
@ExtendWith(ArquillianExtension.class)
class NewsSubscriptionsIT {

    @Inject
    AsCustomerSteps asCustomerSteps;

    static final Pattern CONFIRM = Pattern.compile("/subscription/confirm\\?token=([A-Za-z0-9_.-]+)");

    @Inject
    NewsSubscriptions subscriptions;

    @Inject
    NewsDesk desk;

    @Inject
    AsContentManager asEditor;

    @Inject
    CustomerDirectory directory;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:jboss/datasources/ClientelaDS")
    DataSource dataSource;

    NewsCategory laptops;

    @BeforeEach
    void aCategory() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 8);
        laptops = asEditor.call(() ->
                desk.createCategory(new CategoryForm().slug("laptops-" + key).named(Language.EN, "Laptops")));
    }

    @Test
    void aCustomerManagesTheirSubscriptionAndAStrangerCannot() throws Exception {
        asCustomerSteps.run(() -> {
            Customer customer = newCustomer();
            Customer stranger = newCustomer();
            SubscriptionForm form = new SubscriptionForm()
                    .in(Language.BG, Language.EN)
                    .about(laptops.getId())
                    .every(Frequency.DAILY);
            NewsSubscription saved = subscriptions.save(customer.getId(), form, Actor.of(customer));
            assertEquals(SubscriptionStatus.ACTIVE, saved.getStatus());
            assertEquals(java.util.Set.of(Language.BG, Language.EN), saved.getLanguages());

            assertThrows(
                    AccessDeniedException.class, () -> subscriptions.ofAccount(customer.getId(), Actor.of(stranger)));
            assertThrows(AccessDeniedException.class, () -> subscriptions.end(customer.getId(), Actor.of(stranger)));
            assertTrue(subscriptions
                    .ofAccount(customer.getId(), Actor.of(customer))
                    .isPresent());

            subscriptions.end(customer.getId(), Actor.of(customer));
            assertTrue(subscriptions
                    .ofAccount(customer.getId(), Actor.of(customer))
                    .isEmpty());
        });
    }

    @Test
    void anAnonymousAddressIsConfirmedOnceByTheMailedLink() throws Exception {
        String email = "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@clientela.test";
        subscribe(email);
        String token = confirmationToken(email, 1);

        assertEquals(
                NewsSubscriptions.Outcome.INVALID,
                subscriptions.confirm(token + "x").outcome());
        NewsSubscriptions.TokenResult result = subscriptions.confirm(token);
        assertEquals(NewsSubscriptions.Outcome.DONE, result.outcome());
        assertEquals(Language.BG, result.language());
        assertEquals(
                NewsSubscriptions.Outcome.DONE,
                subscriptions.confirm(token).outcome(),
                "following it again is harmless");

        // the same address again: the page says the same, and no mail tells anything
        subscribe(email);
        assertEquals(1, Outbox.queued(email), "the confirmation mail and nothing more");
    }

    @Test
    void oneClientCausesAtMostFiveConfirmationMailsAnHour() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 8);
        String client = clientAddress();
        List<String> emails = java.util.stream.IntStream.rangeClosed(1, 7)
                .mapToObj(i -> "flood-" + i + "-" + key + "@clientela.test")
                .toList();
        for (String email : emails) {
            subscribe(email, client);
        }
        List<String> mailed = emails.subList(0, 5);
        Outbox.awaitSent(mailed.toArray(String[]::new));
        for (String email : mailed) {
            assertEquals(1, Mailbox.texts(email).size(), email);
        }
        for (String email : emails.subList(5, 7)) {
            assertEquals(0, Outbox.queued(email), email);
            assertTrue(Mailbox.texts(email).isEmpty(), email);
        }

        // another client is not held back by this one
        String other = "other-" + key + "@clientela.test";
        subscribe(other);
        assertEquals(1, Outbox.queued(other));
    }

    @Test
    void anUnconfirmedSubscriptionExpiresAfterSevenDays() throws Exception {
        String email = "late-" + UUID.randomUUID().toString().substring(0, 8) + "@clientela.test";
        subscribe(email);
        String token = confirmationToken(email, 1);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement age = connection.prepareStatement(
                        "update news_subscription set created_at = created_at - interval '8' day where email = ?")) {
            age.setString(1, email);
            assertEquals(1, age.executeUpdate());
        }
        assertEquals(
                NewsSubscriptions.Outcome.EXPIRED, subscriptions.confirm(token).outcome());
    }

    @Test
    void anAddressThatNeverConfirmedIsForgottenDaysAfterItsLinkExpired() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 8);
        String forgotten = "never-" + key + "@clientela.test";
        String waiting = "waiting-" + key + "@clientela.test";
        String confirmed = "kept-" + key + "@clientela.test";
        subscribe(forgotten);
        subscribe(waiting);
        subscribe(confirmed);
        assertEquals(
                NewsSubscriptions.Outcome.DONE,
                subscriptions.confirm(confirmationToken(confirmed, 1)).outcome());
        for (String email : List.of(forgotten, confirmed)) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement age = connection.prepareStatement("update news_subscription"
                            + " set created_at = created_at - interval '10' day where email = ?")) {
                age.setString(1, email);
                assertEquals(1, age.executeUpdate());
            }
        }

        subscriptions.forgetUnconfirmed(java.time.Instant.now()); // the dispatcher's poll may have been first

        assertEquals(0, rowsOf(forgotten), "address, consent and choices of the unconfirmed one are gone");
        assertEquals(1, rowsOf(waiting), "a link still valid keeps its address");
        assertEquals(1, rowsOf(confirmed), "a confirmed subscription is kept");
    }

    private long rowsOf(String email) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from news_subscription s left join news_subscription_category c"
                                + " on c.subscription_id = s.id where s.email = ?")) {
            count.setString(1, email);
            try (java.sql.ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void anUnsubscribeLinkWorksWithoutLoginAndCanBeUndone() throws Exception {
        asCustomerSteps.run(() -> {
            Customer customer = newCustomer();
            NewsSubscription subscription = subscriptions.save(
                    customer.getId(),
                    new SubscriptionForm().in(Language.EN).about(laptops.getId()),
                    Actor.of(customer));
            String link = subscriptions.unsubscribeLinks(subscription).page();
            String token = link.substring(link.indexOf("token=") + "token=".length());

            assertEquals(
                    NewsSubscriptions.Outcome.INVALID,
                    subscriptions.unsubscribe(token.replace('.', '-')).outcome());
            assertTrue(
                    subscriptions
                            .ofAccount(customer.getId(), Actor.of(customer))
                            .isPresent(),
                    "a forged link changes nothing");

            assertEquals(
                    NewsSubscriptions.Outcome.DONE,
                    subscriptions.unsubscribe(token).outcome());
            assertTrue(subscriptions
                    .ofAccount(customer.getId(), Actor.of(customer))
                    .isEmpty());
            assertEquals(
                    NewsSubscriptions.Outcome.DONE, subscriptions.resume(token).outcome());
            assertTrue(subscriptions
                    .ofAccount(customer.getId(), Actor.of(customer))
                    .isPresent());
        });
    }

    @Test
    void mailProgramsUnsubscribeWithOneClickPost() throws Exception {
        asCustomerSteps.run(() -> {
            Customer customer = newCustomer();
            NewsSubscription subscription = subscriptions.save(
                    customer.getId(),
                    new SubscriptionForm().in(Language.EN).about(laptops.getId()),
                    Actor.of(customer));
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.net.http.HttpResponse<String> forged = http.send(
                    oneClick(subscriptions.unsubscribeLinks(subscription).oneClick() + "x"),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(400, forged.statusCode());
            assertTrue(subscriptions
                    .ofAccount(customer.getId(), Actor.of(customer))
                    .isPresent());

            java.net.http.HttpResponse<String> done = http.send(
                    oneClick(subscriptions.unsubscribeLinks(subscription).oneClick()),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, done.statusCode());
            assertTrue(subscriptions
                    .ofAccount(customer.getId(), Actor.of(customer))
                    .isEmpty());
        });
    }

    /** What a mail program sends for the List-Unsubscribe-Post header. */
    private static java.net.http.HttpRequest oneClick(String link) {
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create(link))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                .build();
    }

    /** An anonymous subscription from a client address of its own, held back by no other test's. */
    private void subscribe(String email) throws Exception {
        subscribe(email, clientAddress());
    }

    private void subscribe(String email, String client) throws Exception {
        tx.begin();
        subscriptions.subscribeAddress(
                new SubscriptionForm().in(Language.BG).about(laptops.getId()).every(Frequency.WEEKLY),
                email,
                Language.BG,
                new ConsentProof("I agree", client, "test"));
        tx.commit();
    }

    /** An address of the IPv6 documentation range, a new one each time. */
    private static String clientAddress() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        return "2001:db8:" + hex.substring(0, 4) + ":" + hex.substring(4, 8) + "::" + hex.substring(8, 12);
    }

    private static String confirmationToken(String email, int mails) {
        String text = Eventually.await("the confirmation mail", Duration.ofSeconds(20), () -> {
            List<String> texts = Mailbox.texts(email);
            return texts.size() >= mails ? texts.get(mails - 1) : null;
        });
        Matcher link = CONFIRM.matcher(text);
        assertTrue(link.find(), text);
        return link.group(1);
    }

    private Customer newCustomer() throws Exception {
        String subject = UUID.randomUUID().toString();
        tx.begin();
        Customer customer = directory.recogniseSignIn(new SignInIdentity(
                subject, subject.substring(0, 8) + "@clientela.test", "Sub", "Scriber", Language.EN));
        tx.commit();
        return customer;
    }
}
