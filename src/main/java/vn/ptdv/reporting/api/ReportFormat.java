package vn.ptdv.reporting.api;

import java.util.Locale;
import java.util.Optional;

/** Định dạng tệp báo cáo: the file formats an official document can be rendered to. */
public enum ReportFormat {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The exact Content-Type of a download in this format. */
    public String mediaType() {
        return mediaType;
    }

    /** The file extension without the dot ("pdf"). */
    public String extension() {
        return extension;
    }

    /** Parses a query value ("pdf", "DOCX", " xlsx "); empty when the value names no known format. */
    public static Optional<ReportFormat> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (f.extension.equals(v)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
