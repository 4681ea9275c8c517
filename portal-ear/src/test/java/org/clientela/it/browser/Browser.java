package org.clientela.it.browser;

import java.net.HttpCookie;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Level;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.WebSession;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium as a test's person: no cookies and no storage from other tests. Starting
 * Chromium costs more than most test steps, so a closed browser is wiped (cookies and storage of
 * the portal and Keycloak, extra windows) and kept for the next {@link #open()} of the run; one
 * that cannot be wiped is quit.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Headless Chromium as this machine runs it, in English, with a desktop-sized window. */
    public static final List<String> HEADLESS = List.of(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
            "--lang=en-US",
            "--window-size=1280,900");

    /**
     * How often a wait looks again. Selenium's default, half a second, was most of the time of a
     * step that a click answers in a few dozen milliseconds; a look is one short WebDriver call.
     */
    private static final Duration POLL = Duration.ofMillis(50);

    /**
     * What a site may keep in a browser, wiped between tests. Not the HTTP cache: it holds only the
     * versioned scripts, styles and fonts, as no portal or Keycloak page may be cached, and filling
     * it again cost every test a second on its first page.
     */
    private static final String STORAGE =
            "cookies,local_storage,indexeddb,websql,file_systems,cache_storage,service_workers";

    private static final Deque<ChromeDriver> IDLE = new ConcurrentLinkedDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.forEach(WebDriver::quit)));
    }

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** A browser whose preferred language is English, like a visitor who has chosen nothing yet. */
    public static Browser open() {
        ChromeDriver idle = IDLE.poll();
        return new Browser(idle != null ? idle : start());
    }

    private static ChromeDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(HEADLESS);
        options.addArguments(
                // a test goes from page to page hundreds of times: without a fresh browsing
                // instance (and its bookkeeping) for each, a navigation costs Chromium about
                // 15 % less CPU; no portal page may be kept for going back anyway (no-store)
                "--disable-features=BackForwardCache,ProactivelySwapBrowsingInstance,RenderDocument",
                "--disable-site-isolation-trials");
        // the console, where Chromium reports what the Content-Security-Policy blocked
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        AxeCheck.preload(driver);
        return driver;
    }

    /**
     * This browser signed in as a demo user, on {@code path}. Keycloak's pages are left out, as
     * only the tests of signing in need them: the sign-in runs over HTTP ({@link WebSession}) and
     * its cookies, the portal's session and Keycloak's, are handed to the browser.
     */
    public PortalPage signInAs(String username, String path) {
        WebSession session = WebSession.signIn(username, WebSession.DEMO_PASSWORD, path);
        if (!url().startsWith(TestEnvironment.PORTAL + "/")) {
            // a browser takes cookies for the page's own host only (a wiped one waits on /ping)
            go(TestEnvironment.PORTAL + "/ping");
        }
        takeCookies(driver, session);
        return new PortalPage(this).open(path);
    }

    /**
     * Hands the cookies of a session signed in over HTTP to a browser that is on a portal page (a
     * browser takes cookies for the page's own host only).
     */
    public static void takeCookies(WebDriver driver, WebSession session) {
        for (HttpCookie cookie : session.cookies()) {
            driver.manage()
                    .addCookie(new Cookie.Builder(cookie.getName(), cookie.getValue())
                            .path(cookie.getPath() == null ? "/" : cookie.getPath())
                            .isHttpOnly(cookie.isHttpOnly())
                            .build());
        }
    }

    /** This browser signed in as a demo user, on the home page. */
    public PortalPage signInAs(String username) {
        return signInAs(username, "/");
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String url) {
        driver.get(url);
        accessible();
    }

    /** Every portal page a test loads passes axe-core without a serious or critical violation. */
    private void accessible() {
        AxeCheck.pageShown(driver);
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebElement find(By locator) {
        return driver.findElement(locator);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** Replaces the content of the field with this id (ids of Faces components contain colons). */
    public void type(String id, String text) {
        WebElement field = find("[id='" + id + "']");
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Types into the PrimeFaces date picker with this id and closes its calendar, which opens on
     * focus and covers the fields below it. Escape can arrive while the calendar is still fading
     * in and be lost, so it is pressed until the calendar is gone. "Gone" is read from its style,
     * not from Selenium's visibility: a calendar that has just begun to fade in is transparent, which
     * Selenium counts as hidden, and it would cover the next button a moment later.
     */
    public void typeDate(String pickerId, String text) {
        String input = pickerId + "_input";
        type(input, text);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        await(d -> {
            Object open = js.executeScript(
                    "var p = document.getElementById(arguments[0]);"
                            + " return !!p && getComputedStyle(p).display !== 'none';",
                    pickerId + "_panel");
            if (!Boolean.TRUE.equals(open)) {
                return true;
            }
            find("[id='" + input + "']").sendKeys(Keys.ESCAPE);
            return false;
        });
    }

    /**
     * Chooses {@code label} in the PrimeFaces select menu with this id: opens it and clicks the
     * item, as a person does. Headless clicks on an overlay panel are sometimes lost (it closes
     * when the page scrolls under it), so after a few tries the menu's own widget picks the item.
     * Either way, the choice counts only once the menu shows it.
     */
    public void choose(String menuId, String label) {
        String menu = "[id='" + menuId + "']";
        String item = "[id='" + menuId + "_panel'] li[data-label='" + label + "']";
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("arguments[0].scrollIntoView({block: 'center'});", find(menu));
        for (int attempt = 0; attempt < 3 && !chosen(menuId, label); attempt++) {
            find(menu).click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3), POLL)
                        .until(d -> find(item).isDisplayed());
                find(item).click();
            } catch (RuntimeException missed) {
                // the panel did not open or closed again: try once more
            }
        }
        if (!chosen(menuId, label)) {
            js.executeScript(
                    "var label = arguments[1]; var menu = PrimeFaces.getWidgetById(arguments[0]);"
                            + "menu.selectItem(menu.items.filter(function () {"
                            + " return this.getAttribute('data-label') === label; }));",
                    menuId,
                    label);
        }
        await(d -> chosen(menuId, label));
    }

    private boolean chosen(String menuId, String label) {
        return text("[id='" + menuId + "_label']").strip().equals(label);
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String pageText() {
        return find("body").getText();
    }

    public <T> T await(ExpectedCondition<T> condition) {
        // pages are replaced while we wait: an element of the old page is no answer yet (Chromium
        // says so as a stale element, or, when the page went between finding and reading it, as a
        // node that "does not belong to the document")
        T answer = new WebDriverWait(driver, Duration.ofSeconds(30), POLL)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (WebDriverException e) {
                        if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                            return null; // asked again
                        }
                        throw e;
                    }
                });
        // what was awaited is often a page that a click brought
        accessible();
        return answer;
    }

    public void back() {
        driver.navigate().back();
    }

    /**
     * Fails when a page shown since the last look broke its Content-Security-Policy (an inline
     * script or handler without the nonce, a foreign source): such a page looks whole but part of
     * it does nothing. Chromium reports each refusal on the console, which is read (and so
     * emptied) here.
     */
    public void assertNoPolicyViolations() {
        List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
        if (!refused.isEmpty()) {
            throw new AssertionError("The Content-Security-Policy refused: " + String.join("\n", refused));
        }
    }

    /**
     * Wipes this browser and keeps it for the next test, or quits it when it cannot be wiped; fails
     * the test when a page broke its Content-Security-Policy.
     */
    @Override
    public void close() {
        AssertionError refused = null;
        try {
            assertNoPolicyViolations();
        } catch (AssertionError e) {
            refused = e;
        } catch (WebDriverException unreadable) {
            // the console cannot be read from a crashed tab: wiping below quits it
        }
        try {
            List<String> windows = new ArrayList<>(driver.getWindowHandles());
            for (String extra : windows.subList(1, windows.size())) {
                driver.switchTo().window(extra).close();
            }
            driver.switchTo().window(windows.get(0));
            // a page without scripts on the same site: the last page's scripts stop asking the
            // server, and Chromium keeps its renderer (leaving for about:blank cost it a new one,
            // about half a second for the wipe and again for the next test's first page)
            driver.get(TestEnvironment.PORTAL + "/ping");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            for (String origin : List.of(TestEnvironment.PORTAL, TestEnvironment.KEYCLOAK)) {
                driver.executeCdpCommand(
                        "Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", STORAGE));
            }
            IDLE.push(driver);
        } catch (WebDriverException unusable) { // an alert left open, a crashed tab
            driver.quit();
        }
        if (refused != null) {
            throw refused;
        }
    }
}
