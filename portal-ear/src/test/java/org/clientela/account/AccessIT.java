package org.clientela.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import java.time.Duration;
import java.util.regex.Pattern;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * Access grants as two people live them, each in their own browser: Olena invites Ivan by email,
 * Ivan accepts through the mailed link, acts for Olena from the header and changes her phone; Olena
 * sees what he did and revokes; Ivan's access is gone at once.
 */
@RunAsClient
class AccessIT extends PortalBrowserTest {

    static final String GRANTEE_EMAIL = "customer2@clientela.test";
    static final Pattern VERIFICATION =
            Pattern.compile("(http://localhost:8180/realms/clientela/login-actions/action-token\\?[^\\s\"<>]+)");

    @Test
    void inviteAcceptActForTheOwnerThenRevokeAndTheAccessIsGone() {
        try (Browser owner = Browser.open();
                Browser grantee = Browser.open()) {
            // Olena invites Ivan with the right to edit her profile
            owner.signInAs("customer", "/account/access");
            String link = new AccessPage(owner).invite(GRANTEE_EMAIL, "EDIT_PROFILE");
            assertThat(owner.pageText()).contains("The invitation has been sent to " + GRANTEE_EMAIL);
            assertThat(owner.text("[id='given:grants']"))
                    .contains(GRANTEE_EMAIL)
                    .contains("Invited");

            // Ivan follows the link, signs in from the invitation page and accepts
            grantee.go(link);
            grantee.await(presenceOfElementLocated(By.id("invitation-offer")));
            new PortalPage(grantee).switchLanguage("en");
            assertThat(grantee.text("#invitation-offer")).contains("Olena Kovalenko");
            assertThat(grantee.text("#invitation-rights")).contains("Change the profile and addresses");
            grantee.find("#invitation-sign-in").click();
            grantee.await(d -> grantee.url().startsWith(TestEnvironment.KEYCLOAK));
            new KeycloakPage(grantee).signInAs("customer2", DEMO_PASSWORD);
            grantee.await(presenceOfElementLocated(By.id("accept:acceptButton")));
            grantee.find("[id='accept:acceptButton']").click();
            grantee.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
            assertThat(grantee.pageText()).contains("You now have access to the account Olena Kovalenko.");

            // ... chooses Olena in the header and edits her phone
            new Select(grantee.find("#act-for-account")).selectByVisibleText("Olena Kovalenko");
            String olenaId = grantee.find("#act-for-account option:checked").getAttribute("value");
            grantee.find("#act-for-switch").click();
            grantee.await(presenceOfElementLocated(By.id("acting-for-banner")));
            assertThat(grantee.text("#acting-for-banner")).contains("You are acting for Olena Kovalenko");
            grantee.go(TestEnvironment.PORTAL + "/account/profile");
            grantee.await(presenceOfElementLocated(By.id("profile:phone")));
            assertThat(grantee.text("#profile-name")).isEqualTo("Olena Kovalenko");
            assertThat(grantee.find("[id='profile:consent_EMAIL_OFFERS_input']").isEnabled())
                    .isFalse();
            grantee.type("profile:phone", "+359 877 000 111");
            grantee.find("[id='profile:save']").click();
            grantee.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));

            // Olena sees the change, and who made it
            owner.go(TestEnvironment.PORTAL + "/account/profile");
            owner.await(presenceOfElementLocated(By.id("profile:phone")));
            assertThat(owner.find("[id='profile:phone']").getAttribute("value")).isEqualTo("+359877000111");
            owner.go(TestEnvironment.PORTAL + "/account/access");
            owner.find("[id='given:grants'] .grant-activity").click();
            owner.await(presenceOfElementLocated(By.id("activity")));
            assertThat(owner.text("#activity")).contains("Ivan Petrov").contains("Profile updated");

            // ... and revokes: Ivan's next page is his own again, and a forced switch is refused
            owner.find("[id='given:grants'] .revoke-grant").click();
            owner.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
            assertThat(owner.text("[id='given:grants']")).contains("Revoked");

            grantee.go(TestEnvironment.PORTAL + "/account/profile");
            grantee.await(presenceOfElementLocated(By.id("profile:phone")));
            assertThat(grantee.pageText()).contains("Your access to that account has ended");
            assertThat(grantee.text("#profile-name")).isEqualTo("Ivan Petrov");
            assertThat(grantee.has("#act-for-account")).isFalse();
            postActFor(grantee, olenaId);
            grantee.await(presenceOfElementLocated(By.id("page-title")));
            assertThat(grantee.text("#page-title")).isEqualTo("Access denied");
        }
    }

    @Test
    void aNewcomerRegistersFromTheInvitationAndAccepts() {
        String newcomer = "newcomer-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@clientela.test";
        try (Browser owner = Browser.open();
                Browser invitee = Browser.open()) {
            owner.signInAs("customer", "/account/access");
            String link = new AccessPage(owner).invite(newcomer, "VIEW_ORDERS");

            invitee.go(link);
            invitee.await(presenceOfElementLocated(By.id("invitation-register")));
            invitee.find("#invitation-register").click();
            invitee.await(d -> invitee.url().startsWith(TestEnvironment.KEYCLOAK));
            new KeycloakPage(invitee).registerAs("Nova", "Newcomer", newcomer, "Newcomer-2026");
            invitee.go(Eventually.await(
                    "the verification mail",
                    Duration.ofSeconds(30),
                    () -> SentMail.newestLink(newcomer, VERIFICATION)));
            // Keycloak finishes the sign-in and the portal brings the person back to the invitation
            invitee.await(presenceOfElementLocated(By.id("accept:acceptButton")));
            invitee.find("[id='accept:acceptButton']").click();
            invitee.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
            assertThat(invitee.text("[id='received:grants']")).contains("Olena Kovalenko");
        }
    }

    /** What a hand-made form (or a replayed request) would send to the header's switch. */
    static void postActFor(Browser browser, String accountId) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const f = document.createElement('form'); f.method = 'post'; f.action = '/account/act-for';"
                                + "const i = document.createElement('input'); i.name = 'account'; i.value = arguments[0];"
                                + "f.appendChild(i); document.body.appendChild(f); f.submit();",
                        accountId);
    }
}
