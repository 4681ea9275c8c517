package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.el.ELException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A service's refusal, by the gate or by the container's role check, is the 403 page. */
class AccessDeniedFilterTest {

    private final AtomicInteger sentError = new AtomicInteger();

    @Test
    void theGatesRefusalIsA403() throws Exception {
        run(chainThrowing(new ServletException(new ELException(new AccessDeniedException("no")))));
        assertThat(sentError).hasValue(403);
    }

    @Test
    void aCallerWithoutTheServicesRoleIsA403NotA500() throws Exception {
        run(chainThrowing(new ServletException(new ELException(new EJBAccessException("no role")))));
        assertThat(sentError).hasValue(403);
    }

    @Test
    void anythingElseGoesOnToTheErrorPage() {
        assertThatThrownBy(() -> run(chainThrowing(new IllegalStateException("broken"))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(sentError).hasValue(0);
    }

    private void run(FilterChain chain) throws Exception {
        new AccessDeniedFilter().doFilter(proxy(HttpServletRequest.class), response(), chain);
    }

    private static FilterChain chainThrowing(Exception e) {
        return (request, response) -> {
            if (e instanceof ServletException servlet) {
                throw servlet;
            }
            throw (RuntimeException) e;
        };
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(
                HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isCommitted" -> false;
                    case "resetBuffer" -> null;
                    case "sendError" -> {
                        sentError.set((Integer) args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static <T> T proxy(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
            throw new UnsupportedOperationException(m.getName());
        }));
    }
}
