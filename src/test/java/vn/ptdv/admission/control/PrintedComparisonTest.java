package vn.ptdv.admission.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.ptdv.reporting.api.DocumentBody;
import vn.ptdv.reporting.api.DocumentType;
import vn.ptdv.reporting.api.Issuer;
import vn.ptdv.reporting.api.Letterhead;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.reporting.api.Signature;
import vn.ptdv.reporting.control.JasperReportEngine;

/**
 * The comparison sentences of the yearly and the periodic report, printed with the line break at every position: a
 * percentage such as "4,2%" stays on one line. "(+4,2%)" did not: Java's line breaker (which JasperReports uses) allows
 * a break after "+4,", and the progress PDF of LC printed "(+4," at the end of one line and "2%)" on the next.
 */
class PrintedComparisonTest {

    /** A number cut at a line end: a digit and "," or "." ending a line, a digit starting the next. */
    private static final Pattern CUT = Pattern.compile("\\d[,.]\\R\\d");
    private static final Pattern PERCENT = Pattern.compile("\\d+,\\d%");

    @Test
    void theYearlyComparisonNeverCutsItsPercentage() throws Exception {
        assertNoCut(AdmissionResultsText.comparison(AdmissionResultsFixtures.laoCai()));
    }

    @Test
    void thePeriodicComparisonNeverCutsItsPercentage() throws Exception {
        ProgressService.Progress p = new ProgressService.Progress(null, 2026, null, 1823, 0, 0, null, null, 1749, null,
                0, null, null, 0, 0, null, List.of(), List.of(), List.of());
        String s = AdmissionProgressReport.comparison(p, 2025);
        assertEquals("So với cùng kỳ năm 2025 (kết nạp 1.749 đảng viên), tăng 74 đảng viên (tăng 4,2%).", s);
        assertNoCut(s);
        ProgressService.Progress fewer = new ProgressService.Progress(null, 2026, null, 1749, 0, 0, null, null, 1823,
                null, 0, null, null, 0, 0, null, List.of(), List.of(), List.of());
        assertNoCut(AdmissionProgressReport.comparison(fewer, 2025));
    }

    /** The sentence after prefixes of 0 … 90 characters, so that the line end falls on each of its characters. */
    private static void assertNoCut(String sentence) throws Exception {
        DocumentBody.Builder body = DocumentBody.builder();
        int paragraphs = 91;
        for (int k = 0; k < paragraphs; k++) {
            body.paragraph("Đ" + "ả".repeat(k) + " " + sentence);
        }
        Letterhead letterhead = Letterhead.of(new Issuer("ĐẢNG BỘ TỈNH LÀO CAI", List.of("TỈNH ỦY LÀO CAI",
                        "BAN TỔ CHỨC"), "BTCTU", "Lào Cai", new Signature("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN",
                        "Nguyễn Văn Mẫu"), List.of("Lưu Văn phòng Ban")), DocumentType.REPORT, "Kiểm tra ngắt dòng");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JasperReportEngine().render(ReportRequest.document(letterhead, body.build(), "printed-comparison"), out);
        String text;
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            text = new PDFTextStripper().getText(doc);
        }
        Matcher cut = CUT.matcher(text);
        assertFalse(cut.find(), () -> "a number is cut at a line end: …" + text.substring(Math.max(0, cut.start() - 60),
                Math.min(text.length(), cut.end() + 20)) + "…");
        Matcher m = PERCENT.matcher(sentence);
        assertTrue(m.find(), sentence);
        String percent = m.group();
        int whole = 0;
        for (int at = text.indexOf(percent); at >= 0; at = text.indexOf(percent, at + 1)) {
            whole++;
        }
        assertEquals(paragraphs, whole, "each paragraph prints " + percent + " on one line");
    }
}
