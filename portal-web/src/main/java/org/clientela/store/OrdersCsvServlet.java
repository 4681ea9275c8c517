package org.clientela.store;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * /staff/orders.csv: the orders the list shows for the same parameters, as CSV for a spreadsheet
 * (UTF-8 with a byte-order mark, so Cyrillic names open right; fields quoted where needed).
 */
@WebServlet("/staff/orders.csv")
public class OrdersCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** An export is bounded too: the most rows one file holds. */
    static final int EXPORT_LIMIT = 50_000;

    @Inject
    private OrderDesk desk;

    @Inject
    private StaffOrdersView filter;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String status = request.getParameter("status");
        try {
            filter.setStatus(status == null || status.isBlank() ? null : OrderStatus.valueOf(status));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "no such status");
            return;
        }
        filter.setFrom(request.getParameter("from"));
        filter.setUntil(request.getParameter("until"));
        filter.setCustomer(request.getParameter("customer"));
        List<OrderSummary> orders = desk.search(filter.query(), EXPORT_LIMIT);

        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"orders.csv\"");
        PrintWriter out = response.getWriter();
        out.print('\uFEFF');
        out.print("number,placed_at,status,customer_id,customer,email,items,total,currency\r\n");
        for (OrderSummary o : orders) {
            out.print(String.join(
                    ",",
                    o.number(),
                    o.placedAt().toString(),
                    o.status().name(),
                    Long.toString(o.customerId()),
                    csv(o.customerName()),
                    csv(o.customerEmail()),
                    Long.toString(o.items()),
                    o.total().toPlainString(),
                    o.currency()));
            out.print("\r\n");
        }
    }

    /** A field as RFC 4180 writes it; a leading formula sign is defused for spreadsheets. */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return safe.matches(".*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
