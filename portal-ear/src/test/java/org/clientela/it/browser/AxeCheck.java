package org.clientela.it.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clientela.it.support.TestEnvironment;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * axe-core (WCAG 2.1 AA and axe's best practices) over the portal page a browser shows. Serious
 * and critical violations fail the test; moderate and minor ones are left to people to judge.
 * Each document is checked once: a mark in its window says so, and a new page has a new window
 * object. Keycloak's pages, and anything that is not an HTML page, are not the portal's to fix.
 */
public final class AxeCheck {

    private static final Set<String> FAILING = Set.of("serious", "critical");

    private static final String MARK = "__clientelaAxeChecked";

    private AxeCheck() {}

    /** Fails with every serious or critical violation of the page shown, unless it was checked already. */
    static void pageShown(WebDriver driver) {
        String url;
        try {
            if (!uncheckedPortalPage(driver)) {
                return;
            }
            url = driver.getCurrentUrl();
        } catch (WebDriverException busy) { // an alert open, a page on its way out: nothing to check yet
            return;
        }
        List<String> violations;
        try {
            violations = violations(driver);
        } catch (WebDriverException e) {
            if (!url.equals(currentUrlOrNull(driver))) {
                return; // the page went on while axe looked: the next one is checked in turn
            }
            throw e;
        }
        ((JavascriptExecutor) driver).executeScript("window." + MARK + " = true;");
        if (!violations.isEmpty()) {
            throw new AssertionError("axe-core finds serious or critical accessibility violations on "
                    + driver.getCurrentUrl() + ":\n" + String.join("\n", violations));
        }
    }

    /** The serious and critical violations of the page shown, one line per rule and element. */
    public static List<String> violations(WebDriver driver) {
        Results results = new AxeBuilder().disableIframeTesting().analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError(
                    "axe-core could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (!FAILING.contains(rule.getImpact())) {
                continue;
            }
            for (CheckedNode node : rule.getNodes()) {
                found.add("  " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at "
                        + node.getTarget() + ": " + node.getHtml() + " — "
                        + node.getFailureSummary().replace('\n', ' '));
            }
        }
        return found;
    }

    private static String currentUrlOrNull(WebDriver driver) {
        try {
            return driver.getCurrentUrl();
        } catch (WebDriverException gone) {
            return null;
        }
    }

    private static boolean uncheckedPortalPage(WebDriver driver) {
        if (!driver.getCurrentUrl().startsWith(TestEnvironment.PORTAL + "/")) {
            return false;
        }
        Object unchecked = ((JavascriptExecutor) driver)
                .executeScript("return document.readyState === 'complete'"
                        + " && document.contentType === 'text/html' && !window." + MARK + ";");
        return Boolean.TRUE.equals(unchecked);
    }
}
