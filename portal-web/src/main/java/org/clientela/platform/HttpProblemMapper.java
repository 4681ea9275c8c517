package org.clientela.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The refusals JAX-RS itself raises (no such path or product 404, {@code @RolesAllowed} 403 —
 * which RESTEasy words in HTML —, a method or media type the resource does not take) as problems
 * too. A response that is not an error, or already a problem, goes out as it is.
 */
@Provider
public class HttpProblemMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response response = exception.getResponse();
        if (response.getStatus() < 400 || Problem.MEDIA_TYPE.equals(String.valueOf(response.getMediaType()))) {
            return response;
        }
        Response.ResponseBuilder problem = Problem.http(
                        response.getStatus(), ApiTexts.of(request).status(response.getStatus()))
                .builder();
        // an Allow header (405) or a challenge (401) still tells the client what to do
        response.getStringHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> problem.header(name, value));
            }
        });
        return problem.build();
    }
}
