package org.clientela.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import java.util.UUID;
import org.clientela.it.browser.Browser;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.browser.PortalPage;
import org.clientela.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Staff read a customer's record in words of their own language, not in codes: the rights of a
 * grant, a news subscription on the timeline, the reasons of stage moves. Olena's subscription
 * and invitation are ended and revoked at the end, so her record is as other tests expect it.
 */
@RunAsClient
class StaffWordsIT extends PortalBrowserTest {

    @Test
    void grantsSubscriptionsAndStagesAreSaidInTheReadersLanguage() {
        String key = UUID.randomUUID().toString().substring(0, 6);
        String slug = "words-" + key;
        String invitee = "words-" + key + "@clientela.test";
        try (Browser editor = Browser.open();
                Browser olena = Browser.open();
                Browser agent = Browser.open()) {
            editor.signInAs("editor", "/staff/news-categories");
            editor.type("newCategory:slug", slug);
            editor.type("newCategory:name_en", "Words " + key);
            editor.type("newCategory:name_bg", "Думи " + key);
            editor.find("[id='newCategory:create']").click();
            editor.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));

            olena.signInAs("customer", "/account/subscriptions");
            olena.find(By.xpath("//label[normalize-space()='Words " + key + "']"))
                    .click();
            olena.find("[id='subscription:save']").click();
            olena.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
            olena.go(TestEnvironment.PORTAL + "/account/access");
            olena.type("invite:email", invitee);
            olena.find("[id='invite:invite_VIEW_ORDERS'] .ui-chkbox-box").click();
            olena.find("[id='invite:send']").click();
            olena.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
            try {
                agent.signInAs("agent", "/staff/customers?q=customer%40clientela.test");
                agent.find(By.xpath("//a[contains(@class, 'customer-link')][normalize-space()='Olena Kovalenko']"))
                        .click();
                agent.await(presenceOfElementLocated(By.id("timeline")));
                assertThat(agent.text("[id='grants']"))
                        .contains("See the orders")
                        .doesNotContain("VIEW_ORDERS")
                        .doesNotContain("[");
                assertThat(agent.text("#timeline"))
                        .contains("News: A weekly digest, in English, about " + slug)
                        .doesNotContain("WEEKLY")
                        .doesNotContain("@timeline")
                        .doesNotContain("@crm");
                assertThat(agent.text("[id='crm-stage']"))
                        .as("a stage's reason is words")
                        .doesNotContain("@crm");

                new PortalPage(agent).switchLanguage("ru");
                assertThat(agent.text("[id='grants']")).contains("Просматривать заказы");
                assertThat(agent.text("#timeline"))
                        .contains("Новости: Еженедельный дайджест, на языках: Английский, о: " + slug);
            } finally {
                olena.go(TestEnvironment.PORTAL + "/account/subscriptions");
                olena.find("[id='subscription:end']").click();
                olena.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
                olena.go(TestEnvironment.PORTAL + "/account/access");
                olena.find(By.xpath("//*[@id='given:grants']//tr[contains(., '" + invitee
                                + "')]//*[contains(@class, 'revoke-grant')]"))
                        .click();
                olena.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
            }
        }
    }
}
