package vn.ptdv.reporting.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ptdv.reporting.api.DocumentIssue;
import vn.ptdv.reporting.api.DocumentType;
import vn.ptdv.reporting.api.Issuer;
import vn.ptdv.reporting.api.Letterhead;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportDefinition;
import vn.ptdv.reporting.api.ReportFormat;
import vn.ptdv.reporting.api.ReportProvider;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.reporting.control.ReportDownloads;

class ContentDispositionTest {

    @Test
    void vietnameseNameGetsAsciiFallbackAndUtf8Form() {
        String header = ContentDisposition.attachment("Báo cáo kết quả phát triển đảng viên 2024.pdf");
        assertEquals("attachment; filename=\"Bao-cao-ket-qua-phat-trien-dang-vien-2024.pdf\"; "
                + "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20k%E1%BA%BFt%20qu%E1%BA%A3%20ph%C3%A1t%20tri%E1%BB%83n%20"
                + "%C4%91%E1%BA%A3ng%20vi%C3%AAn%202024.pdf", header);
    }

    @Test
    void utf8FormDecodesBackToNfc() {
        String nfd = Normalizer.normalize("Đảng bộ tỉnh Lào Cai.docx", Normalizer.Form.NFD);
        String header = ContentDisposition.attachment(nfd);
        String encoded = header.substring(header.indexOf("UTF-8''") + 7);
        assertEquals("Đảng bộ tỉnh Lào Cai.docx", URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8));
        assertTrue(header.contains("filename=\"Dang-bo-tinh-Lao-Cai.docx\""));
    }

    @Test
    void quotesSlashesAndControlCharactersNeverReachTheHeader() {
        String ascii = ContentDisposition.asciiFallback("a\"b\\c/d\r\ne;f.pdf");
        assertEquals("a-b-c-d-e-f.pdf", ascii);
        String header = ContentDisposition.attachment("x\r\nSet-Cookie: a=b.pdf");
        assertTrue(header.matches("[\\x20-\\x7e]+"), header);
    }

    @Test
    void emptyNameFallsBack() {
        assertEquals("bao-cao.pdf", ContentDisposition.asciiFallback("“”.pdf"));
        assertEquals("bao-cao", ContentDisposition.asciiFallback("…"));
    }

    @Test
    void explicitAsciiNameIsKept() {
        String header = ContentDisposition.attachment("bao-cao-ket-qua-phat-trien-dang-vien-LC-2024.pdf",
                "Báo cáo Kết quả 2024.pdf");
        assertTrue(header.startsWith("attachment; filename=\"bao-cao-ket-qua-phat-trien-dang-vien-LC-2024.pdf\"; filename*=UTF-8''B%C3%A1o"));
    }

    @Test
    void displayNameComesFromTheLetterhead() {
        ReportProvider provider = new ReportProvider() {
            public ReportDefinition definition() {
                return ReportDefinition.of("x", "Danh mục");
            }

            public ReportRequest build(ReportArguments arguments) {
                throw new UnsupportedOperationException();
            }
        };
        Letterhead l = Letterhead.of(new Issuer(null, List.of("TỈNH ỦY LÀO CAI"), "TU", "Lào Cai", null, List.of()),
                DocumentType.REPORT, "Kết quả công tác phát triển đảng viên năm 2024")
                .issued(new DocumentIssue("57", LocalDate.of(2024, 12, 31)));
        ReportRequest request = ReportRequest.of("test/x", l, Map.of(), List.of(), ReportFormat.PDF, false, "bc-2024");
        assertEquals("Báo cáo Kết quả công tác phát triển đảng viên năm 2024.pdf",
                ReportDownloads.displayName(request, provider));
        ReportRequest plain = ReportRequest.of("test/x", null, Map.of(), List.of(), ReportFormat.XLSX, false, "bc-2024");
        assertEquals("Danh mục.xlsx", ReportDownloads.displayName(plain, provider));
    }
}
