package org.clientela.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.clientela.it.browser.Browser;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.browser.PortalPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/** The subscription form offers the news in the language the visitor reads the portal in, and only that one. */
@RunAsClient
class SubscribeFormIT extends PortalBrowserTest {

    @Test
    void theFormPreselectsTheLanguageOfTheUiOnly() {
        try (Browser visitor = Browser.open()) {
            PortalPage page = new PortalPage(visitor).open("/subscribe");
            assertThat(chosen(visitor)).containsExactlyEntriesOf(only("en"));
            page.switchLanguage("bg");
            assertThat(chosen(visitor)).containsExactlyEntriesOf(only("bg"));
            page.switchLanguage("uk");
            assertThat(chosen(visitor)).containsExactlyEntriesOf(only("uk"));
        }
    }

    private static Map<String, Boolean> chosen(Browser visitor) {
        Map<String, Boolean> chosen = new TreeMap<>();
        for (String tag : new String[] {"bg", "en", "ru", "uk"}) {
            chosen.put(
                    tag,
                    visitor.find("[id='subscribe:language_" + tag + "_input']").isSelected());
        }
        return chosen;
    }

    private static Map<String, Boolean> only(String tag) {
        Map<String, Boolean> only = new TreeMap<>(Map.of("bg", false, "en", false, "ru", false, "uk", false));
        only.put(tag, true);
        return only;
    }
}
