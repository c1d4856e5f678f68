package vn.ptdv.platform.rest;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A failure at commit of a {@code @Transactional} service. Takes precedence over the runtime's own mapper (which
 * answers with an HTML page) and gives the same problem+json as every other failure.
 */
@Provider
@Priority(1)
public class TransactionalExceptionMapper implements ExceptionMapper<TransactionalException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(TransactionalException exception) {
        LastResortMapper last = new LastResortMapper();
        last.uriInfo = uriInfo;
        return last.toResponse(exception);
    }
}
