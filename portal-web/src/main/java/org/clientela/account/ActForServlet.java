package org.clientela.account;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code POST /account/act-for}: the header's "acting for" switch. {@code account=self} goes back
 * to one's own account; an account id is accepted only with a grant in force on it, else 403.
 * Either switch gives the session a new id, as the rights it carries change with it.
 */
@WebServlet("/account/act-for")
public class ActForServlet extends HttpServlet {

    @Inject
    private AccountContext account;

    @Inject
    private AccountAccess access;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String chosen = request.getParameter("account");
        if (chosen == null || "self".equals(chosen)) {
            account.actForSelf();
            request.changeSessionId();
            response.sendRedirect("/account/");
            return;
        }
        long accountId;
        try {
            accountId = Long.parseLong(chosen);
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (access.activeGrant(account.actor(), accountId).isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        account.actFor(accountId);
        request.changeSessionId();
        response.sendRedirect("/account/");
    }
}
