package org.clientela.notification;

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
import org.openqa.selenium.WebElement;

/**
 * A customer's settings page (a channel switched off and on again, required kinds shown on and
 * disabled with the reason), and the header's count after a support agent answers the customer's
 * question: the list shows the entry, nobody else can open it, opening it reads it. The demo
 * customer is left with nothing unread and every switch on.
 */
@RunAsClient
class NotificationsBrowserIT extends PortalBrowserTest {

    private static final String SETTINGS = "/account/notifications";

    @Test
    void theSettingsPageSwitchesAChannelOffAndKeepsRequiredKindsOn() {
        try (Browser customer = Browser.open()) {
            customer.signInAs("customer", SETTINGS);
            assertThat(customer.text("#page-title")).isEqualTo("Notification settings");

            WebElement invoiceMail = customer.find("tr[data-kind='INVOICE_DUE'] input.channel-mail");
            assertThat(invoiceMail.isSelected()).isTrue();
            assertThat(invoiceMail.isEnabled())
                    .as("required by law: cannot be switched off")
                    .isFalse();
            assertThat(customer.text("tr[data-kind='INVOICE_DUE']")).contains("required by law");
            assertThat(customer.find("tr[data-kind='ORDER_DELIVERED'] input.channel-mail")
                            .isEnabled())
                    .isTrue();

            try {
                setDeliveredMail(customer, false);
                assertThat(customer.find("tr[data-kind='ORDER_DELIVERED'] input.channel-mail")
                                .isSelected())
                        .as("kept off")
                        .isFalse();
                assertThat(customer.find("tr[data-kind='ORDER_DELIVERED'] input.channel-portal")
                                .isSelected())
                        .as("the other channel stays on")
                        .isTrue();
            } finally {
                customer.go(TestEnvironment.PORTAL + SETTINGS);
                setDeliveredMail(customer, true);
            }
            assertThat(customer.find("tr[data-kind='ORDER_DELIVERED'] input.channel-mail")
                            .isSelected())
                    .isTrue();
        }
    }

    @Test
    void anAnswerShowsInTheHeaderCountAndOnlyTheAskerOpensIt() {
        String title =
                "Kettle whistles too early " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser customer = Browser.open();
                Browser agent = Browser.open();
                Browser other = Browser.open()) {
            customer.signInAs("customer", "/community/ask");
            int before = count(customer);
            customer.type("ask-form:title", title);
            customer.type("ask-form:body", "It whistles before the water boils.");
            customer.find("[id='ask-form:post-question']").click();
            customer.await(urlContains("/community/question?id="));
            String questionId = customer.url().replaceAll(".*[?&]id=(\\d+).*", "$1");

            agent.signInAs("agent", "/staff/community");
            String row = "li.queue-item[data-id='" + questionId + "']";
            agent.find(row + " textarea").sendKeys("Descale it with vinegar.");
            agent.find(row + " input[type='submit']").click();
            agent.await(textToBePresentInElementLocated(By.id("messages"), "Your answer is posted."));

            customer.go(TestEnvironment.PORTAL + "/account/");
            assertThat(count(customer)).isEqualTo(before + 1);
            assertThat(customer.find("#nav-notifications").getAttribute("aria-label"))
                    .isEqualTo((before + 1) + (before + 1 == 1 ? " unread notification" : " unread notifications"));

            customer.find("#nav-notifications").click();
            customer.await(presenceOfElementLocated(By.id("notification-list")));
            String entry = "#notification-list li.notification.unread:first-child";
            assertThat(customer.text(entry)).contains("Your question has a new answer: " + title);
            String id = customer.find(entry).getAttribute("data-id");

            // another customer and a member of staff get "not found", and read nothing
            other.signInAs("customer2", "/account/");
            other.go(TestEnvironment.PORTAL + "/account/notifications/open?id=" + id);
            assertThat(other.text("#page-title")).isEqualTo("Page not found");
            agent.go(TestEnvironment.PORTAL + "/staff/notifications/open?id=" + id);
            assertThat(agent.text("#page-title")).isEqualTo("Page not found");
            customer.go(TestEnvironment.PORTAL + "/account/notifications/list");
            assertThat(customer.has("#notification-list li.unread[data-id='" + id + "']"))
                    .isTrue();

            customer.find("#notification-list li[data-id='" + id + "'] a.notification-link")
                    .click();
            customer.await(urlContains("/community/question?id=" + questionId));
            assertThat(count(customer)).isEqualTo(before);

            // tidy: the demo customer keeps nothing unread
            customer.go(TestEnvironment.PORTAL + "/account/notifications/list");
            if (customer.has("[id='notifications:mark-all-read']")) {
                customer.find("[id='notifications:mark-all-read']").click();
                customer.await(textToBePresentInElementLocated(By.id("messages"), "marked as read"));
            }
            assertThat(count(customer)).isZero();
            assertThat(customer.has("#notification-list li.unread")).isFalse();

            // staff have their list too
            agent.go(TestEnvironment.PORTAL + "/staff/notifications");
            assertThat(agent.text("#page-title")).isEqualTo("Notifications");
        }
    }

    private static int count(Browser browser) {
        return Integer.parseInt(browser.text("#notification-count").strip());
    }

    private static void setDeliveredMail(Browser browser, boolean on) {
        WebElement box = browser.find("tr[data-kind='ORDER_DELIVERED'] input.channel-mail");
        if (box.isSelected() != on) {
            box.click();
        }
        browser.find("[id='settings:save']").click();
        browser.await(textToBePresentInElementLocated(By.id("messages"), "Your notification settings are saved."));
    }
}
