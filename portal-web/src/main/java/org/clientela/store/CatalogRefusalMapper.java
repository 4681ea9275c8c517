package org.clientela.store;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.clientela.platform.ApiTexts;
import org.clientela.platform.Problem;

/**
 * A catalog sync that changed nothing because of bad items: 422, each item's error in {@code
 * errors} with its {@code index} in the list, its {@code sku} (products), {@code field} and {@code message}.
 */
@Provider
public class CatalogRefusalMapper implements ExceptionMapper<CatalogRefusal> {

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(CatalogRefusal refusal) {
        Problem problem = Problem.of(422, "invalid-items", ApiTexts.of(request).get("api.problem.invalidItems"));
        for (SyncReport.ItemError error : refusal.getReport().errors()) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("index", error.index());
            if (error.sku() != null) {
                item.add("sku", error.sku());
            }
            if (error.field() != null) {
                item.add("field", error.field());
            }
            problem.error(item.add("message", error.message() == null ? "" : error.message()));
        }
        return problem.response();
    }
}
