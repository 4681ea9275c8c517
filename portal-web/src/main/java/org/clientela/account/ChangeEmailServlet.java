package org.clientela.account;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import org.clientela.platform.PortalSettings;
import org.clientela.platform.UiLanguage;

/**
 * {@code /account/change-email}: Keycloak's "update email" as an application-initiated action.
 * Keycloak asks for the new address and mails a link to it; the old address stays in force until
 * that link is followed, and the portal's copy follows at the next sign-in or token refresh.
 *
 * <p>The answer comes back in the URL fragment (never seen by the server), to a public page: the
 * portal does not redeem the code, it has a session already. The PKCE challenge is there because
 * the client requires one.
 */
@WebServlet("/account/change-email")
public class ChangeEmailServlet extends HttpServlet {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private UiLanguage uiLanguage;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(PortalSettings.realmUrl() + "/protocol/openid-connect/auth"
                + "?client_id=portal&response_type=code&response_mode=fragment&scope=openid"
                + "&kc_action=UPDATE_EMAIL"
                + "&ui_locales=" + uiLanguage.getTag()
                + "&redirect_uri=" + encode(PortalSettings.link("/email-change"))
                + "&state=" + random()
                + "&code_challenge_method=S256&code_challenge=" + challenge(random()));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
