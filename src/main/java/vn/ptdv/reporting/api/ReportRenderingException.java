package vn.ptdv.reporting.api;

/**
 * Lỗi kết xuất báo cáo: a template that cannot be found, loaded, filled or exported. A programming or deployment
 * error, never the caller's fault; its message names the template, never personal data.
 */
public class ReportRenderingException extends RuntimeException {

    public ReportRenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public ReportRenderingException(String message) {
        super(message);
    }
}
