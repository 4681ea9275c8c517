package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clientela.it.browser.Browser;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.browser.PortalPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

@RunAsClient
class HomePageIT extends PortalBrowserTest {

    record Expected(String tag, String heading, String catalog, String news, String community, String signIn) {}

    static final List<Expected> LANGUAGES = List.of(
            new Expected("bg", "Добре дошли в Clientela", "Каталог", "Новини", "Общност", "Вход"),
            new Expected("uk", "Ласкаво просимо до Clientela", "Каталог", "Новини", "Спільнота", "Увійти"),
            new Expected("ru", "Добро пожаловать в Clientela", "Каталог", "Новости", "Сообщество", "Войти"),
            new Expected("en", "Welcome to Clientela", "Catalog", "News", "Community", "Sign in"));

    @Test
    void anonymousHomePageRendersInEachLanguageAndKeepsTheChoice() {
        try (Browser browser = Browser.open()) {
            PortalPage page = new PortalPage(browser).open("/");
            assertThat(page.language()).isEqualTo("en");
            assertThat(page.heading()).isEqualTo("Welcome to Clientela");
            assertThat(browser.has(".ui-card"))
                    .as("PrimeFaces cards on the home page")
                    .isTrue();
            assertThat(browser.has("#sign-in")).isTrue();
            assertThat(browser.has("#register")).isTrue();

            for (Expected expected : LANGUAGES) {
                page.switchLanguage(expected.tag());
                assertThat(page.heading()).isEqualTo(expected.heading());
                assertThat(page.navigation("catalog")).isEqualTo(expected.catalog());
                assertThat(page.navigation("news")).isEqualTo(expected.news());
                assertThat(page.navigation("community")).isEqualTo(expected.community());
                assertThat(browser.text("#sign-in")).isEqualTo(expected.signIn());

                // the choice outlives the page: another section speaks the same language
                page.open("/community");
                assertThat(page.language()).isEqualTo(expected.tag());
                assertThat(page.heading()).isEqualTo(expected.community());
                page.open("/");
            }
        }
    }

    /**
     * A page's styles, scripts and fonts come from the browser's cache on the next page: no request,
     * not even to ask whether they changed (Chromium reports a transfer size of 0 only then).
     */
    @Test
    void theNextPageTakesItsStylesAndScriptsFromTheBrowsersCache() {
        try (Browser browser = Browser.open()) {
            new PortalPage(browser).open("/");
            List<String> first = resources(browser);
            new PortalPage(browser).open("/community");
            List<String> next = resources(browser);
            List<String> shared = next.stream()
                    .filter(entry -> first.stream().anyMatch(f -> name(f).equals(name(entry))))
                    .toList();
            assertThat(shared).as("resources both pages use").anyMatch(entry -> entry.contains("theme.css"));
            assertThat(shared).allMatch(entry -> entry.endsWith(" 0"), "loaded from the cache (transfer size 0)");
        }
    }

    /** The page's resources as "URL transferSize". */
    @SuppressWarnings("unchecked")
    private static List<String> resources(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver())
                .executeScript("return performance.getEntriesByType('resource')"
                        + ".filter(e => e.name.includes('/jakarta.faces.resource/'))"
                        + ".map(e => e.name + ' ' + e.transferSize);");
    }

    private static String name(String entry) {
        return entry.substring(0, entry.lastIndexOf(' '));
    }

    @Test
    void anUnknownAddressGetsATranslatedNotFoundPage() {
        try (Browser browser = Browser.open()) {
            PortalPage page = new PortalPage(browser).open("/").switchLanguage("ru");
            page.open("/no/such/page");
            assertThat(page.heading()).isEqualTo("Страница не найдена");
            assertThat(page.text()).doesNotContain("Exception").doesNotContain("at org.");
        }
    }
}
