package org.clientela.it.browser;

import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import org.clientela.it.support.TestEnvironment;
import org.openqa.selenium.By;

/** The portal's frame as a person sees it: header, navigation, language switch, user area. */
public class PortalPage {

    private final Browser browser;

    public PortalPage(Browser browser) {
        this.browser = browser;
    }

    public PortalPage open(String path) {
        browser.go(TestEnvironment.PORTAL + path);
        browser.await(presenceOfElementLocated(By.cssSelector("header.portal-header")));
        browser.assertNoPolicyViolations();
        return this;
    }

    public PortalPage switchLanguage(String tag) {
        browser.find("#lang-" + tag).click();
        browser.await(attributeToBe(By.tagName("html"), "lang", tag));
        return this;
    }

    public String language() {
        return browser.find("html").getAttribute("lang");
    }

    public String heading() {
        return browser.text("#page-title");
    }

    public String navigation(String section) {
        return browser.text("#nav-" + section);
    }

    public KeycloakPage signIn() {
        browser.find("#sign-in").click();
        browser.await(urlContains(TestEnvironment.KEYCLOAK));
        return new KeycloakPage(browser);
    }

    public KeycloakPage register() {
        browser.find("#register").click();
        browser.await(urlContains(TestEnvironment.KEYCLOAK));
        return new KeycloakPage(browser);
    }

    public boolean isSignedIn() {
        return browser.has("#user-name");
    }

    public String signedInName() {
        return browser.text("#user-name");
    }

    public PortalPage signOut() {
        browser.find("#sign-out").click();
        browser.await(presenceOfElementLocated(By.id("sign-in")));
        return this;
    }

    public String text() {
        return browser.pageText();
    }
}
