package org.clientela.platform;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The API's error bodies: {@code {"error": code, "message": text}}, never a stack trace. */
public final class ApiErrors {

    private ApiErrors() {}

    public static Response of(Response.Status status, String error, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder()
                        .add("error", error)
                        .add("message", message)
                        .build()
                        .toString())
                .build();
    }
}
