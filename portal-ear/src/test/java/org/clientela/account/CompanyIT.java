package org.clientela.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import java.time.Duration;
import org.clientela.it.browser.AccessPage;
import org.clientela.it.browser.Browser;
import org.clientela.it.browser.KeycloakPage;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.browser.PortalPage;
import org.clientela.it.support.SentMail;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.incontainer.Eventually;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A company account in the browser: Olena creates it, acts for it, invites Ivan as a buyer; she
 * cannot leave as its last owner, makes Ivan an owner through "Change", and then can.
 */
@RunAsClient
class CompanyIT extends PortalBrowserTest {

    static final String IVAN = "customer2@clientela.test";

    @Test
    void aCompanyGetsMembersAndKeepsAnOwner() {
        try (Browser olena = Browser.open();
                Browser ivan = Browser.open()) {
            olena.signInAs("customer", "/account/access");
            olena.type("company:name", "Kovalenko <Trading>");
            olena.type("company:vat", "bg 204 567 890");
            olena.find("[id='company:createCompany']").click();
            olena.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
            assertThat(olena.pageText()).contains("The company account Kovalenko <Trading> has been created.");

            new Select(olena.find("#act-for-account")).selectByVisibleText("Kovalenko <Trading>");
            olena.find("#act-for-switch").click();
            olena.await(presenceOfElementLocated(By.id("acting-for-banner")));
            olena.go(TestEnvironment.PORTAL + "/account/access");
            olena.await(presenceOfElementLocated(By.id("invite:email")));
            assertThat(olena.text("[id='given:grants']"))
                    .contains("customer@clientela.test")
                    .contains("Owner");

            int before = SentMail.count(IVAN);
            olena.type("invite:email", IVAN);
            olena.choose("invite:invite_role", "Buyer");
            olena.find("[id='invite:send']").click();
            olena.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
            String link = Eventually.await(
                    "the invitation mail",
                    Duration.ofSeconds(30),
                    () -> SentMail.count(IVAN) > before ? SentMail.newestLink(IVAN, AccessPage.INVITATION) : null);

            ivan.go(link);
            ivan.await(presenceOfElementLocated(By.id("invitation-offer")));
            new PortalPage(ivan).switchLanguage("en");
            assertThat(ivan.text("#invitation-rights")).contains("Buyer");
            ivan.find("#invitation-sign-in").click();
            ivan.await(d -> ivan.url().startsWith(TestEnvironment.KEYCLOAK));
            new KeycloakPage(ivan).signInAs("customer2", DEMO_PASSWORD);
            ivan.await(presenceOfElementLocated(By.id("accept:acceptButton")));
            ivan.find("[id='accept:acceptButton']").click();
            ivan.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
            assertThat(new Select(ivan.find("#act-for-account")).getOptions())
                    .anyMatch(option -> option.getText().equals("Kovalenko <Trading>"));

            // the last owner cannot leave ...
            olena.go(TestEnvironment.PORTAL + "/account/access");
            olena.await(presenceOfElementLocated(By.id("received:grants")));
            olena.find("[id='received:grants'] .leave-grant").click();
            olena.await(presenceOfElementLocated(By.cssSelector(".ui-messages-error")));
            assertThat(olena.pageText()).contains("A company always needs an owner");

            // ... until she makes Ivan an owner too
            olena.go(TestEnvironment.PORTAL + "/account/access");
            olena.find("[id='given:grants'] .change-grant").click();
            olena.await(presenceOfElementLocated(By.id("edit:edit_role")));
            olena.choose("edit:edit_role", "Owner");
            olena.find("[id='edit:saveEdit']").click();
            olena.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
            assertThat(olena.text("[id='given:grants']")).contains(IVAN);
            olena.find("[id='received:grants'] .leave-grant").click();
            olena.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
            assertThat(olena.pageText()).contains("You no longer have access to that account.");
            assertThat(olena.has("#act-for-account option")).isFalse();
        }
    }
}
