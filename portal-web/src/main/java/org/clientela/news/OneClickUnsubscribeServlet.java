package org.clientela.news;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /subscription/one-click?token=…}: the address of the {@code List-Unsubscribe} header. Mail
 * programs POST {@code List-Unsubscribe=One-Click} to it (RFC 8058) and the subscription ends, no
 * page, no login; a person who opens it in a browser gets the unsubscribe page, with its undo.
 */
@WebServlet("/subscription/one-click")
public class OneClickUnsubscribeServlet extends HttpServlet {

    @Inject
    private NewsSubscriptions subscriptions;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        NewsSubscriptions.TokenResult result = subscriptions.unsubscribe(request.getParameter("token"));
        response.setStatus(
                result.outcome() == NewsSubscriptions.Outcome.DONE
                        ? HttpServletResponse.SC_OK
                        : HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().println(result.outcome());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        response.sendRedirect("/subscription/unsubscribe?token="
                + URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8));
    }
}
