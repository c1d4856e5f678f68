package vn.ptdv.platform.rest;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects field errors (field → Vietnamese message) and fails once with all of them. */
public final class Violations {

    private final Map<String, String> errors = new LinkedHashMap<>();

    public Violations add(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    public Violations check(boolean ok, String field, String message) {
        if (!ok) {
            add(field, message);
        }
        return this;
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public Map<String, String> errors() {
        return Map.copyOf(errors);
    }

    /** Throws a 400 validation problem listing every error, if there are any. */
    public void throwIfAny() {
        throwIfAny(ProblemType.VALIDATION);
    }

    public void throwIfAny(ProblemType type) {
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1
                    ? errors.values().iterator().next()
                    : "Có " + errors.size() + " lỗi trong dữ liệu gửi lên: " + String.join("; ", errors.values());
            throw new ProblemException(type, detail, errors);
        }
    }
}
