package org.clientela.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clientela.it.browser.Browser;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.browser.PortalPage;
import org.clientela.it.support.SentMail;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.incontainer.Eventually;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Subscribing in a browser: a visitor subscribes in Bulgarian and confirms by the mailed link (the
 * page answers in Bulgarian); a signed-in customer subscribes from their account.
 */
@RunAsClient
class SubscriptionIT extends PortalBrowserTest {

    static final Pattern CONFIRM =
            Pattern.compile("(http://localhost:8080/subscription/confirm\\?token=[A-Za-z0-9_.-]+)");

    @Test
    void aVisitorSubscribesWithDoubleOptInAndACustomerFromTheirAccount() {
        String key = UUID.randomUUID().toString().substring(0, 6);
        String category = "Phones " + key;
        try (Browser editor = Browser.open()) {
            editor.signInAs("editor", "/staff/news-categories");
            editor.type("newCategory:slug", "phones-" + key);
            editor.type("newCategory:name_en", category);
            editor.type("newCategory:name_bg", "Телефони " + key);
            editor.find("[id='newCategory:create']").click();
            editor.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
        }

        String email = "visitor-" + key + "@clientela.test";
        try (Browser visitor = Browser.open()) {
            new PortalPage(visitor).open("/subscribe").switchLanguage("bg");
            visitor.await(presenceOfElementLocated(By.id("subscribe:email")));
            visitor.type("subscribe:email", email);
            visitor.find(By.xpath("//label[normalize-space()='Телефони " + key + "']"))
                    .click();
            visitor.find("[id='subscribe:send']").click();
            visitor.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
            assertThat(visitor.pageText()).contains("Моля, проверете пощата си");

            String link = Eventually.await(
                    "the confirmation mail", Duration.ofSeconds(30), () -> SentMail.newestLink(email, CONFIRM));
            assertThat(SentMail.subjects(email))
                    .containsExactly("Моля, потвърдете абонамента си за новините на Clientela");
            visitor.go(link);
            visitor.await(presenceOfElementLocated(By.id("subscription-outcome")));
            assertThat(visitor.text("#subscription-outcome")).isEqualTo("Абонаментът ви е потвърден. Добре дошли!");
            visitor.go(link + "x");
            assertThat(visitor.text("#subscription-outcome")).contains("не е валидна");
        }

        try (Browser customer = Browser.open()) {
            customer.signInAs("customer2");
            new PortalPage(customer).switchLanguage("en");
            customer.go(TestEnvironment.PORTAL + "/account/subscriptions");
            customer.await(presenceOfElementLocated(By.id("subscription:save")));
            // nothing chosen yet: told so, nothing saved
            customer.find("[id='subscription:save']").click();
            customer.await(presenceOfElementLocated(By.cssSelector(".ui-messages-error")));
            assertThat(customer.text("#subscription-state")).isEqualTo("You are not subscribed to news yet.");
            customer.find(By.xpath("//label[normalize-space()='" + category + "']"))
                    .click();
            customer.find(By.xpath("//label[normalize-space()='Each article as it is published']"))
                    .click();
            customer.find("[id='subscription:save']").click();
            customer.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
            assertThat(customer.text("#subscription-state")).isEqualTo("You are subscribed to the news below.");
        }

        // an article published there reaches the customer at once, the mail in their language
        int before = SentMail.count("customer2@clientela.test");
        try (Browser editor = Browser.open()) {
            editor.signInAs("editor", "/staff/news-article");
            editor.await(presenceOfElementLocated(By.id("article:saveArticle")));
            editor.find(By.xpath("//label[normalize-space()='" + category + "']"))
                    .click();
            editor.find("[id='article:saveArticle']").click();
            editor.await(presenceOfElementLocated(By.id("tr_en:title")));
            NewsIT.write(editor, "en", "Folding phone " + key, "It folds.");
            NewsIT.step(editor, "en", "IN_REVIEW");
            NewsIT.step(editor, "en", "PUBLISHED");
        }
        String mail = Eventually.await("the article mail", Duration.ofSeconds(30), () -> {
            MimeMessage[] received = TestEnvironment.mail().getReceivedMessagesForDomain("customer2@clientela.test");
            return received.length > before ? SentMail.text(received[received.length - 1]) : null;
        });
        // Ivan prefers Bulgarian: the mail around the English article speaks it
        assertThat(mail)
                .contains("Folding phone " + key)
                .contains("Прочетете статията")
                .contains("/subscription/unsubscribe?token=");
    }
}
