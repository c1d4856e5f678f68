package vn.ptdv.platform.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * An RFC 9457 problem detail with Vietnamese {@code title} and {@code detail}; {@code errors} maps a field to its
 * message for validation failures.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(String type, String title, int status, String detail, String instance, Map<String, String> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8");
    private static final String BASE = "https://ptdv.vn/problems/";

    public static Problem of(ProblemType type, String detail) {
        return new Problem(BASE + type.slug(), type.title(), type.status(), detail, null, null);
    }

    public static Problem of(ProblemType type, String detail, Map<String, String> errors) {
        return new Problem(BASE + type.slug(), type.title(), type.status(), detail, null,
                errors == null || errors.isEmpty() ? null : errors);
    }

    public Problem at(String instance) {
        return new Problem(type, title, status, detail, instance, errors);
    }

    public Response toResponse() {
        Response.ResponseBuilder r = Response.status(status).type(MEDIA).entity(this).header("Cache-Control", "no-store");
        if (status == 503 || status == 429) {
            r.header("Retry-After", "5");
        }
        return r.build();
    }
}
