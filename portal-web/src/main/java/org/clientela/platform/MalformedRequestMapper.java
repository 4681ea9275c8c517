package org.clientela.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body the API cannot read (malformed JSON, a text where a number belongs): 400, never the parser's trace. */
@Provider
public class MalformedRequestMapper implements ExceptionMapper<ProcessingException> {

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(ProcessingException exception) {
        return Problem.of(400, "malformed-request", ApiTexts.of(request).get("api.problem.malformed"))
                .response();
    }
}
