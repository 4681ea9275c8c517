package org.clientela.store;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kept pages do not wait for the renders of others: with every place to render taken, a kept page
 * is still answered, and the next page to render waits for a place, then gets it.
 */
class PublicPageCacheTest {

    private final ExecutorService visitors = Executors.newCachedThreadPool();
    private final CountDownLatch rendersMayEnd = new CountDownLatch(1);
    private final BlockingQueue<String> rendering = new LinkedBlockingQueue<>();

    @AfterEach
    void stop() {
        rendersMayEnd.countDown();
        visitors.shutdownNow();
    }

    @Test
    void aKeptPageIsAnsweredWhileEveryPlaceIsRendering() throws Exception {
        PublicPageCache cache = new PublicPageCache(2);
        Visit first = visit(cache, "/product/KEPT", (uri) -> {});
        assertThat(first.headers).containsEntry(PublicPageCache.HEADER, "miss");

        // two slow renders take both places
        Future<Visit> slowA = visitors.submit(() -> visit(cache, "/product/SLOW-A", this::renderSlowly));
        Future<Visit> slowB = visitors.submit(() -> visit(cache, "/product/SLOW-B", this::renderSlowly));
        assertThat(rendering.poll(10, TimeUnit.SECONDS)).isNotNull();
        assertThat(rendering.poll(10, TimeUnit.SECONDS)).isNotNull();

        Future<Visit> kept = visitors.submit(() -> visit(cache, "/product/KEPT", uri -> {
            throw new AssertionError("a kept page is not rendered again");
        }));
        Visit answered = kept.get(10, TimeUnit.SECONDS); // would wait for a place if it needed one
        assertThat(answered.headers).containsEntry(PublicPageCache.HEADER, "hit");
        assertThat(answered.body).isEqualTo(first.body);

        Future<Visit> third = visitors.submit(() -> visit(cache, "/product/THIRD", this::renderSlowly));
        assertThat(rendering.poll(300, TimeUnit.MILLISECONDS))
                .as("a third render waits while both places are taken")
                .isNull();
        rendersMayEnd.countDown();
        assertThat(rendering.poll(10, TimeUnit.SECONDS)).isEqualTo("/product/THIRD");
        assertThat(third.get(10, TimeUnit.SECONDS).body).contains("/product/THIRD");
        assertThat(slowA.get(10, TimeUnit.SECONDS).body).contains("/product/SLOW-A");
        assertThat(slowB.get(10, TimeUnit.SECONDS).body).contains("/product/SLOW-B");
    }

    private void renderSlowly(String uri) {
        rendering.add(uri);
        try {
            rendersMayEnd.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    interface Render {
        void of(String uri) throws Exception;
    }

    /** A visitor without a session asks for the page; Faces "renders" it by writing its address. */
    private static Visit visit(PublicPageCache cache, String uri, Render render) throws Exception {
        Visit visit = new Visit();
        FilterChain faces = (request, response) -> {
            try {
                render.of(uri);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(("<p>" + uri + "</p>").getBytes(StandardCharsets.UTF_8));
        };
        cache.doFilter(visitor(uri), visit.response(), faces);
        return visit;
    }

    private static HttpServletRequest visitor(String uri) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                PublicPageCacheTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "GET";
                    case "getRequestURI" -> uri;
                    case "getLocales" -> Collections.emptyEnumeration();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> nothing(method.getReturnType());
                });
    }

    private static Object nothing(Class<?> type) {
        return type == boolean.class ? Boolean.FALSE : type == int.class ? Integer.valueOf(0) : null;
    }

    /** What the visitor's browser got. */
    static final class Visit {
        final Map<String, String> headers = new HashMap<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String body;

        HttpServletResponse response() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                    body = bytes.toString(StandardCharsets.UTF_8);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                    body = bytes.toString(StandardCharsets.UTF_8);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {}
            };
            return (HttpServletResponse) Proxy.newProxyInstance(
                    PublicPageCacheTest.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getOutputStream" -> out;
                        case "getStatus" -> HttpServletResponse.SC_OK;
                        case "getCharacterEncoding" -> "UTF-8";
                        case "setHeader", "addHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> nothing(method.getReturnType());
                    });
        }
    }
}
