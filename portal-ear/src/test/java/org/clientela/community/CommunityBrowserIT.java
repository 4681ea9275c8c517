package org.clientela.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import java.util.UUID;
import org.clientela.it.browser.Browser;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A customer asks in the browser, a support agent answers from the queue, the customer accepts
 * the answer, and a visitor finds it in the knowledge base. Script in a post shows as text;
 * customers do not get into the queue.
 */
@RunAsClient
class CommunityBrowserIT extends PortalBrowserTest {

    @Test
    void aCustomerAsksAnAgentAnswersFromTheQueueAndTheAnswerBecomesKnowledge() {
        String word = "zebrafix"
                + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 5);
        String title = "Router keeps rebooting " + word;
        try (Browser customer = Browser.open();
                Browser agent = Browser.open();
                Browser visitor = Browser.open()) {
            customer.signInAs("customer", "/community");
            customer.find("#ask").click();
            customer.await(presenceOfElementLocated(By.id("ask-form")));

            // an empty title is refused beside the field, and the text typed stays
            customer.type("ask-form:body", "It restarts every hour.\n\n<script>alert('x')</script>");
            customer.find("[id='ask-form:post-question']").click();
            customer.await(textToBePresentInElementLocated(
                    By.id("ask-form:title-message"), "Please give your question a title."));
            assertThat(customer.find("[id='ask-form:body']").getAttribute("value"))
                    .startsWith("It restarts every hour.");

            customer.type("ask-form:title", title);
            customer.type("ask-form:tags", "router wifi");
            customer.find("[id='ask-form:post-question']").click();
            customer.await(urlContains("/community/question?id="));
            String questionId = customer.url().replaceAll(".*[?&]id=(\\d+).*", "$1");
            assertThat(customer.text("#page-title")).isEqualTo(title);
            assertThat(customer.text("#messages")).contains("Your question is posted.");
            assertThat(customer.text("#question-body"))
                    .as("the script shows as text and never runs")
                    .contains("<script>alert('x')</script>");
            assertThat(customer.has("#question-body script")).isFalse();

            // the agent finds it in the queue, oldest first, and answers inline
            agent.signInAs("agent", "/staff/");
            agent.find("#staff-community").click();
            agent.await(presenceOfElementLocated(By.id("queue")));
            String row = "li.queue-item[data-id='" + questionId + "']";
            assertThat(agent.text(row)).contains(title);
            agent.find(row + " textarea").sendKeys("Update the firmware: **Settings → Update**.");
            agent.find(row + " input[type='submit']").click();
            agent.await(textToBePresentInElementLocated(By.id("messages"), "Your answer is posted."));
            assertThat(agent.has(row)).as("answered, it leaves the queue").isFalse();

            // the customer sees the staff answer and accepts it
            customer.go(TestEnvironment.PORTAL + "/community/question?id=" + questionId);
            assertThat(customer.text("#answers")).contains("Update the firmware", "Staff");
            assertThat(customer.find("#answers strong").getText()).isEqualTo("Settings → Update");
            customer.find("#answers input[value='Accept this answer']").click();
            customer.await(textToBePresentInElementLocated(By.id("messages"), "The answer is accepted."));
            assertThat(customer.text("#answers")).contains("Accepted answer");
            // the answer was notified; the demo customer keeps nothing unread
            customer.go(TestEnvironment.PORTAL + "/account/notifications/list");
            assertThat(customer.text("#notification-list")).contains(title);
            customer.find("[id='notifications:mark-all-read']").click();
            customer.await(textToBePresentInElementLocated(By.id("messages"), "marked as read"));

            // a visitor finds it in the knowledge base, and reads it without a session
            visitor.go(TestEnvironment.PORTAL + "/community/kb?lang=en&q=" + word);
            assertThat(visitor.text("#kb-results")).contains(title);
            visitor.find("#kb-results a.question-link").click();
            visitor.await(presenceOfElementLocated(By.id("question-body")));
            assertThat(visitor.has("#answer-form")).isFalse();
            assertThat(visitor.driver().manage().getCookieNamed("JSESSIONID")).isNull();
        }
    }

    @Test
    void customersDoNotGetIntoTheSupportQueue() {
        try (Browser browser = Browser.open()) {
            browser.signInAs("customer");
            browser.go(TestEnvironment.PORTAL + "/staff/community");
            assertThat(browser.text("#page-title")).isEqualTo("Access denied");
            browser.go(TestEnvironment.PORTAL + "/staff/case?id=1");
            assertThat(browser.text("#page-title")).isEqualTo("Access denied");
        }
    }
}
