package vn.ptdv.platform.rest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure that the caller can act on, thrown by services (not only resources) and turned into problem+json.
 * It does not extend a JAX-RS exception, so control classes stay free of HTTP.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final Map<String, String> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public ProblemException(ProblemType type, String detail, Map<String, String> errors) {
        super(detail);
        this.type = type;
        this.errors = new LinkedHashMap<>(errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException badParameter(String name, String message) {
        return new ProblemException(ProblemType.BAD_PARAMETER, message, Map.of(name, message));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public ProblemType type() {
        return type;
    }

    public Map<String, String> errors() {
        return errors;
    }

    public Problem problem() {
        return Problem.of(type, getMessage(), errors);
    }
}
