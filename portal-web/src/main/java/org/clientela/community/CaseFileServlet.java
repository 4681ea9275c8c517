package org.clientela.community;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.clientela.account.AccountContext;

/**
 * A request's file: /account/case-file?id= for whoever may see the account's requests (another
 * account's file is a 404), /staff/case-file?id= for staff. Always a download, never rendered
 * in the portal's origin: a file is only as harmless as its checked first bytes.
 */
@WebServlet({"/account/case-file", "/staff/case-file"})
public class CaseFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ServiceRequests requests;

    @Inject
    private AccountContext account;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CaseAttachment file;
        try {
            file = request.getServletPath().startsWith("/staff/")
                    ? requests.attachment(id)
                    : requests.attachment(account.actor(), account.id(), id);
        } catch (CommunityRefusal e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = file.getContent();
        response.setContentType(file.getContentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(file.getFileName(), StandardCharsets.UTF_8)
                                .replace("+", "%20"));
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
