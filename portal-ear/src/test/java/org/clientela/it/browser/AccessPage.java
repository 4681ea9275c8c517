package org.clientela.it.browser;

import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import java.time.Duration;
import java.util.regex.Pattern;
import org.clientela.it.support.SentMail;
import org.clientela.it.support.incontainer.Eventually;
import org.openqa.selenium.By;

/** {@code /account/access} as the account's owner uses it: who may see and do what. */
public class AccessPage {

    /** The link in an invitation mail. */
    public static final Pattern INVITATION =
            Pattern.compile("(http://localhost:8080/invitation\\?token=[A-Za-z0-9_.-]+)");

    private final Browser browser;

    public AccessPage(Browser browser) {
        this.browser = browser;
    }

    /**
     * Invites {@code email} with one right (e.g. {@code VIEW_ORDERS}) from the open access page
     * and waits for the invitation mail, whose link it returns. The page still shows what sending
     * answered.
     */
    public String invite(String email, String right) {
        browser.await(presenceOfElementLocated(By.id("invite:email")));
        int mailsBefore = SentMail.count(email);
        browser.type("invite:email", email);
        browser.find("[id='invite:invite_" + right + "'] .ui-chkbox-box").click();
        browser.find("[id='invite:send']").click();
        browser.await(presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
        return Eventually.await(
                "the invitation mail to " + email,
                Duration.ofSeconds(30),
                () -> SentMail.count(email) > mailsBefore ? SentMail.newestLink(email, INVITATION) : null);
    }
}
