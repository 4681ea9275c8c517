package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.clientela.it.support.TestEnvironment;
import org.clientela.it.support.WebSession;
import org.clientela.it.support.WebSession.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Styles, scripts and fonts are addressed with a version and kept by browsers for a year without
 * asking again (immutable); styles and scripts travel compressed to a browser that accepts it.
 * The browser side, that a second page loads none of them again, is in {@code HomePageIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaticResourcesIT {

    private static final Pattern CSS_URL = Pattern.compile("url\\([\"']?([^\"')]+)[\"']?\\)");

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyResourceOfAPageIsVersionedKeptForAYearAndCompressed() throws Exception {
        Page home = new WebSession().get(URI.create(TestEnvironment.PORTAL + "/catalog"));
        Set<String> resources = new LinkedHashSet<>();
        for (Element link : home.document().select("link[rel=stylesheet][href], script[src]")) {
            resources.add(link.hasAttr("href") ? link.attr("href") : link.attr("src"));
        }
        assertThat(resources)
                .as("the portal's own style and PrimeFaces' theme")
                .anyMatch(url -> url.contains("clientela/portal.css"))
                .anyMatch(url -> url.contains("theme.css"));

        for (String url : resources) {
            assertThat(url).as("a versioned URL").matches(".*[?&]v=[^&]+.*");
            HttpResponse<byte[]> resource = get(url, true);
            assertThat(resource.statusCode()).as(url).isEqualTo(200);
            assertThat(resource.headers().allValues("Cache-Control"))
                    .as(url)
                    .containsExactly("public, max-age=31536000, immutable");
            assertThat(resource.headers().firstValue("Content-Encoding"))
                    .as(url)
                    .hasValue("gzip");
            String text = gunzip(resource.body());
            assertThat(text).as(url).isNotBlank();
            if (url.contains("primeicons.css")) {
                // the icon font the style names is versioned and kept as well
                Matcher font = CSS_URL.matcher(text);
                assertThat(font.find()).as("a font in " + url).isTrue();
                String fontUrl = font.group(1);
                assertThat(fontUrl).matches(".*[?&]v=[^&]+.*");
                HttpResponse<byte[]> fontFile = get(fontUrl, true);
                assertThat(fontFile.statusCode()).as(fontUrl).isEqualTo(200);
                assertThat(fontFile.headers().allValues("Cache-Control"))
                        .as(fontUrl)
                        .containsExactly("public, max-age=31536000, immutable");
            }
        }

        // without "Accept-Encoding: gzip" the same style comes as it is
        String css = resources.stream()
                .filter(url -> url.contains("portal.css"))
                .findFirst()
                .orElseThrow();
        HttpResponse<byte[]> plain = get(css, false);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("{");
    }

    @Test
    void aVersionedResourceThatDoesNotExistIsNotKeptForAYear() throws Exception {
        HttpResponse<byte[]> missing = get("/jakarta.faces.resource/clientela/no-such.css.xhtml?v=1", false);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(String.join(",", missing.headers().allValues("Cache-Control")))
                .doesNotContain("immutable");
    }

    @Test
    void aResourceAskedForWithoutItsVersionIsNotKeptForAYear() throws Exception {
        HttpResponse<byte[]> unversioned = get("/jakarta.faces.resource/clientela/portal.css.xhtml", false);
        assertThat(unversioned.statusCode()).isEqualTo(200);
        assertThat(String.join(",", unversioned.headers().allValues("Cache-Control")))
                .doesNotContain("immutable");
    }

    private HttpResponse<byte[]> get(String url, boolean acceptGzip) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(TestEnvironment.PORTAL).resolve(url.replace("&amp;", "&")));
        if (acceptGzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
