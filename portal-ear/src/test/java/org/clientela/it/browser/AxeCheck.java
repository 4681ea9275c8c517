package org.clientela.it.browser;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.naming.OperationNotSupportedException;
import org.clientela.it.support.TestEnvironment;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (WCAG 2.1 AA and axe's best practices) over the portal page a browser shows. Serious
 * and critical violations fail the test; moderate and minor ones are left to people to judge.
 * Each document is checked once: a mark in its window says so, and a new page has a new window
 * object. Keycloak's pages, and anything that is not an HTML page, are not the portal's to fix.
 *
 * <p>The suite shows the same page in the same state many times (the account page after every
 * sign-in, the cart after every purchase), and axe-core costs more than most test steps. So a page
 * is checked once per run for each {@linkplain #SHAPE shape}: its address without numbers, its
 * language, and the set of kinds of element it holds. Data that only repeats a kind (five orders
 * instead of three) is the same shape; a message, a form field, an empty link or an element of
 * another style is a new one and is checked.
 */
public final class AxeCheck {

    private static final String AXE = script();

    /**
     * axe-core over the whole page; its serious and critical violations as lines, or why it could
     * not run. Of the rules axe-core runs by default (enabled, not experimental), only those that
     * can find something serious or critical run (by the rule's impact or one of its checks'):
     * the others (landmarks, heading order, regions…) could only report what the test leaves to
     * people, and cost about a fifth of the time. Should axe-core's bookkeeping of rules change,
     * every default rule runs.
     */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            const options = {resultTypes: ['violations'], iframes: false};
            try {
              const severe = impact => impact === 'serious' || impact === 'critical';
              const checkImpact = check => (axe._audit.data.checks[check.id || check] || {}).impact;
              const rules = axe._audit.rules
                .filter(rule => rule.enabled && !rule.tags.includes('experimental'))
                .filter(rule => severe(rule.impact)
                  || [...rule.any, ...rule.all, ...rule.none].some(check => severe(checkImpact(check))))
                .map(rule => rule.id);
              if (rules.length > 0) {
                options.runOnly = {type: 'rule', values: rules};
              }
            } catch (unknown) {
              // the default rules run
            }
            axe.run(document, options).then(
              results => done(results.violations
                .filter(rule => rule.impact === 'serious' || rule.impact === 'critical')
                .flatMap(rule => rule.nodes.map(node => '  ' + rule.impact + ' ' + rule.id + ' (' + rule.help
                  + ') at ' + JSON.stringify(node.target) + ': ' + node.html + ' — '
                  + node.failureSummary.replace(/\\n/g, ' ')))),
              error => done(String(error)));
            """;

    private static final String MARK = "__clientelaAxeChecked";

    /**
     * The page's shape, what axe-core's rules look at besides colours and text: for each element
     * its tag, classes, id and {@code for} without numbers, role, type, the names of its aria
     * attributes, whether it has an alt, a title, a label text or a value; as a sorted set. Null
     * for a page that is not the portal's (arguments[0]), not loaded, not HTML, or already checked
     * (marked with arguments[1]).
     */
    private static final String SHAPE = """
            if (location.origin !== arguments[0] || document.readyState !== 'complete'
                || document.contentType !== 'text/html' || window[arguments[1]]) {
              return null;
            }
            const kinds = new Set();
            for (const e of document.querySelectorAll('*')) {
              const aria = Array.from(e.attributes, a => a.name).filter(n => n.startsWith('aria-')).sort();
              const own = Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim() !== '');
              kinds.add([e.tagName, e.getAttribute('class'), (e.getAttribute('id') || '').replace(/[0-9]+/g, '#'),
                (e.getAttribute('for') || '').replace(/[0-9]+/g, '#'), e.getAttribute('role'),
                e.getAttribute('type'), aria.join(','), e.hasAttribute('alt'), e.hasAttribute('title'),
                own, e.hasAttribute('value'), e.hasAttribute('tabindex')].join('~'));
            }
            return location.pathname.replace(/[0-9]+/g, '#') + ' ' + document.documentElement.lang
              + ' ' + (document.title !== '') + ' | ' + Array.from(kinds).sort().join(' | ');
            """;

    private static final Set<String> SHAPES_CHECKED = ConcurrentHashMap.newKeySet();

    private static final AtomicInteger CHECKED = new AtomicInteger();

    private static final AtomicInteger SKIPPED = new AtomicInteger();

    private static final AtomicLong NANOS = new AtomicLong();

    private AxeCheck() {}

    /** Fails with every serious or critical violation of the page shown, unless it was checked already. */
    static void pageShown(WebDriver driver) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        String shape;
        try {
            // one call for most pages: those already checked, and Keycloak's, answer null
            shape = (String) page.executeScript(SHAPE, TestEnvironment.PORTAL, MARK);
        } catch (WebDriverException busy) { // an alert open, a page on its way out: nothing to check yet
            return;
        }
        if (shape == null) {
            return;
        }
        if (SHAPES_CHECKED.contains(shape)) {
            SKIPPED.incrementAndGet();
            page.executeScript("window[arguments[0]] = true;", MARK);
            return;
        }
        String url = currentUrlOrNull(driver);
        List<String> violations;
        try {
            long start = System.nanoTime();
            violations = violations(driver);
            long took = System.nanoTime() - start;
            NANOS.addAndGet(took);
            CHECKED.incrementAndGet();
            record(url, took);
        } catch (WebDriverException e) {
            if (url == null || !url.equals(currentUrlOrNull(driver))) {
                return; // the page went on while axe looked: the next one is checked in turn
            }
            throw e;
        }
        page.executeScript("window[arguments[0]] = true;", MARK);
        SHAPES_CHECKED.add(shape);
        if (!violations.isEmpty()) {
            throw new AssertionError("axe-core finds serious or critical accessibility violations on " + url + ":\n"
                    + String.join("\n", violations));
        }
    }

    /** How many pages were checked so far in this run, in how long, and how many were left out. */
    static String tally() {
        return "axe-core checked %d pages in %.1f s; %d more were of a shape already checked"
                .formatted(CHECKED.get(), NANOS.get() / 1e9, SKIPPED.get());
    }

    /**
     * Makes axe-core part of every document this browser opens. Sent over WebDriver for each check,
     * its half a megabyte of script cost more than the check itself; Chromium evaluates it at no
     * visible cost as a page loads. A window opened later lacks it and is given it when checked.
     */
    static void preload(ChromeDriver driver) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE));
    }

    /**
     * The serious and critical violations of the page shown, one line per rule and element.
     * axe-core runs in the page itself, as its own documentation's simplest use: the Selenium
     * integration's default mode runs it again in a window of its own, which tripled the time.
     */
    public static List<String> violations(WebDriver driver) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(AXE);
        }
        Object found = page.executeAsyncScript(RUN);
        if (found instanceof String error) {
            throw new AssertionError("axe-core could not check " + driver.getCurrentUrl() + ": " + error);
        }
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) found;
        return lines;
    }

    private static String script() {
        try {
            return new EmbeddedResourceAxeProvider().getScript();
        } catch (IOException | OperationNotSupportedException e) {
            throw new IllegalStateException("axe-core's script is not on the class path", e);
        }
    }

    /** Each page checked, with the time the check took, in the run's logs ({@code axe-pages.txt}). */
    private static void record(String url, long nanos) {
        try {
            Files.writeString(
                    TestEnvironment.logDir().resolve("axe-pages.txt"),
                    "%6d ms  %s%n".formatted(nanos / 1_000_000, url),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String currentUrlOrNull(WebDriver driver) {
        try {
            return driver.getCurrentUrl();
        } catch (WebDriverException gone) {
            return null;
        }
    }
}
