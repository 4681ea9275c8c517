package org.clientela.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

/**
 * Ends the portal session, then the Keycloak session by RP-initiated logout: the browser goes to
 * Keycloak's end-session endpoint with the ID token as hint and comes back to the home page.
 */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String endSession = endSessionUrl(request);
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(endSession == null ? "/" : endSession);
    }

    private static String endSessionUrl(HttpServletRequest request) {
        if (!(request.getUserPrincipal() instanceof OidcPrincipal<?> principal)
                || !(principal.getOidcSecurityContext() instanceof RefreshableOidcSecurityContext context)
                || context.getOidcClientConfiguration() == null
                || context.getOidcClientConfiguration().getLogoutUrl() == null) {
            return null;
        }
        String home = request.getScheme() + "://" + request.getServerName() + port(request) + "/";
        return context.getOidcClientConfiguration().getLogoutUrl()
                + "?client_id=" + encode(context.getOidcClientConfiguration().getResourceName())
                + "&id_token_hint=" + encode(context.getIDTokenString())
                + "&post_logout_redirect_uri=" + encode(home);
    }

    private static String port(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean standard = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return standard ? "" : ":" + port;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
