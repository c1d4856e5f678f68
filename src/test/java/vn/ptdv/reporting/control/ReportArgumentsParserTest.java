package vn.ptdv.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ptdv.platform.config.YearRange;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportDefinition;
import vn.ptdv.reporting.api.ReportFormat;
import vn.ptdv.reporting.api.ReportParameter;
import vn.ptdv.reporting.api.ReportParameter.Type;
import vn.ptdv.reporting.api.ReportProvider;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.reporting.api.ReportScope;

class ReportArgumentsParserTest {

    static ReportProvider provider(Set<ReportFormat> formats) {
        ReportDefinition definition = new ReportDefinition("admission-results", "Kết quả kết nạp đảng viên", List.of(
                ReportParameter.required("org", "Tổ chức đảng", Type.ORGANIZATION, null),
                ReportParameter.required("year", "Năm báo cáo", Type.YEAR, null),
                ReportParameter.optional("note", "Ghi chú", Type.TEXT, null),
                ReportParameter.optional("candidate", "Quần chúng", Type.ID, null),
                ReportParameter.optional("detailed", "Chi tiết", Type.BOOLEAN, null)),
                Set.of(Permission.DOWNLOAD_REPORTS), formats);
        return new ReportProvider() {
            public ReportDefinition definition() {
                return definition;
            }

            public ReportRequest build(ReportArguments arguments) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** The configured range of years of these tests (ptdv.years.min/max): 1930 to 2100. */
    static final YearRange YEARS = YearRange.of(1930, 2100);

    static ReportArguments parse(ReportProvider p, Map<String, List<String>> q) {
        return ReportArgumentsParser.parse(p, q, YEARS, ReportScope.ALL);
    }

    static final ReportProvider ALL = provider(Set.of(ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.XLSX));

    static Map<String, List<String>> query(String... kv) {
        Map<String, List<String>> q = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            q.computeIfAbsent(kv[i], k -> new java.util.ArrayList<>()).add(kv[i + 1]);
        }
        return q;
    }

    static ProblemException problem(ReportProvider p, Map<String, List<String>> q) {
        return assertThrows(ProblemException.class, () -> parse(p, q));
    }

    @Test
    void typedValuesAndDefaults() {
        ReportArguments a = parse(ALL,
                query("org", "LC", "year", "2024", "note", "  Ghi   chú ", "candidate", "42", "detailed", "TRUE"));
        assertEquals("LC", a.requireString("org"));
        assertEquals(2024, a.requireInt("year"));
        assertEquals("Ghi chú", a.string("note").orElseThrow());
        assertEquals(42L, a.id("candidate").getAsLong());
        assertTrue(a.bool("detailed"));
        assertEquals(ReportFormat.PDF, a.format());
        assertFalse(a.pdfA());
    }

    @Test
    void formatAndPdfA() {
        ReportArguments a = parse(ALL, query("org", "LC", "year", "2024", "format", "PDF", "pdfa", "true"));
        assertEquals(ReportFormat.PDF, a.format());
        assertTrue(a.pdfA());
        ReportArguments d = parse(ALL, query("org", "LC", "year", "2024", "format", "docx", "pdfa", "true"));
        assertEquals(ReportFormat.DOCX, d.format());
        assertFalse(d.pdfA(), "PDF/A only applies to PDF");
    }

    @Test
    void missingRequiredParametersAreAllReported() {
        ProblemException e = problem(ALL, query());
        assertEquals(ProblemType.BAD_PARAMETER, e.type());
        assertEquals(Set.of("org", "year"), e.errors().keySet());
        assertEquals("Thiếu tham số bắt buộc: Tổ chức đảng.", e.errors().get("org"));
        assertTrue(e.getMessage().startsWith("Có 2 tham số không hợp lệ"));
    }

    @Test
    void blankCountsAsMissing() {
        ProblemException e = problem(ALL, query("org", "  ", "year", "2024"));
        assertEquals(Set.of("org"), e.errors().keySet());
        assertEquals("Thiếu tham số bắt buộc: Tổ chức đảng.", e.getMessage());
    }

    @Test
    void unknownFormatIs400() {
        ProblemException e = problem(ALL, query("org", "LC", "year", "2024", "format", "odt"));
        assertEquals(ProblemType.BAD_PARAMETER, e.type());
        assertEquals(400, e.type().status());
        assertTrue(e.errors().containsKey("format"));
    }

    @Test
    void formatTheProviderDoesNotOfferIs400() {
        ProblemException e = problem(provider(Set.of(ReportFormat.PDF)), query("org", "LC", "year", "2024", "format", "xlsx"));
        assertTrue(e.errors().get("format").contains("pdf"));
    }

    @Test
    void badValues() {
        ProblemException e = problem(ALL, query("org", "LC/../x", "year", "24", "candidate", "-1", "detailed", "yes",
                "pdfa", "maybe"));
        assertEquals(Set.of("org", "year", "candidate", "detailed", "pdfa"), e.errors().keySet());
        assertTrue(e.errors().get("year").contains("1930"));
    }

    @Test
    void yearBounds() {
        assertEquals(1930, parse(ALL, query("org", "LC", "year", "1930")).requireInt("year"));
        assertTrue(problem(ALL, query("org", "LC", "year", "1929")).errors().containsKey("year"));
        assertTrue(problem(ALL, query("org", "LC", "year", "2101")).errors().containsKey("year"));
    }

    @Test
    void theRangeOfYearsIsTheConfiguredOne() {
        ProblemException e = assertThrows(ProblemException.class, () -> ReportArgumentsParser.parse(ALL,
                query("org", "LC", "year", "1999"), YearRange.of(2000, 2100), ReportScope.ALL));
        assertEquals("Năm báo cáo: phải là năm có 4 chữ số, từ 2000 đến 2100.", e.errors().get("year"));
        assertEquals(2000, ReportArgumentsParser.parse(ALL, query("org", "LC", "year", "2000"), YearRange.of(2000, 2100),
                ReportScope.ALL).requireInt("year"));
    }

    @Test
    void theCallersScopeTravelsWithTheArguments() {
        ReportScope scope = new ReportScope(false, List.of("00000001/00000002/"));
        ReportArguments a = ReportArgumentsParser.parse(ALL, query("org", "LC-BT", "year", "2024"), YEARS, scope);
        assertEquals(scope, a.scope());
    }

    @Test
    void repeatedParameterIsRejected() {
        ProblemException e = problem(ALL, query("org", "LC", "org", "YB", "year", "2024"));
        assertEquals(Set.of("org"), e.errors().keySet());
    }

    @Test
    void tooLongText() {
        assertTrue(problem(ALL, query("org", "LC", "year", "2024", "note", "x".repeat(201))).errors().containsKey("note"));
    }
}
