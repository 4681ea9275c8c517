package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.it.support.ErpApi;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.Tokens;
import org.clientela.it.support.WebSession;
import org.clientela.it.support.WebSession.Form;
import org.clientela.it.support.WebSession.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A form post whose {@code jakarta.faces.ViewState} the server does not know (forged, or from a
 * session that expired) is the visitor's mistake or an attack: it is answered with the "page
 * expired" page and a 4xx status, never a 500, and leaves no stack trace at ERROR in the log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ViewStateIT {

    private static final String VIEW_STATE = "jakarta.faces.ViewState";

    @Test
    void aForgedViewStateGetsThePageExpiredWithA4xx() throws Exception {
        long logStart = logSize();
        WebSession visitor = new WebSession();
        Form form = visitor.browse(URI.create(TestEnvironment.PORTAL + "/subscribe"))
                .form("subscribe");
        assertThat(form.get(VIEW_STATE)).isNotBlank();

        Page forged = visitor.post(form.set(VIEW_STATE, "-4242424242424242424:-1313131313131313131")
                .set("subscribe:email", "forged@clientela.test"));

        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.text("page-title")).isEqualTo("Page expired");
        // PrimeFaces names the exception types of its error pages in every page's settings: what must
        // not show is an exception's message or stack
        assertThat(forged.body()).doesNotContainPattern("Exception: |\\tat |\\bat (org|jakarta|java)\\.");
        assertNoErrorLoggedSince(logStart);
    }

    @Test
    void aStaleViewStateFromAnotherSessionIsNoServerErrorEither() throws Exception {
        long logStart = logSize();
        WebSession earlier = new WebSession();
        Page page = earlier.browse(URI.create(TestEnvironment.PORTAL + "/subscribe"));
        Form form = page.form("subscribe");

        // a browser whose session is gone posts the form it still shows
        WebSession later = new WebSession();
        Page stale = later.post(form.set("subscribe:email", "stale@clientela.test"));
        assertThat(stale.status()).isEqualTo(400);
        assertThat(stale.text("page-title")).isEqualTo("Page expired");

        // the same by Ajax, as PrimeFaces posts it (with the page's nonce): the page comes back in
        // a partial response, not a 500
        Matcher nonce = Pattern.compile("'nonce-([^']+)'")
                .matcher(page.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(nonce.find()).isTrue();
        String ajax = form.encoded() + "&jakarta.faces.partial.ajax=true&jakarta.faces.source=subscribe%3Asend"
                + "&jakarta.faces.partial.execute=%40all&jakarta.faces.partial.render=%40all&primefaces.nonce="
                + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8);
        Page partial = later.post(form.action(), ajax);
        assertThat(partial.status()).isLessThan(500);
        assertThat(partial.body()).contains("<partial-response").contains("Page expired");
        assertNoErrorLoggedSince(logStart);
    }

    @Test
    void otherUnreadableRequestsGetATranslatedBadRequestPage() throws Exception {
        WebSession visitor = new WebSession();
        Page bad = visitor.post(URI.create(TestEnvironment.PORTAL + "/language"), "to=xx&return=%2F");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("page-title")).isEqualTo("Request not understood");
    }

    private static Path serverLog() {
        return Path.of(System.getProperty("wildfly.home"), "standalone", "log", "server.log");
    }

    @Test
    void aPostWithoutThePagesNonceIsABadRequest() throws Exception {
        String sku = "NONCE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ErpApi.categoryWithProduct(Tokens.erpConnector(), sku.toLowerCase(), sku, "3.00", 5, "Nonce " + sku);
        long logStart = logSize();
        WebSession visitor = new WebSession();
        visitor.post(URI.create(TestEnvironment.PORTAL + "/cart/add"), "sku=" + sku + "&quantity=1");
        Form cart = visitor.browse(URI.create(TestEnvironment.PORTAL + "/cart")).form("cart");

        // the view is the session's own, but the post was not made by the page's scripts
        Page bad = visitor.post(cart.set("cart:update", "cart:update"));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("page-title")).isEqualTo("Request not understood");
        assertNoErrorLoggedSince(logStart);
    }

    private static long logSize() throws IOException {
        return Files.size(serverLog());
    }

    /** No line at ERROR (and so no stack trace with it) since that point of the server log. */
    private static void assertNoErrorLoggedSince(long start) throws IOException {
        String written;
        try (RandomAccessFile log = new RandomAccessFile(serverLog().toFile(), "r")) {
            log.seek(start);
            byte[] rest = new byte[(int) (log.length() - start)];
            log.readFully(rest);
            written = new String(rest, StandardCharsets.UTF_8);
        }
        assertThat(written.lines().filter(line -> line.contains(" ERROR ")))
                .as("errors logged")
                .isEmpty();
        assertThat(written).doesNotContain("ViewExpiredException\n\tat ");
    }
}
