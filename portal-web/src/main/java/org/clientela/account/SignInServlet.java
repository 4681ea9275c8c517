package org.clientela.account;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.clientela.platform.LocalPath;

/**
 * {@code /signin} is protected, so reaching it unauthenticated sends the browser to Keycloak; the
 * OIDC adapter passes {@code ui_locales} (login page language) and {@code prompt=create} (the
 * registration page) on. Once signed in, the person goes back to the page they came from.
 */
@WebServlet("/signin")
public class SignInServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(LocalPath.orHome(request.getParameter("return")));
    }
}
