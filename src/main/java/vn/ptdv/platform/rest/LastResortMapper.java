package vn.ptdv.platform.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else. Known causes buried in wrappers (a ProblemException inside a transaction exception, a JSON
 * parse error inside a processing exception) keep their meaning; the rest is logged with an incident id and answered
 * with a 500 that carries only that id, never a stack trace.
 */
@Provider
public class LastResortMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(LastResortMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        Problem known = Problems.fromCauseChain(exception);
        if (known != null) {
            return known.at(Problems.instance(uriInfo)).toResponse();
        }
        String incident = UUID.randomUUID().toString();
        // The message of a persistence exception may quote personal data: log the type and stack, not the message text.
        LOG.log(Level.SEVERE, "Unhandled " + exception.getClass().getName() + " (incident " + incident + ")",
                Problems.withoutMessages(exception));
        return Problem.of(ProblemType.INTERNAL,
                        "Đã xảy ra lỗi không mong muốn. Vui lòng thử lại hoặc báo cho quản trị viên mã sự cố " + incident + ".")
                .at(Problems.instance(uriInfo)).toResponse();
    }
}
