package vn.ptdv.reporting.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Yêu cầu xuất báo cáo: everything the engine needs to render one official document. A business module builds it
 * (usually in its {@link ReportProvider}); the engine never queries data itself.
 *
 * @param templateId  the template, "module/name": "admission/admission-results" is the compiled classpath resource
 *                    {@code /reports/admission/admission-results.jasper}, built from
 *                    {@code src/main/jasperreports/admission/admission-results.jrxml}
 * @param letterhead  thể thức: header, signature and recipients; null for a template that prints none
 * @param parameters  typed template parameters by name (values already formatted in Java where they are text)
 * @param rows        the rows of the main dataset (records, beans or {@code Map<String, ?>}); may be empty
 * @param datasets    named sub-datasets for tables and subreports; each is given to the template as a parameter of
 *                    that name holding a fresh {@code net.sf.jasperreports.engine.JRDataSource}
 * @param format      PDF, DOCX or XLSX
 * @param pdfA        PDF/A-1b (archival) when the format is PDF
 * @param fileName    the base file name without extension, an ASCII slug ("bao-cao-ket-qua-phat-trien-dang-vien-LC-2024")
 * @param rowStream   for long lists instead of {@code rows}: opened once when the template is filled, read row by row
 *                    (never held as a whole); null for an ordinary request. The engine then also keeps the filled
 *                    pages in a swap file instead of the heap.
 */
public record ReportRequest(String templateId, Letterhead letterhead, Map<String, Object> parameters, List<?> rows,
                            Map<String, List<?>> datasets, ReportFormat format, boolean pdfA, String fileName,
                            RowStream rowStream) {

    private static final Pattern TEMPLATE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)+");
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,150}");

    public ReportRequest {
        Objects.requireNonNull(templateId, "templateId");
        if (!TEMPLATE_ID.matcher(templateId).matches()) {
            // Template ids name classpath resources: never let a path segment like ".." through.
            throw new IllegalArgumentException("templateId must look like module/name: " + templateId);
        }
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        rows = rows == null ? List.of() : List.copyOf(rows);
        datasets = datasets == null ? Map.of() : Map.copyOf(datasets);
        format = Objects.requireNonNull(format, "format");
        Objects.requireNonNull(fileName, "fileName");
        if (!SLUG.matcher(fileName).matches()) {
            throw new IllegalArgumentException("fileName must be an ASCII slug: " + fileName);
        }
        if (rowStream != null && !rows.isEmpty()) {
            throw new IllegalArgumentException("rows and rowStream are exclusive");
        }
    }

    /** A request whose rows are all given (no row stream). */
    public ReportRequest(String templateId, Letterhead letterhead, Map<String, Object> parameters, List<?> rows,
                         Map<String, List<?>> datasets, ReportFormat format, boolean pdfA, String fileName) {
        this(templateId, letterhead, parameters, rows, datasets, format, pdfA, fileName, null);
    }

    /** A request for a long list whose rows are read from {@code rows} while the template is filled. */
    public static ReportRequest streamed(String templateId, Letterhead letterhead, Map<String, Object> parameters,
                                         RowStream rows, ReportFormat format, boolean pdfA, String fileName) {
        return new ReportRequest(templateId, letterhead, parameters, List.of(), Map.of(), format, pdfA, fileName,
                Objects.requireNonNull(rows, "rows"));
    }

    /** Whether the rows are streamed (a long list). */
    public boolean streamed() {
        return rowStream != null;
    }

    /** A request without sub-datasets. */
    public static ReportRequest of(String templateId, Letterhead letterhead, Map<String, Object> parameters,
                                   List<?> rows, ReportFormat format, boolean pdfA, String fileName) {
        return new ReportRequest(templateId, letterhead, parameters, rows, Map.of(), format, pdfA, fileName);
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
        return new ReportRequest(templateId, letterhead, parameters, rows, datasets, newFormat, newPdfA, fileName,
                rowStream);
    }
}
