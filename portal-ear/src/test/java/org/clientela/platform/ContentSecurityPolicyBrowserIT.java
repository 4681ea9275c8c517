package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clientela.it.browser.Browser;
import org.clientela.it.browser.PortalBrowserTest;
import org.clientela.it.browser.PortalPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The browser tests' guard against a page whose script the Content-Security-Policy blocks: it
 * passes on the portal's pages and catches a script without the page's nonce, the kind of
 * mistake (an inline handler, an inline script) it is there for.
 */
@RunAsClient
class ContentSecurityPolicyBrowserIT extends PortalBrowserTest {

    @Test
    void anInlineScriptWithoutTheNonceIsRefusedAndTheTestsNoticeIt() {
        try (Browser browser = Browser.open()) {
            PortalPage page = new PortalPage(browser).open("/catalog");
            browser.assertNoPolicyViolations();

            ((JavascriptExecutor) browser.driver())
                    .executeScript("var s = document.createElement('script');"
                            + " s.textContent = 'document.body.dataset.injected = \"yes\"';"
                            + " document.head.appendChild(s);");

            assertThat(browser.find("body").getAttribute("data-injected")).isNull();
            assertThatThrownBy(browser::assertNoPolicyViolations)
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Content Security Policy");
            assertThat(page.language()).isEqualTo("en");
        }
    }
}
