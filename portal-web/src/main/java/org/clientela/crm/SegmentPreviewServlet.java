package org.clientela.crm;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * /staff/crm/segment-preview?criteria=…: the preview's figures as JSON ({@code count}, how many
 * members the first page holds, and the server's time for it in milliseconds), for the segment
 * benchmark and scripts of the sales team; the same roles as the segments page.
 */
@WebServlet("/staff/crm/segment-preview")
public class SegmentPreviewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Segments segments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long started = System.nanoTime();
        SegmentPreview preview;
        try {
            preview = segments.preview(SegmentCriteria.fromJson(request.getParameter("criteria")));
        } catch (SegmentRefusal e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getReason().name());
            return;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter()
                .print(Json.createObjectBuilder()
                        .add("count", preview.count())
                        .add("members", preview.first().size())
                        .add("millis", millis)
                        .build());
    }
}
