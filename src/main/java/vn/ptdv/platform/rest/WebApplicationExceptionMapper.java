package vn.ptdv.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The runtime's own HTTP errors (unknown path, wrong method, wrong media type, unreadable body) as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Problem problem = Problems.fromCauseChain(exception);
        if (problem == null) {
            problem = Problems.forStatus(exception.getResponse().getStatus());
        }
        Response.ResponseBuilder builder = Response.status(problem.status()).type(Problem.MEDIA)
                .entity(problem.at(Problems.instance(uriInfo)));
        String allow = exception.getResponse().getHeaderString("Allow");
        if (allow != null) {
            builder.header("Allow", allow);
        }
        return builder.build();
    }
}
