package org.clientela.community;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.clientela.account.SignInLinks;
import org.clientela.platform.CurrentUser;
import org.clientela.platform.LocalPath;

/**
 * {@code POST /community/report} (kind, id, reason, return): a signed-in customer reports a
 * question, answer or review. It answers with a redirect back to {@code return} carrying
 * {@code report=sent} or the refusal ({@link CommunityMessages#outcome}), which the page shows;
 * the plain form keeps the pages it sits on stateless. Visitors are sent to sign in first.
 */
@WebServlet("/community/report")
public class ReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SignInLinks signInLinks;

    @Inject
    private ContentReports reports;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String back = LocalPath.orHome(request.getParameter("return"));
        if (!currentUser.isSignedIn()) {
            response.sendRedirect(signInLinks.signInReturningTo(back));
            return;
        }
        if (!currentUser.isCustomer()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        PostKind kind;
        long id;
        try {
            kind = PostKind.valueOf(String.valueOf(request.getParameter("kind")).toUpperCase(Locale.ROOT));
            id = Long.parseLong(String.valueOf(request.getParameter("id")));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String outcome;
        try {
            reports.report(kind, id, currentUser.actor(), request.getParameter("reason"));
            outcome = "sent";
        } catch (ReportRefusal refusal) {
            outcome = CommunityMessages.outcome(refusal.getReason());
        }
        response.sendRedirect(withOutcome(back, outcome));
    }

    /**
     * The return path with {@code report=<outcome>}, replacing one already there, at the return
     * path's own anchor (the reviews when it has none).
     */
    static String withOutcome(String path, String outcome) {
        int hash = path.indexOf('#');
        String base = hash < 0 ? path : path.substring(0, hash);
        base = base.replaceAll("([?&])report=[^&]*&?", "$1").replaceAll("[?&]$", "");
        String fragment = hash < 0 ? "#reviews" : path.substring(hash);
        return base + (base.contains("?") ? "&" : "?") + "report=" + outcome + fragment;
    }
}
