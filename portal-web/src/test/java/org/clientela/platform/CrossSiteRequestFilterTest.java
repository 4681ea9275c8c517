package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the filter reads the origin a browser names, and writes the portal's own. */
class CrossSiteRequestFilterTest {

    @Test
    void anOriginIsWrittenAsBrowsersWriteIt() {
        assertThat(CrossSiteRequestFilter.origin("http", "localhost", 8080)).isEqualTo("http://localhost:8080");
        assertThat(CrossSiteRequestFilter.origin("HTTPS", "Shop.Example", 443)).isEqualTo("https://shop.example");
        assertThat(CrossSiteRequestFilter.origin("http", "shop.example", 80)).isEqualTo("http://shop.example");
        assertThat(CrossSiteRequestFilter.origin("https", "::1", 8443)).isEqualTo("https://[::1]:8443");
    }

    @Test
    void theOriginHeaderComesFirstThenTheReferrersOrigin() {
        assertThat(CrossSiteRequestFilter.claimedOrigin(request(Map.of("Origin", "http://Evil.example"))))
                .isEqualTo("http://evil.example");
        assertThat(CrossSiteRequestFilter.claimedOrigin(
                        request(Map.of("Origin", "http://localhost:8080", "Referer", "http://evil.example/"))))
                .isEqualTo("http://localhost:8080");
        assertThat(CrossSiteRequestFilter.claimedOrigin(request(Map.of("Referer", "http://evil.example:81/a?b=c"))))
                .isEqualTo("http://evil.example:81");
    }

    @Test
    void anUnreadableReferrerIsForeignAndNoHeaderAtAllIsNoBrowserPage() {
        assertThat(CrossSiteRequestFilter.claimedOrigin(request(Map.of("Referer", "not a url"))))
                .isEqualTo("null");
        assertThat(CrossSiteRequestFilter.claimedOrigin(request(Map.of("Origin", "null"))))
                .isEqualTo("null");
        assertThat(CrossSiteRequestFilter.claimedOrigin(request(Map.of()))).isNull();
    }

    private static HttpServletRequest request(Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getHeader")) {
                        return headers.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
