package vn.ptdv.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.UriInfo;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns exceptions into problems. */
final class Problems {

    private static final Pattern PROPERTY = Pattern.compile("property '?\"?([A-Za-z0-9_]+)");

    private Problems() {
    }

    static String instance(UriInfo uriInfo) {
        return uriInfo == null ? null : "/ptdv/api/" + uriInfo.getPath().replaceFirst("^/", "");
    }

    static Problem forStatus(int status) {
        return switch (status) {
            case 400 -> Problem.of(ProblemType.BAD_PARAMETER, "Yêu cầu không hợp lệ.");
            case 404 -> Problem.of(ProblemType.NOT_FOUND, "Không tìm thấy tài nguyên được yêu cầu.");
            case 405 -> Problem.of(ProblemType.METHOD_NOT_ALLOWED, "Phương thức HTTP này không được hỗ trợ cho đường dẫn này.");
            case 406 -> Problem.of(ProblemType.NOT_ACCEPTABLE, "Máy chủ không thể trả về định dạng được yêu cầu trong tiêu đề Accept.");
            case 413 -> Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "Nội dung gửi lên vượt quá giới hạn cho phép.");
            case 415 -> Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Kiểu nội dung gửi lên không được hỗ trợ; hãy gửi application/json với mã hóa UTF-8.");
            case 503 -> Problem.of(ProblemType.UNAVAILABLE, "Dịch vụ tạm thời không sẵn sàng, vui lòng thử lại sau.");
            default -> status >= 500
                    ? Problem.of(ProblemType.INTERNAL, "Đã xảy ra lỗi hệ thống.")
                    : new Problem("about:blank", "Yêu cầu không được xử lý", status, "Yêu cầu không được xử lý (mã " + status + ").", null, null);
        };
    }

    static Problem fromViolations(ConstraintViolationException exception) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<?> v : exception.getConstraintViolations()) {
            errors.putIfAbsent(ConstraintViolationMapper.field(v), v.getMessage());
        }
        String detail = errors.size() == 1 ? errors.values().iterator().next()
                : "Có " + errors.size() + " lỗi trong dữ liệu gửi lên: " + String.join("; ", errors.values());
        return Problem.of(ProblemType.VALIDATION, detail, errors);
    }

    /** A problem for a known cause anywhere in the chain, or null. */
    static Problem fromCauseChain(Throwable exception) {
        // a problem thrown inside a wrapper (a JSON-B deserializer naming the field of a bad value) says it best
        Throwable t = exception;
        for (int depth = 0; t != null && depth < 12; depth++, t = t.getCause()) {
            if (t instanceof ProblemException p) {
                return p.problem();
            }
        }
        // two writers of one record at once (JPA's optimistic lock, or EclipseLink's own exception): the later one loses
        for (Throwable c = exception; c != null; c = c.getCause()) {
            if (c instanceof jakarta.persistence.OptimisticLockException
                    || c.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
                return Problem.of(ProblemType.CONFLICT, "Hồ sơ vừa được người khác ghi cùng lúc; hãy tải lại và thử lại.");
            }
            if (c.getCause() == c) {
                break;
            }
        }
        t = exception;
        String field = null;
        for (int depth = 0; t != null && depth < 12; depth++, t = t.getCause()) {
            if (t instanceof ConstraintViolationException cve) {
                return fromViolations(cve);
            }
            if (field == null && t.getMessage() != null) {
                Matcher m = PROPERTY.matcher(t.getMessage());
                if (m.find()) {
                    field = m.group(1);
                }
            }
            if (t instanceof JsonParsingException) {
                return Problem.of(ProblemType.MALFORMED_JSON,
                        "Nội dung gửi lên không phải JSON hợp lệ; hãy kiểm tra dấu ngoặc, dấu phẩy và dấu nháy.");
            }
            if (t instanceof DateTimeParseException || t instanceof JsonbException) {
                if (field != null) {
                    return Problem.of(ProblemType.VALIDATION,
                            "Giá trị của trường '" + field + "' không đúng kiểu dữ liệu (ngày theo dạng YYYY-MM-DD, "
                                    + "số nguyên, hoặc một trong các giá trị mã cho phép).",
                            Map.of(field, "Giá trị không đúng kiểu dữ liệu"));
                }
                if (t instanceof JsonbException && isSyntax(t)) {
                    return Problem.of(ProblemType.MALFORMED_JSON,
                            "Nội dung gửi lên không phải JSON hợp lệ; hãy kiểm tra dấu ngoặc, dấu phẩy và dấu nháy.");
                }
                return Problem.of(ProblemType.VALIDATION,
                        "Dữ liệu JSON không khớp với cấu trúc yêu cầu (sai kiểu dữ liệu hoặc giá trị mã không hợp lệ).");
            }
        }
        if (exception instanceof WebApplicationException wae && wae.getResponse().getStatus() == 400 && exception.getCause() != null) {
            return Problem.of(ProblemType.MALFORMED_JSON, "Không đọc được nội dung gửi lên; hãy gửi JSON hợp lệ.");
        }
        return null;
    }

    private static boolean isSyntax(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof JsonParsingException) {
                return true;
            }
            String name = c.getClass().getName();
            if (name.contains("JsonParsingException") || name.contains("JsonParseException")) {
                return true;
            }
        }
        String m = t.getMessage();
        return m != null && (m.contains("Unexpected char") || m.contains("Invalid token") || m.contains("EOF"));
    }

    /** A copy of the throwable chain that keeps types and stack frames but drops messages (they may hold personal data). */
    static Throwable withoutMessages(Throwable t) {
        if (t == null) {
            return null;
        }
        Throwable copy = new Throwable(t.getClass().getName(), withoutMessages(t.getCause() == t ? null : t.getCause()));
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }
}
