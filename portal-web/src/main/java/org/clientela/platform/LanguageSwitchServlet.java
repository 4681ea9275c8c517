package org.clientela.platform;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** The header's language switcher posts here; the choice is kept in a cookie for a year. */
@WebServlet("/language")
public class LanguageSwitchServlet extends HttpServlet {

    public static final int COOKIE_AGE_SECONDS = (int) Duration.ofDays(365).toSeconds();

    /** The language the UI speaks from the next request on, in this browser, for a year. */
    public static void remember(Language language, HttpServletResponse response) {
        Cookie cookie = new Cookie(UiLanguage.COOKIE, language.tag());
        cookie.setPath("/");
        cookie.setMaxAge(COOKIE_AGE_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Language> language = Language.fromTag(request.getParameter("to"));
        if (language.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        remember(language.get(), response);
        response.sendRedirect(LocalPath.orHome(request.getParameter("return")));
    }
}
