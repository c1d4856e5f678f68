/**
 * Báo cáo, văn bản chính thức: what business modules use to publish official documents. The reporting module knows
 * HOW a party document looks (Hướng dẫn 36-HD/VPTW), never WHAT it says, and depends on no business module.
 *
 * <h2>Publishing a report</h2>
 * A module implements {@link vn.ptdv.reporting.api.ReportProvider} as an {@code @ApplicationScoped} bean in its
 * {@code control} package; it appears in {@code GET /ptdv/api/reports} and downloads from
 * {@code GET /ptdv/api/reports/{id}?format=pdf|docx|xlsx&pdfa=true&...}. Parameters are validated against
 * {@link vn.ptdv.reporting.api.ReportProvider#parameters()} before {@code build} is called.
 * <pre>{@code
 * @ApplicationScoped
 * public class AdmissionResultsReport implements ReportProvider {
 *     @Inject AdmissionStatistics statistics;   // the module's own aggregate queries
 *     public String id() { return "admission-results"; }
 *     public String title() { return "Kết quả công tác phát triển đảng viên"; }
 *     public List<ReportParameter> parameters() {
 *         return List.of(ReportParameter.required("org", "Tổ chức đảng", Type.ORGANIZATION, null),
 *                        ReportParameter.required("year", "Năm báo cáo", Type.YEAR, null));
 *     }
 *     public ReportRequest build(ReportArguments a) {
 *         var org = organizations.find(a.requireString("org"))            // unknown → ProblemException.notFound
 *                 .orElseThrow(() -> ProblemException.notFound("Không tìm thấy tổ chức đảng."));
 *         var letterhead = new Letterhead(org.superiorName(), List.of(org.committeeName()), null, "BC/TU",
 *                 org.place(), LocalDate.now(), "BÁO CÁO", "Kết quả công tác phát triển đảng viên năm " + a.requireInt("year"),
 *                 new Signature("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", null), List.of("Ban Tổ chức Trung ương", "Lưu Văn phòng"));
 *         return ReportRequest.of("admission/admission-results", letterhead, Map.of("totalAdmitted", "2.287"),
 *                 statistics.byUnit(org, a.requireInt("year")), a.format(), a.pdfA(), "ket-qua-phat-trien-dang-vien-" + org.code() + "-" + a.requireInt("year"));
 *     }
 * }
 * }</pre>
 * Rows may be records, JavaBeans or {@code Map<String, ?>}; a template field {@code unit} reads {@code unit()},
 * {@code getUnit()} or {@code map.get("unit")}. Format numbers and dates in Java ({@code vn.ptdv.shared.VietnameseFormat})
 * and hand the template strings: "2.287", "113,1%", "24/01/2024".
 *
 * <h2>Writing a template</h2>
 * Sources live in {@code src/main/jasperreports/<module>/<name>.jrxml} in the JasperReports 7 format
 * ({@code <element kind="textField">}, no namespace); the build compiles them to
 * {@code target/classes/reports/<module>/<name>.jasper} (exec-maven-plugin running {@code src/build/java/JrxmlCompiler.java}
 * at {@code process-classes}); template id {@code "<module>/<name>"}. A compile error fails the build.
 * Page setup of an official document (A4 portrait, domain.md §4.2) and the shared parts:
 * <pre>{@code
 * <jasperReport name="admission-results" language="java" pageWidth="595" pageHeight="842" columnWidth="467"
 *     leftMargin="85" rightMargin="43" topMargin="28" bottomMargin="57"
 *     whenNoDataType="AllSectionsNoDetail" summaryWithPageHeaderAndFooter="true">
 *   <style name="Base" default="true" fontName="Times New Roman" fontSize="14.0" pdfEncoding="Identity-H" pdfEmbedded="true"/>
 *   <parameter name="LETTERHEAD_REPORT" class="net.sf.jasperreports.engine.JasperReport"/>
 *   <parameter name="LETTERHEAD_DATA" class="net.sf.jasperreports.engine.JRDataSource"/>
 *   <parameter name="SIGNATURE_REPORT" class="net.sf.jasperreports.engine.JasperReport"/>
 *   <parameter name="SIGNATURE_DATA" class="net.sf.jasperreports.engine.JRDataSource"/>
 *   <title height="195">
 *     <!-- y=43: page 1 starts 25 mm from the top, like pages 2+ below their page number -->
 *     <element kind="subreport" x="0" y="43" width="467" height="150">
 *       <dataSourceExpression><![CDATA[$P{LETTERHEAD_DATA}]]></dataSourceExpression>
 *       <expression><![CDATA[$P{LETTERHEAD_REPORT}]]></expression>
 *     </element>
 *   </title>
 *   <pageHeader height="43">   <!-- page number from page 2, centred, 10 mm from the top edge -->
 *     <printWhenExpression><![CDATA[$V{PAGE_NUMBER} > 1]]></printWhenExpression>
 *     <element kind="textField" x="0" y="0" width="467" height="18" hTextAlign="Center">
 *       <expression><![CDATA[String.valueOf($V{PAGE_NUMBER})]]></expression>
 *     </element>
 *   </pageHeader>
 *   ... columnHeader / detail (the rows) ...
 *   <summary height="150">
 *     <element kind="subreport" positionType="Float" x="0" y="10" width="467" height="140">
 *       <dataSourceExpression><![CDATA[$P{SIGNATURE_DATA}]]></dataSourceExpression>
 *       <expression><![CDATA[$P{SIGNATURE_REPORT}]]></expression>
 *     </element>
 *   </summary>
 * </jasperReport>
 * }</pre>
 * The engine fills these parameters from {@link vn.ptdv.reporting.api.Letterhead}: {@code LETTERHEAD_REPORT} and
 * {@code SIGNATURE_REPORT} are the compiled {@code reporting/letterhead} and {@code reporting/signature} templates,
 * {@code LETTERHEAD_DATA}/{@code SIGNATURE_DATA} one-row data sources with the formatted lines, and
 * {@code LETTERHEAD} the same lines as a {@code java.util.Map} (keys {@code partyName, superiorBody, issuingBody,
 * numberLine, placeAndDate, documentType, title, confidentiality, authority, position, signerName, recipients}).
 * Each named sub-dataset of {@link vn.ptdv.reporting.api.ReportRequest#datasets()} arrives as a parameter of that
 * name holding a fresh {@code JRDataSource}: declare {@code <parameter name="byEthnicity"
 * class="net.sf.jasperreports.engine.JRDataSource"/>} and use it once, as a subreport's or table's data source.
 * Text is 14 pt in the family "Times New Roman" (Liberation Serif embedded in PDFs); a text element must be at
 * least 18 pt high for one line of 14 pt text, or JasperReports silently prints nothing.
 */
package vn.ptdv.reporting.api;
