package org.clientela.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.clientela.it.support.ErpApi;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.Tokens;
import org.clientela.it.support.incontainer.Eventually;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The page cache of the public catalog pages, from outside: visitors without a session share a
 * rendered page per address and language, and the next change of the product, its stock or the
 * catalog is seen at once, on the product page and in the search. A visitor with a session is
 * always served a page of their own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPageCacheIT {

    private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    String key;
    String sku;
    String erp;

    @BeforeEach
    void aProduct() throws Exception {
        key = UUID.randomUUID().toString().substring(0, 8);
        sku = "PC-" + key.toUpperCase();
        erp = Tokens.erpConnector();
        ErpApi.categoryWithProduct(erp, "cached-" + key, sku, "10.00", 5, "Lamp" + key);
    }

    @Test
    void visitorsShareAProductPageUntilItsStockChanges() throws Exception {
        HttpResponse<String> kept = Eventually.await(
                "a kept product page", Duration.ofSeconds(20), () -> hit(get("/product/" + sku, "en", null)));
        assertThat(kept.body()).contains("Lamp" + key, "In stock");
        HttpResponse<String> again = get("/product/" + sku, "en", null);
        assertThat(again.headers().firstValue("X-Clientela-Cache")).hasValue("hit");
        assertThat(again.body()).isEqualTo(kept.body());
        assertThat(again.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));

        HttpResponse<byte[]> zipped = HTTP.send(
                HttpRequest.newBuilder(URI.create(TestEnvironment.PORTAL + "/product/" + sku))
                        .header("Accept-Language", "en")
                        .header("Accept-Encoding", "gzip, deflate")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .as("a browser that takes gzip gets the kept bytes as they are")
                    .isEqualTo(kept.body());
        }

        HttpResponse<String> bulgarian = get("/product/" + sku, "bg", null);
        assertThat(bulgarian.body()).as("each language has its own page").contains("В наличност");

        HttpResponse<String> withSession = get("/product/" + sku, "en", "JSESSIONID=someone-s-cart");
        assertThat(withSession.headers().firstValue("X-Clientela-Cache"))
                .as("a visitor with a session gets their own page")
                .isEmpty();
        assertThat(again.headers().firstValue("Content-Language"))
                .as("a kept page declares the language a rendered one does (it said \"en-\", no tag at all)")
                .isEqualTo(withSession.headers().firstValue("Content-Language"));

        upsert("Lamp" + key, 0);
        HttpResponse<String> afterChange = get("/product/" + sku, "en", null);
        assertThat(afterChange.headers().firstValue("X-Clientela-Cache")).hasValue("miss");
        assertThat(afterChange.body()).contains("Out of stock").doesNotContain("In stock");
    }

    @Test
    void aRenamedProductIsFoundByItsNewNameAtOnce() throws Exception {
        String search = "/catalog?q=Lamp" + key;
        HttpResponse<String> kept =
                Eventually.await("a kept search page", Duration.ofSeconds(20), () -> hit(get(search, "en", null)));
        assertThat(kept.body()).contains("Lamp" + key);

        upsert("Torch" + key, 5);
        HttpResponse<String> old = get(search, "en", null);
        assertThat(old.headers().firstValue("X-Clientela-Cache")).hasValue("miss");
        assertThat(old.body()).doesNotContain(sku);
        assertThat(get("/catalog?q=Torch" + key, "en", null).body()).contains("Torch" + key, sku);
    }

    @Test
    void aProductPageNamesStylesheetsThatAnswerAndNoPrimeFacesScript() {
        // the resources a page names are kept across requests and languages (KeptResourceHandler)
        for (String language : List.of("en", "bg", "en")) {
            String page = get("/product/" + sku, language, null).body();
            List<String> stylesheets = STYLESHEET
                    .matcher(page)
                    .results()
                    .map(link -> link.group(1).replace("&amp;", "&"))
                    .toList();
            assertThat(stylesheets).anySatisfy(href -> assertThat(href).contains("clientela/portal.css"));
            for (String href : stylesheets) {
                HttpResponse<String> stylesheet = get(href, language, null);
                assertThat(stylesheet.statusCode()).as(href).isEqualTo(200);
                assertThat(stylesheet.headers().firstValue("Content-Type"))
                        .hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
            }
            assertThat(page)
                    .as("the add form uses Faces' own Ajax")
                    .contains("id=\"addToCart\"")
                    .doesNotContain("jquery", "components.js");
        }
    }

    private void upsert(String name, int stock) throws Exception {
        HttpResponse<String> answer = ErpApi.put("/api/store/products", erp, """
                [{"sku": "%s", "category": "cached-%s", "netPrice": 10.00, "vatRate": 20, "stock": %d,
                  "texts": {"en": {"name": "%s"}}}]
                """.formatted(sku, key, stock, name));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private static HttpResponse<String> hit(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers()
                        .firstValue("X-Clientela-Cache")
                        .filter("hit"::equals)
                        .isPresent()
                ? response
                : null;
    }

    private static HttpResponse<String> get(String path, String language, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestEnvironment.PORTAL + path))
                .header("Accept", "text/html")
                .header("Accept-Language", language);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("GET " + path, e);
        }
    }
}
