package vn.ptdv.reporting.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Tham số báo cáo: one query parameter a report accepts, as the catalogue shows it and the boundary validates it.
 *
 * @param name        the query parameter name ("org", "year")
 * @param label       the Vietnamese label ("Tổ chức đảng", "Năm báo cáo")
 * @param type        the value type
 * @param required    whether the report cannot be rendered without it
 * @param description a Vietnamese help text; may be null
 */
public record ReportParameter(String name, String label, Type type, boolean required, String description) {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,39}");

    /** Kiểu tham số. */
    public enum Type {
        /** Mã tổ chức đảng (organisation code, e.g. "LC"); the provider checks that it exists. */
        ORGANIZATION,
        /** Năm: a four-digit year. */
        YEAR,
        /** Văn bản tự do (free text, NFC-normalised, at most 200 characters). */
        TEXT,
        /** Mã định danh: a positive whole number id. */
        ID,
        /** Có/không: "true"/"false" (also "1"/"0"). */
        BOOLEAN
    }

    public ReportParameter {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bad parameter name: " + name);
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        if (name.equals("format") || name.equals("pdfa")) {
            throw new IllegalArgumentException("reserved parameter name: " + name);
        }
    }

    public static ReportParameter required(String name, String label, Type type, String description) {
        return new ReportParameter(name, label, type, true, description);
    }

    public static ReportParameter optional(String name, String label, Type type, String description) {
        return new ReportParameter(name, label, type, false, description);
    }
}
