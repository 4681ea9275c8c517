package org.clientela.it.browser;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.clientela.it.support.TestEnvironment;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

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

    private static final Set<String> FAILING = Set.of("serious", "critical");

    private static final String MARK = "__clientelaAxeChecked";

    /**
     * The page's shape, what axe-core's rules look at besides colours and text: for each element
     * its tag, classes, id and {@code for} without numbers, role, type, the names of its aria
     * attributes, whether it has an alt, a title, a label text or a value; as a sorted set.
     */
    private static final String SHAPE = """
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
        String shape;
        try {
            shape = (String) ((JavascriptExecutor) driver).executeScript(SHAPE);
            if (SHAPES_CHECKED.contains(shape)) {
                SKIPPED.incrementAndGet();
                ((JavascriptExecutor) driver).executeScript("window." + MARK + " = true;");
                return;
            }
            long start = System.nanoTime();
            violations = violations(driver);
            NANOS.addAndGet(System.nanoTime() - start);
            CHECKED.incrementAndGet();
        } catch (WebDriverException e) {
            if (!url.equals(currentUrlOrNull(driver))) {
                return; // the page went on while axe looked: the next one is checked in turn
            }
            throw e;
        }
        ((JavascriptExecutor) driver).executeScript("window." + MARK + " = true;");
        SHAPES_CHECKED.add(shape);
        if (!violations.isEmpty()) {
            throw new AssertionError("axe-core finds serious or critical accessibility violations on "
                    + driver.getCurrentUrl() + ":\n" + String.join("\n", violations));
        }
    }

    /** How many pages were checked so far in this run, in how long, and how many were left out. */
    static String tally() {
        return "axe-core checked %d pages in %.1f s; %d more were of a shape already checked"
                .formatted(CHECKED.get(), NANOS.get() / 1e9, SKIPPED.get());
    }

    /** The serious and critical violations of the page shown, one line per rule and element. */
    public static List<String> violations(WebDriver driver) {
        // only the violations come back whole: by default axe-core also returns every element that
        // passed each rule, which on a long page is most of the time the check takes
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        options.setIFrames(false);
        Results results = new AxeBuilder().withOptions(options).analyze(driver);
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
