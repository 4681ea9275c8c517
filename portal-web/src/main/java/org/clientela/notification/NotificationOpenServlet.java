package org.clientela.notification;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.LocalPath;

/**
 * {@code GET /account/notifications/open?id=} (customers) and {@code /staff/notifications/open?id=}
 * (staff; web.xml's constraints of /account and /staff apply): marks the person's notification read
 * and sends them to its page. A plain link, as opening a notification only marks it read, which
 * repeating changes nothing; an unknown id or somebody else's answers 404 like a missing page.
 */
@WebServlet({"/account/notifications/open", "/staff/notifications/open"})
public class NotificationOpenServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Notifications notifications;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String link;
        try {
            link = notifications.open(currentUser.actor(), id);
        } catch (NotificationRefusal refusal) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + LocalPath.orHome(link));
    }
}
