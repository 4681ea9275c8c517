package org.clientela.platform;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/**
 * The one body every API error answers with: RFC 9457 problem details ({@code
 * application/problem+json}) with {@code type}, {@code title}, {@code status}, {@code detail}, and
 * {@code errors} naming each bad field. A problem the API defines has a {@code type} of its own
 * ({@code urn:clientela:problem:…}); a plain HTTP refusal is {@code about:blank} with the status's
 * phrase as title, as the RFC asks. Only the exception mappers build one, so each mapping exists once.
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static final String TYPE_PREFIX = "urn:clientela:problem:";

    private final int status;
    private final JsonObjectBuilder body = Json.createObjectBuilder();
    private JsonArrayBuilder errors;

    private Problem(int status, String type, String title) {
        this.status = status;
        body.add("type", type).add("title", title).add("status", status);
    }

    /** A problem of the API's own kind, e.g. {@code invalid} or {@code illegal-transition}. */
    public static Problem of(int status, String kind, String title) {
        return new Problem(status, TYPE_PREFIX + kind, title);
    }

    /** A refusal that means no more than its HTTP status. */
    public static Problem http(int status, String title) {
        return new Problem(status, "about:blank", title);
    }

    public Problem detail(String detail) {
        if (detail != null) {
            body.add("detail", detail);
        }
        return this;
    }

    /** One bad field; a null or empty field stands for the body as a whole. */
    public Problem field(String field, String message) {
        JsonObjectBuilder error = Json.createObjectBuilder();
        if (field != null && !field.isEmpty()) {
            error.add("field", field);
        }
        return error(error.add("message", message));
    }

    public Problem error(JsonObjectBuilder error) {
        if (errors == null) {
            errors = Json.createArrayBuilder();
        }
        errors.add(error);
        return this;
    }

    /** An extension member, such as the stock still available. */
    public Problem with(String name, String value) {
        body.add(name, value);
        return this;
    }

    public Problem with(String name, long value) {
        body.add(name, value);
        return this;
    }

    public Response.ResponseBuilder builder() {
        if (errors != null) {
            body.add("errors", errors);
        }
        return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString());
    }

    public Response response() {
        return builder().build();
    }
}
