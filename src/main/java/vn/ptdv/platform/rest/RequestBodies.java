package vn.ptdv.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Set;

/**
 * Validates request bodies with Bean Validation. Resources call it instead of annotating parameters with
 * {@code @Valid @NotNull}: Payara's OpenAPI generator fails on constraint annotations on body parameters and on record
 * components (payara/Payara#7649), so request types are classes with constrained fields and resources check here.
 */
@ApplicationScoped
public class RequestBodies {

    @Inject
    Validator validator;

    /** The body, checked: a missing body or any constraint violation is a 400 problem listing every field. */
    public <T> T valid(T body) {
        if (body == null) {
            throw new ProblemException(ProblemType.VALIDATION, "Thiếu nội dung yêu cầu (JSON).", Map.of("body", "Bắt buộc"));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }

    /** The constraint violations of a body as field → message (first message per field), for row-by-row imports. */
    public Map<String, String> violations(Object body) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        validator.validate(body).forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        return errors;
    }
}
