package org.clientela.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import java.net.URI;
import java.util.UUID;
import org.clientela.it.browser.Browser;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.WebSession;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Staff at work: a sales manager logs a call on a customer's 360 and finds it on the timeline;
 * an agent plans a task for a colleague, who finds it among their own. Customers get 403.
 */
@RunAsClient
class WorkJournalBrowserIT extends PortalBrowserTest {

    @Test
    void salesLogsACallOnThe360AndSeesItOnTheTimeline() {
        String said = "Asked about delivery to Plovdiv "
                + UUID.randomUUID().toString().substring(0, 6);
        try (Browser ivan = Browser.open();
                Browser sales = Browser.open()) {
            // the portal keeps a record of those who signed in once
            ivan.signInAs("customer2");
            sales.signInAs("sales");
            open360(sales, "customer2@clientela.test", "Ivan Petrov");
            new Select(sales.find("[id='journal:kind']")).selectByVisibleText("Call");
            new Select(sales.find("[id='journal:direction']")).selectByVisibleText("Outbound");
            sales.type("journal:summary", said);
            sales.find("[id='journal:log']").click();
            sales.await(textToBePresentInElementLocated(By.id("messages"), "It is in the journal"));
            String timeline = sales.text("#timeline");
            assertThat(timeline).contains("Call logged", "Outbound: " + said, "Dmitri Sokolov");
        }
    }

    @Test
    void anAgentGivesATaskToAColleagueWhoFindsItAmongTheirOwn() {
        String title =
                "Prepare the yearly offer " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser sales = Browser.open();
                Browser agent = Browser.open()) {
            // the portal knows colleagues who have been to the back office
            sales.signInAs("sales", "/staff/tasks");
            sales.await(presenceOfElementLocated(By.id("tasks-team")));

            agent.signInAs("agent", "/staff/tasks");
            agent.type("new-task:title", title);
            agent.typeDate("new-task:due", "2031-03-14 10:00");
            new Select(agent.find("[id='new-task:assignee']")).selectByVisibleText("Dmitri Sokolov");
            agent.find("[id='new-task:create']").click();
            agent.await(textToBePresentInElementLocated(By.id("messages"), "The task is created."));

            // the list of all tasks may be long by now: the colleague's own is short
            sales.go(TestEnvironment.PORTAL + "/staff/tasks?filter=MINE");
            WebElement row = sales.find(By.xpath("//table[@id='tasks']//tr[contains(., '" + title + "')]"));
            assertThat(row.getText()).contains("Dmitri Sokolov", "Planned by staff");
            sales.find("#tasks-team").click();
            sales.await(presenceOfElementLocated(By.id("tasks")));
            assertThat(sales.text("#tasks")).contains(title);
            sales.find("#tasks-overdue").click();
            sales.await(presenceOfElementLocated(By.id("tasks")));
            assertThat(sales.text("#tasks")).doesNotContain(title);
        }
    }

    @Test
    void salesOpensACompanyAndKeepsItsContactPerson() {
        String key = UUID.randomUUID().toString().substring(0, 6);
        try (Browser sales = Browser.open()) {
            sales.signInAs("sales", "/staff/customers");
            sales.type("new-company:name", "Balkan Tools " + key);
            sales.type("new-company:vat", "bg 123 456 789");
            sales.type("new-company:owner", "owner-" + key + "@clientela.test");
            sales.find("[id='new-company:create-company']").click();
            sales.await(textToBePresentInElementLocated(By.id("messages"), "an invitation went to owner-" + key));
            assertThat(sales.text("#page-title")).isEqualTo("Balkan Tools " + key);

            new Select(sales.find("[id='relationship:relationship-type']")).selectByVisibleText("Partner");
            sales.find("[id='relationship:relate']").click();
            sales.await(textToBePresentInElementLocated(By.id("relationship-current"), "Partner"));
            assertThat(new Select(sales.find("[id='relationship:relationship-type']"))
                            .getFirstSelectedOption()
                            .getText())
                    .as("the menu shows the relationship it has")
                    .isEqualTo("Partner");

            sales.type("contact-form:contact-name", "Maria Ivanova");
            sales.type("contact-form:contact-phone", "12345");
            sales.find("[id='contact-form:save-contact']").click();
            sales.await(presenceOfElementLocated(By.cssSelector("[id='contact-form'] .ui-message-error")));
            sales.type("contact-form:contact-phone", "+359 888 123 456");
            sales.type("contact-form:contact-position", "Buyer");
            sales.find("[id='contact-form:save-contact']").click();
            sales.await(textToBePresentInElementLocated(By.id("messages"), "The contact person is saved."));
            assertThat(sales.text("#contacts")).contains("Maria Ivanova", "Buyer", "+359888123456");
            assertThat(sales.text("#timeline")).contains("Contact person added", "Company account created");
        }
    }

    @Test
    void aCustomerMayNotUseTheJournalOrTasks() throws Exception {
        WebSession customer = WebSession.signIn("customer");
        for (String page : new String[] {"/staff/tasks", "/staff/customer?id=1"}) {
            assertThat(customer.get(URI.create(TestEnvironment.PORTAL + page)).status())
                    .as(page)
                    .isEqualTo(403);
        }
        assertThat(customer.post(
                                URI.create(TestEnvironment.PORTAL + "/staff/customer"),
                                "id=1&journal=journal&journal%3Asummary=x&journal%3Alog=")
                        .status())
                .isEqualTo(403);
        WebSession agent = WebSession.signIn("agent", WebSession.DEMO_PASSWORD, "/staff/");
        assertThat(agent.get(URI.create(TestEnvironment.PORTAL + "/staff/tasks"))
                        .status())
                .isEqualTo(200);
    }

    private static void open360(Browser staff, String email, String name) {
        staff.go(TestEnvironment.PORTAL + "/staff/customers?q=" + email);
        staff.find(By.xpath("//*[@id='results']//tr[td[normalize-space(.)='" + email
                        + "']]//a[contains(@class, 'customer-link') and normalize-space(.)='" + name + "']"))
                .click();
        staff.await(presenceOfElementLocated(By.id("customer-stage")));
    }
}
