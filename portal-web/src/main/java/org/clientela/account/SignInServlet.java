package org.clientela.account;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.clientela.platform.LocalPath;

/**
 * Sign-in in two steps. {@code /signin} (public) remembers the page to come back to, in the
 * session, because the OIDC adapter drops the query string from its redirect URI; then it sends
 * the browser to {@code /signin/continue}, which is protected, so the adapter starts the Keycloak
 * login there and passes {@code ui_locales} (the login page's language) and {@code prompt=create}
 * (the registration page) on. Back from Keycloak, the person lands where they were.
 */
@WebServlet({SignInServlet.START, SignInServlet.CONTINUE})
public class SignInServlet extends HttpServlet {

    static final String START = "/signin";
    static final String CONTINUE = "/signin/continue";
    static final String RETURN_TO = "clientela.signIn.returnTo";

    /** What the adapter forwards to Keycloak; nothing else is passed along. */
    private static final Set<String> FORWARDED = Set.of("ui_locales", "prompt");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (START.equals(request.getServletPath())) {
            request.getSession().setAttribute(RETURN_TO, LocalPath.orHome(request.getParameter("return")));
            response.sendRedirect(CONTINUE + forwardedQuery(request));
            return;
        }
        Object returnTo = request.getSession().getAttribute(RETURN_TO);
        request.getSession().removeAttribute(RETURN_TO);
        response.sendRedirect(LocalPath.orHome(returnTo == null ? null : returnTo.toString()));
    }

    private static String forwardedQuery(HttpServletRequest request) {
        StringBuilder query = new StringBuilder();
        for (String name : FORWARDED) {
            String value = request.getParameter(name);
            if (value != null && value.matches("[A-Za-z_ -]{1,40}")) {
                query.append(query.isEmpty() ? '?' : '&')
                        .append(name)
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }
}
