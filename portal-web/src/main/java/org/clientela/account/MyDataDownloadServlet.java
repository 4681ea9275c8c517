package org.clientela.account;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.clientela.platform.CurrentUser;

/** {@code /account/my-data.json}: the signed-in customer's data export as a file. */
@WebServlet("/account/my-data.json")
public class MyDataDownloadServlet extends HttpServlet {

    @Inject
    private SignedInCustomer signedIn;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CustomerDataExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long customerId = signedIn.requireId();
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"clientela-my-data-" + LocalDate.now() + ".json\"");
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(response.getWriter())) {
            writer.writeObject(export.export(customerId, currentUser.actor()));
        }
    }
}
