package org.clientela.store;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.clientela.platform.CurrentUser;

/** /account/invoice?id=: an order's invoice as a PDF, for whoever may see the order. */
@WebServlet("/account/invoice")
public class InvoiceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CustomerOrders orders;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            pdf = orders.invoicePdf(currentUser.actor(), id);
        } catch (OrderNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"invoice-" + CustomerOrder.numberOf(id) + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
