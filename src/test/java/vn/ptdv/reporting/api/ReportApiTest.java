package vn.ptdv.reporting.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportApiTest {

    @Test
    void formatsParseCaseInsensitivelyWithExactMediaTypes() {
        assertEquals(Optional.of(ReportFormat.PDF), ReportFormat.parse("pdf"));
        assertEquals(Optional.of(ReportFormat.DOCX), ReportFormat.parse(" DOCX "));
        assertEquals(Optional.of(ReportFormat.XLSX), ReportFormat.parse("Xlsx"));
        assertEquals(Optional.empty(), ReportFormat.parse("xls"));
        assertEquals(Optional.empty(), ReportFormat.parse(null));
        assertEquals("application/pdf", ReportFormat.PDF.mediaType());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ReportFormat.DOCX.mediaType());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ReportFormat.XLSX.mediaType());
    }

    static final Issuer ISSUER = new Issuer("ĐẢNG BỘ TỈNH LÀO CAI", List.of("TỈNH ỦY LÀO CAI", "BAN TỔ CHỨC"), "BTCTU",
            "Lào Cai", new Signature("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Văn A"),
            List.of("Ban Tổ chức Trung ương", "- Lưu VP"));

    static Letterhead letterhead(Integer number) {
        Letterhead l = Letterhead.of(ISSUER, DocumentType.REPORT, "Kết quả");
        return number == null ? l : l.issued(new DocumentIssue(number.toString(), LocalDate.of(2024, 1, 3)));
    }

    @Test
    void numberLineWithNumberOrBlank() {
        assertEquals("Số 57-BC/BTCTU", letterhead(57).numberLine());
        assertEquals("Số      -BC/BTCTU", letterhead(null).numberLine());
        assertThrows(IllegalArgumentException.class, () -> letterhead(0));
    }

    @Test
    void placeAndDateWithLeadingZeros() {
        assertEquals("Lào Cai, ngày 03 tháng 01 năm 2024", letterhead(1).placeAndDateLine());
    }

    @Test
    void twoLineIssuerAndRecipients() {
        Letterhead l = letterhead(1);
        assertEquals("TỈNH ỦY LÀO CAI\nBAN TỔ CHỨC", l.issuingBodyText());
        assertEquals("- Ban Tổ chức Trung ương\n- Lưu VP", l.recipientsText());
    }

    @Test
    void textIsNfc() {
        String nfd = Normalizer.normalize("Tỉnh ủy Lào Cai", Normalizer.Form.NFD);
        Letterhead l = Letterhead.of(new Issuer(null, List.of(nfd), "TU", nfd, null, null), DocumentType.REPORT, null);
        assertEquals("Tỉnh ủy Lào Cai", l.issuingBody().get(0));
        assertTrue(Normalizer.isNormalized(l.place(), Normalizer.Form.NFC));
        assertTrue(l.placeAndDateLine().startsWith("Tỉnh ủy Lào Cai, ngày      tháng      năm "));
    }

    @Test
    void requestRejectsTemplatePathsAndNonAsciiFileNames() {
        assertThrows(IllegalArgumentException.class,
                () -> ReportRequest.of("../etc/passwd", null, Map.of(), List.of(), ReportFormat.PDF, false, "x"));
        assertThrows(IllegalArgumentException.class,
                () -> ReportRequest.of("admission", null, Map.of(), List.of(), ReportFormat.PDF, false, "x"));
        assertThrows(IllegalArgumentException.class,
                () -> ReportRequest.of("admission/x", null, Map.of(), List.of(), ReportFormat.PDF, false, "báo-cáo"));
        ReportRequest r = ReportRequest.of("admission/admission-results", null, Map.of(), List.of(), ReportFormat.DOCX,
                false, "bao-cao-LC-2024");
        assertEquals("/reports/admission/admission-results.jasper", r.templateResource());
        assertEquals("bao-cao-LC-2024.docx", r.fileNameWithExtension());
    }

    @Test
    void reservedParameterNames() {
        assertThrows(IllegalArgumentException.class,
                () -> ReportParameter.required("format", "x", ReportParameter.Type.TEXT, null));
        assertThrows(IllegalArgumentException.class,
                () -> ReportParameter.required("a b", "x", ReportParameter.Type.TEXT, null));
    }
}
