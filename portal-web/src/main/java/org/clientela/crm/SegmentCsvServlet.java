package org.clientela.crm;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * /staff/crm/segment.csv?id=… (a saved segment) or ?criteria=… (the editor's criteria as JSON):
 * the members as CSV, streamed row by row from the database (UTF-8 with a byte-order mark so
 * spreadsheets read Cyrillic names; RFC 4180 quoting, formula signs defused).
 */
@WebServlet("/staff/crm/segment.csv")
public class SegmentCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Segments segments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SegmentCriteria criteria;
        String fileName = "segment";
        try {
            String id = request.getParameter("id");
            if (id != null && !id.isBlank()) {
                Segment segment = segments.find(Long.parseLong(id.strip()));
                criteria = segment.criteria();
                fileName = "segment-" + segment.getId();
            } else {
                criteria = SegmentCriteria.fromJson(request.getParameter("criteria"));
            }
            criteria.validate();
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "no such segment");
            return;
        } catch (SegmentRefusal e) {
            response.sendError(
                    e.getReason() == SegmentRefusal.Reason.SEGMENT_NOT_FOUND
                            ? HttpServletResponse.SC_NOT_FOUND
                            : HttpServletResponse.SC_BAD_REQUEST,
                    e.getReason().name());
            return;
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"");
        PrintWriter out = response.getWriter();
        out.print('\uFEFF');
        out.print("customer_id,name,email,language,stage,spend,last_activity\r\n");
        segments.members(criteria, m -> {
            out.print(String.join(
                    ",",
                    Long.toString(m.id()),
                    csv(m.name()),
                    csv(m.email()),
                    m.language(),
                    m.stage(),
                    m.spend().toPlainString(),
                    m.lastActivity() == null ? "" : m.lastActivity().toString()));
            out.print("\r\n");
        });
        out.flush();
    }

    /** A field as RFC 4180 writes it; a leading formula sign is defused for spreadsheets. */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return safe.matches("(?s).*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
