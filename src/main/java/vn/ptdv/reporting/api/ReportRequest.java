package vn.ptdv.reporting.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Yêu cầu xuất báo cáo: everything the engine needs to render one official document. A business module builds it in
 * its {@link ReportProvider}; the engine never queries data itself. Almost every document is a {@link #document}: a
 * letterhead and a typed {@link DocumentBody}, printed by the one document template. A document with a layout of its
 * own (the landscape certificates) names its template and hands rows.
 *
 * @param templateId  the template, "module/name": "training/certificate" is the compiled classpath resource
 *                    {@code /reports/training/certificate.jasper}, built from
 *                    {@code src/main/jasperreports/training/certificate.jrxml}; {@link #DOCUMENT_TEMPLATE} for a body
 * @param letterhead  thể thức: header, signature and recipients; null for a template that prints none
 * @param parameters  typed template parameters by name (values already formatted in Java where they are text)
 * @param rows        the rows of a template's main dataset (records, beans or {@code Map<String, ?>}); may be empty
 * @param body        the typed body of a document; null for a template of its own
 * @param format      PDF, DOCX or XLSX
 * @param pdfA        PDF/A-1b (archival) when the format is PDF
 * @param fileName    the base file name without extension, an ASCII slug ("bao-cao-ket-qua-phat-trien-dang-vien-LC-2024")
 */
public record ReportRequest(String templateId, Letterhead letterhead, Map<String, Object> parameters, List<?> rows,
                            DocumentBody body, ReportFormat format, boolean pdfA, String fileName) {

    /** The one template of every typed document: letterhead, body blocks, signature, appendices. */
    public static final String DOCUMENT_TEMPLATE = "reporting/document";

    private static final Pattern TEMPLATE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)+");
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,150}");

    public ReportRequest {
        Objects.requireNonNull(templateId, "templateId");
        if (!TEMPLATE_ID.matcher(templateId).matches()) {
            // Template ids name classpath resources: never let a path segment like ".." through.
            throw new IllegalArgumentException("templateId must look like module/name: " + templateId);
        }
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        rows = rows == null ? List.of() : List.copyOf(rows);
        if (body != null && (!templateId.equals(DOCUMENT_TEMPLATE) || !rows.isEmpty())) {
            throw new IllegalArgumentException("a body is printed by " + DOCUMENT_TEMPLATE + ", without rows");
        }
        format = Objects.requireNonNull(format, "format");
        Objects.requireNonNull(fileName, "fileName");
        if (!SLUG.matcher(fileName).matches()) {
            throw new IllegalArgumentException("fileName must be an ASCII slug: " + fileName);
        }
    }

    /** An official document: the letterhead, then the body. The download sets the format (PDF until then). */
    public static ReportRequest document(Letterhead letterhead, DocumentBody body, String fileName) {
        return new ReportRequest(DOCUMENT_TEMPLATE, Objects.requireNonNull(letterhead, "letterhead"), Map.of(), List.of(),
                Objects.requireNonNull(body, "body"), ReportFormat.PDF, false, fileName);
    }

    /** A document printed by a template of its own from rows. */
    public static ReportRequest of(String templateId, Letterhead letterhead, Map<String, Object> parameters,
                                   List<?> rows, ReportFormat format, boolean pdfA, String fileName) {
        return new ReportRequest(templateId, letterhead, parameters, rows, null, format, pdfA, fileName);
    }

    /** Whether a table reads its rows from a stream (a long list). */
    public boolean streamed() {
        return body != null && body.streamed();
    }

    /** The classpath resource of the compiled template. */
    public String templateResource() {
        return "/reports/" + templateId + ".jasper";
    }

    /** The file name with its extension, e.g. "bao-cao-LC-2024.pdf". */
    public String fileNameWithExtension() {
        return fileName + "." + format.extension();
    }

    /** The same request in another format. */
    public ReportRequest withFormat(ReportFormat newFormat, boolean newPdfA) {
        return new ReportRequest(templateId, letterhead, parameters, rows, body, newFormat, newPdfA, fileName);
    }

    /** The same document under another trích yếu ({@link Letterhead#titled}). */
    public ReportRequest titled(String title) {
        if (letterhead == null) {
            throw new IllegalStateException("a document without a letterhead has no title");
        }
        return new ReportRequest(templateId, letterhead.titled(title), parameters, rows, body, format, pdfA, fileName);
    }

    /**
     * The same document as issued: its letterhead prints the number and the dated line of {@code issue} instead of
     * the blanks (for the register of issued documents).
     */
    public ReportRequest issued(DocumentIssue issue) {
        if (letterhead == null) {
            throw new IllegalStateException("a document without a letterhead cannot be issued");
        }
        return new ReportRequest(templateId, letterhead.issued(issue), parameters, rows, body, format, pdfA, fileName);
    }
}
