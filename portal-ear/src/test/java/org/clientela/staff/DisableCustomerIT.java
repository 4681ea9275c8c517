package org.clientela.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.it.browser.Browser;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.browser.PortalPage;
import org.clientela.it.browser.SessionClient;
import org.clientela.it.support.SentMail;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.incontainer.Eventually;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An admin disables a customer: the customer's open session gets 403 on their account at once,
 * and Keycloak refuses their next sign-in. A forged invitation link gets a clear message.
 */
@RunAsClient
class DisableCustomerIT extends PortalBrowserTest {

    static final Pattern ACTION_LINK =
            Pattern.compile("(http://localhost:8180/realms/clientela/login-actions/action-token\\?[^\\s\"<>]+)");

    @Test
    void anAdminDisablesACustomerWhoseSessionAndLoginStopWorking() {
        String email = "disabled-" + UUID.randomUUID().toString().substring(0, 8) + "@clientela.test";
        try (Browser customer = Browser.open();
                Browser admin = Browser.open()) {
            new PortalPage(customer).open("/").register().registerAs("Dana", "Disabled", email, "Disabled-2026");
            customer.go(Eventually.await(
                    "the verification mail", Duration.ofSeconds(30), () -> SentMail.newestLink(email, ACTION_LINK)));
            customer.await(d -> customer.url().startsWith(TestEnvironment.PORTAL) && customer.has("#user-name"));
            Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)")
                    .matcher(new SessionClient(customer).get("/api/account/me").body());
            assertThat(id.find()).isTrue();

            admin.signInAs("admin", "/staff/customer?id=" + id.group(1));
            admin.await(presenceOfElementLocated(By.id("customer-state")));
            assertThat(admin.text("#customer-state")).isEqualTo("Active");
            admin.find("[id='admin:disable']").click();
            admin.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
            assertThat(admin.text("#customer-state")).isEqualTo("Disabled");
            assertThat(admin.text("#timeline")).contains("Account disabled");

            customer.go(TestEnvironment.PORTAL + "/account/profile");
            customer.await(presenceOfElementLocated(By.id("page-title")));
            assertThat(customer.text("#page-title")).isEqualTo("Access denied");
        }
        try (Browser again = Browser.open()) {
            new PortalPage(again).open("/").signIn();
            again.type("username", email);
            again.type("password", "Disabled-2026");
            again.find("#kc-login").click();
            again.await(d -> again.pageText().contains("disabled"));
        }
    }

    @Test
    void aForgedInvitationLinkIsToldAsSuch() {
        try (Browser browser = Browser.open()) {
            browser.go(TestEnvironment.PORTAL + "/invitation?token=eyJmb3JnZWQi.bm90LXNpZ25lZA");
            browser.await(presenceOfElementLocated(By.id("invitation-problem")));
            assertThat(browser.text("#invitation-problem")).contains("This invitation link is not valid");
            assertThat(browser.has("#accept\\:acceptButton")).isFalse();
        }
    }
}
