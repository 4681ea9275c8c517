package org.clientela.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import java.util.UUID;
import org.clientela.it.browser.Browser;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.support.ErpApi;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.Tokens;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The CRM as staff meet it in the browser: a question answered by staff and by another customer,
 * the asker accepting the customer's answer, and both records in the customer 360 (the helper
 * moved up to supporter); a one-star review opens a follow-up task that an agent completes.
 * Customers get 403 on every CRM page.
 */
@RunAsClient
class CrmBrowserIT extends PortalBrowserTest {

    @Test
    void anAcceptedAnswerMovesItsAuthorUpAndThe360ShowsTheWholeThread() {
        String title = "Which charger fits " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser olena = Browser.open();
                Browser agent = Browser.open();
                Browser ivan = Browser.open();
                Browser sales = Browser.open()) {
            olena.signInAs("customer", "/community/ask");
            olena.type("ask-form:title", title);
            olena.type("ask-form:body", "The old one broke.");
            olena.find("[id='ask-form:post-question']").click();
            olena.await(urlContains("/community/question?id="));
            String questionId = olena.url().replaceAll(".*[?&]id=(\\d+).*", "$1");

            // staff answer from the queue, a customer from the question page
            agent.signInAs("agent", "/staff/community");
            String row = "li.queue-item[data-id='" + questionId + "']";
            agent.find(row + " textarea").sendKeys("Any USB-C charger of 20 W.");
            agent.find(row + " input[type='submit']").click();
            agent.await(textToBePresentInElementLocated(By.id("messages"), "Your answer is posted."));

            ivan.signInAs("customer2", "/community/question?id=" + questionId);
            ivan.type("answer-form:answer-body", "Mine is the 25 W one from the catalog, it works well.");
            ivan.find("[id='answer-form:post-answer']").click();
            ivan.await(presenceOfElementLocated(By.cssSelector("#answers li.answer:nth-of-type(2)")));

            olena.go(TestEnvironment.PORTAL + "/community/question?id=" + questionId);
            WebElement ivansAnswer = olena.find("#answers li.answer:nth-of-type(2)");
            assertThat(ivansAnswer.getText()).contains("25 W");
            ivansAnswer
                    .findElement(By.cssSelector("input[value='Accept this answer']"))
                    .click();
            olena.await(textToBePresentInElementLocated(By.id("messages"), "The answer is accepted."));

            // the sales manager reads both records
            sales.signInAs("sales");
            open360(sales, "customer2@clientela.test", "Ivan Petrov");
            assertThat(sales.text("#customer-stage")).isEqualTo("Supporter");
            assertThat(sales.text("[id='stage-history']")).contains("Supporter");
            assertThat(sales.text("[id='timeline']")).contains("Answer accepted", title);

            open360(sales, "customer@clientela.test", "Olena Kovalenko");
            assertThat(sales.text("[id='latest-posts']")).contains(title);
            // staff read about the customer, not the customer's own wording ("My addresses")
            assertThat(sales.text("#addresses caption")).isEqualTo("Addresses");
            assertThat(sales.text("[id='timeline']")).contains("Asked a question", title);
        }
    }

    @Test
    void aOneStarReviewOpensAFollowUpTaskThatAnAgentCompletes() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 6);
        String sku = "CRM-" + key.toUpperCase();
        ErpApi.categoryWithProduct(Tokens.erpConnector(), "crm-kettles-" + key, sku, "20.00", 5, "Kettle " + key);
        try (Browser ivan = Browser.open();
                Browser agent = Browser.open()) {
            ivan.signInAs("customer2", "/account/review?sku=" + sku);
            ivan.await(presenceOfElementLocated(By.cssSelector("[id='review:body']")));
            ivan.find("#rating-1").click();
            ivan.type("review:body", "Leaks after a week " + key);
            ivan.find("[id='review:save']").click();
            ivan.await(presenceOfElementLocated(By.cssSelector("article.review")));

            agent.signInAs("agent", "/staff/tasks");
            WebElement task = agent.find(By.xpath("//table[@id='tasks']//tr[contains(., 'Leaks after a week " + key
                    + "') or contains(., 'Kettle " + key + "')]"));
            assertThat(task.getText()).contains("Negative review");
            String taskId = task.getAttribute("id");
            task.findElement(By.name("outcome")).sendKeys("Called the customer, replacement sent");
            task.findElement(By.cssSelector("input[value='Complete']")).click();
            agent.await(textToBePresentInElementLocated(By.id("messages"), "The task is done."));
            assertThat(agent.has("#" + taskId))
                    .as("done, it leaves the open list")
                    .isFalse();

            open360(agent, "customer2@clientela.test", "Ivan Petrov");
            assertThat(agent.text("[id='timeline']")).contains("Follow-up task done");
        }
    }

    @Test
    void customersGet403OnEveryCrmPage() {
        try (Browser browser = Browser.open()) {
            browser.signInAs("customer");
            for (String page : new String[] {
                "/staff/crm", "/staff/tasks", "/staff/crm/settings", "/staff/customer?id=1", "/staff/crm/dashboard"
            }) {
                browser.go(TestEnvironment.PORTAL + page);
                assertThat(browser.text("#page-title")).as(page).isEqualTo("Access denied");
            }
        }
    }

    private static void open360(Browser staff, String email, String name) {
        staff.go(TestEnvironment.PORTAL + "/staff/customers?q=" + email);
        // the search finds every address containing the text, and other tests leave records with
        // the demo addresses: take the row of exactly this address and name
        staff.find(By.xpath("//*[@id='results']//tr[td[normalize-space(.)='" + email
                        + "']]//a[contains(@class, 'customer-link') and normalize-space(.)='" + name + "']"))
                .click();
        staff.await(presenceOfElementLocated(By.id("customer-stage")));
    }
}
