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
import org.clientela.platform.LocalPath;
import org.clientela.platform.UiLanguage;

/**
 * {@code POST /account/reauth}: asks for the password again before something irreversible. The
 * adapter only starts a login for a session without one, so the portal session ends here and a
 * new login starts with {@code prompt=login}: Keycloak asks for the password even though its own
 * session is alive, and the new ID token's auth_time says when.
 */
@WebServlet("/account/reauth")
public class ReauthServlet extends HttpServlet {

    /** When the person asked to confirm: only a password entered after it counts. */
    static final String REQUESTED_AT = "clientela.reauthRequestedAt";

    @jakarta.inject.Inject
    private UiLanguage uiLanguage;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String returnTo = LocalPath.orHome(request.getParameter("return"));
        String language = uiLanguage.getTag();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.getSession(true)
                .setAttribute(REQUESTED_AT, java.time.Instant.now().getEpochSecond());
        response.sendRedirect("/signin?prompt=login&ui_locales=" + language + "&return="
                + URLEncoder.encode(returnTo, StandardCharsets.UTF_8));
    }
}
