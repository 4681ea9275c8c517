package org.clientela.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.clientela.platform.UiLanguage;

/**
 * Links of the header's user area. Sign-in and registration carry the page to come back to and the
 * UI language, which Keycloak shows its pages in.
 */
@Named
@RequestScoped
public class SignInLinks {

    @Inject
    private HttpServletRequest request;

    @Inject
    private UiLanguage uiLanguage;

    /** The path the visitor sees in the address bar, also when an error page is rendered for it. */
    public String getCurrentPath() {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (errorUri != null) {
            return errorUri.toString();
        }
        Object forwardedUri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String path = forwardedUri != null ? forwardedUri.toString() : request.getRequestURI();
        Object forwardedQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String query = forwardedUri != null ? (String) forwardedQuery : request.getQueryString();
        return query == null ? path : path + "?" + query;
    }

    public String getSignIn() {
        return signInReturningTo(getCurrentPath());
    }

    /** Sign-in that comes back to {@code path}, e.g. an invitation link. */
    public String signInReturningTo(String path) {
        return "/signin?return=" + encode(path) + "&ui_locales=" + uiLanguage.getTag();
    }

    /** Registration that comes back to {@code path} once the address is verified. */
    public String registerReturningTo(String path) {
        return "/signin?prompt=create&return=" + encode(path) + "&ui_locales=" + uiLanguage.getTag();
    }

    public String getRegister() {
        return registerReturningTo("/account/");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
