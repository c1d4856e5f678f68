package vn.ptdv.platform.rest;

/** The stable problem types of the API, each with its HTTP status and Vietnamese title. */
public enum ProblemType {
    VALIDATION("validation", 400, "Dữ liệu không hợp lệ"),
    MALFORMED_JSON("malformed-json", 400, "Nội dung JSON không đúng cú pháp"),
    BAD_PARAMETER("bad-parameter", 400, "Tham số không hợp lệ"),
    UNAUTHORIZED("unauthorized", 401, "Chưa đăng nhập"),
    FORBIDDEN("forbidden", 403, "Không có quyền"),
    PASSWORD_CHANGE_REQUIRED("password-change-required", 403, "Cần đổi mật khẩu"),
    NOT_FOUND("not-found", 404, "Không tìm thấy"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Phương thức không được hỗ trợ"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Không có định dạng phù hợp"),
    CONFLICT("conflict", 409, "Xung đột dữ liệu"),
    GONE("gone", 410, "Đã hết hạn"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Nội dung gửi lên quá lớn"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Kiểu nội dung không được hỗ trợ"),
    UNPROCESSABLE("business-rule", 422, "Vi phạm quy định nghiệp vụ"),
    TOO_LONG("too-long", 422, "Nội dung quá dài"),
    LOCKED("locked", 423, "Tài khoản tạm khóa"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Quá nhiều yêu cầu"),
    INTERNAL("internal", 500, "Lỗi hệ thống"),
    UNAVAILABLE("unavailable", 503, "Dịch vụ tạm thời không sẵn sàng");

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
