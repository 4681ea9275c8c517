package org.clientela.it.browser;

import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import org.clientela.it.support.TestEnvironment;
import org.openqa.selenium.By;

/** Keycloak's login and registration pages of the clientela realm. */
public class KeycloakPage {

    private final Browser browser;

    public KeycloakPage(Browser browser) {
        this.browser = browser;
        browser.await(driver -> browser.has("#kc-form-login") || browser.has("#kc-register-form"));
    }

    public String text() {
        return browser.pageText();
    }

    public String language() {
        return browser.find("html").getAttribute("lang");
    }

    public boolean isLoginForm() {
        return browser.has("#kc-form-login");
    }

    public boolean isRegistrationForm() {
        return browser.has("#kc-register-form");
    }

    /** Signs in and waits to be back on the portal. */
    public PortalPage signInAs(String username, String password) {
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys(password);
        browser.find("#kc-login").click();
        browser.await(urlContains(TestEnvironment.PORTAL));
        browser.await(presenceOfElementLocated(By.cssSelector("header.portal-header")));
        return new PortalPage(browser);
    }

    /** Fills Keycloak's registration form (the email doubles as the username) and sends it. */
    public void registerAs(String firstName, String lastName, String email, String password) {
        browser.type("firstName", firstName);
        browser.type("lastName", lastName);
        browser.type("email", email);
        if (browser.has("#username")) {
            browser.type("username", email);
        }
        browser.type("password", password);
        browser.type("password-confirm", password);
        browser.find("#kc-register-form [type=submit]").click();
    }
}
