/**
 * Báo cáo, văn bản chính thức: what business modules use to publish official documents. The reporting module knows
 * HOW a party document looks (Hướng dẫn 36-HD/VPTW, docs/domain.md §4), never WHAT it says, and depends on no
 * business module.
 *
 * <h2>Publishing a report</h2>
 * A module implements {@link vn.ptdv.reporting.api.ReportProvider} as an {@code @ApplicationScoped} bean in its
 * {@code control} package; it appears in {@code GET /ptdv/api/reports} (for the roles that hold the permissions of
 * its {@link vn.ptdv.reporting.api.ReportDefinition}) and downloads from
 * {@code GET /ptdv/api/reports/{id}?format=pdf|docx|xlsx&pdfa=true&...}. Before {@code build} is called the download
 * has checked the permissions, validated the parameters (years in {@code ptdv.years.min}–{@code max}) and checked
 * that every ORGANIZATION parameter has a record in the caller's scope. The provider queries in
 * {@link vn.ptdv.reporting.api.ReportArguments#scope()} and returns a typed document: a
 * {@link vn.ptdv.reporting.api.Letterhead} and a {@link vn.ptdv.reporting.api.DocumentBody} of paragraphs,
 * headings, numbered lists, {@link vn.ptdv.reporting.api.Table tables} with typed columns, page breaks and
 * appendices. A whole report:
 * <pre>{@code
 * @ApplicationScoped
 * public class AdmissionResultsReport implements ReportProvider {
 *     static final ReportDefinition DEFINITION = ReportDefinition.of("admission-results",
 *             "Kết quả công tác phát triển đảng viên",
 *             ReportParameter.required("org", "Tổ chức đảng", Type.ORGANIZATION, null),
 *             ReportParameter.required("year", "Năm báo cáo", Type.YEAR, null));   // .namingPeople() for a named list
 *     @Inject AdmissionStatistics statistics;   // the module's own aggregate queries
 *     @Inject IssuerDirectory issuers;
 *
 *     public ReportDefinition definition() { return DEFINITION; }
 *
 *     public ReportRequest build(ReportArguments a) {
 *         AdmissionResults r = statistics.results(a.requireString("org"), a.requireInt("year"), a.scope());
 *         Letterhead letterhead = Letterhead.of(issuer(issuers.issuerOrDefault(r.organization())),
 *                 DocumentType.REPORT, "Kết quả công tác phát triển đảng viên năm " + r.year());
 *         DocumentBody body = DocumentBody.builder()
 *                 .paragraph(headline(r))
 *                 .heading("1. Kết quả của các đơn vị trực thuộc")
 *                 .table(Table.of(Column.text("Đơn vị", 287), Column.integer("Kết nạp", 90), Column.percent("Tỷ lệ", 90))
 *                         .row("Đảng bộ huyện Bảo Thắng", 270, new BigDecimal("121.6"))
 *                         .total("Tổng cộng", 2287, new BigDecimal("113.1"))
 *                         .build())
 *                 .build();
 *         return ReportRequest.document(letterhead, body, "bao-cao-ket-qua-" + r.organization().code() + "-" + r.year());
 *     }
 * }
 * }</pre>
 * Columns format their values the way vi-VN documents print them (2.287; 113,1%; 24/01/2024); a text in a numeric
 * column is a mark printed as it is ("–", "chưa kết nạp"). Sentences are formatted in Java with
 * {@code vn.ptdv.shared.VietnameseFormat}, where they are tested. A long list streams its rows
 * ({@link vn.ptdv.reporting.api.Table.Builder#streamed}) and estimates its size
 * ({@link vn.ptdv.reporting.api.ReportProvider#estimatedRows}) so that it runs as a job. Objects found by a
 * parameter the download cannot check (an id) are checked with
 * {@link vn.ptdv.reporting.api.ReportArguments#requireInScope}.
 *
 * <h2>Issuing a document</h2>
 * A built request prints blanks for the number and the day, to be filled in by hand. The register of issued documents
 * renders {@code request.issued(new DocumentIssue("57", date))}: the letterhead then prints "Số 57-BC/BTCTU" and
 * "Lào Cai, ngày 24 tháng 01 năm 2024".
 *
 * <h2>Templates</h2>
 * One template prints every typed document: {@code src/main/jasperreports/reporting/document.jrxml} with the
 * letterhead, signature and table subreports beside it. The engine maps each block to its band and lays the table
 * subreport out for each table's columns. A document with a layout of its own (the A4 landscape certificates of the
 * training module) keeps a template in {@code src/main/jasperreports/<module>/<name>.jrxml} and hands rows
 * ({@link vn.ptdv.reporting.api.ReportRequest#of}); the engine gives it the letterhead parameters {@code
 * LETTERHEAD_REPORT}, {@code LETTERHEAD_DATA}, {@code SIGNATURE_REPORT}, {@code SIGNATURE_DATA} and {@code LETTERHEAD}
 * (a map of the formatted lines) when the request has a letterhead. Templates are in the JasperReports 7 format
 * ({@code <element kind="textField">}, no namespace) and compiled at build time
 * ({@code src/build/java/JrxmlCompiler.java}); a compile error fails the build. Text is 14 pt in the family "Times New
 * Roman" (Liberation Serif embedded in PDFs); a text element must be at least 18 pt high for one line of 14 pt text,
 * or JasperReports silently prints nothing.
 */
package vn.ptdv.reporting.api;
