package vn.ptdv.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.ptdv.reporting.api.DocumentBody;
import vn.ptdv.reporting.api.DocumentType;
import vn.ptdv.reporting.api.Issuer;
import vn.ptdv.reporting.api.Letterhead;
import vn.ptdv.reporting.api.ReportFormat;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.reporting.api.Signature;
import vn.ptdv.reporting.control.JasperReportEngine;

/**
 * Renders the training templates with made-up rows through the real engine: every format renders, the PDF text holds
 * what a reader checks, and page 1 is written to {@code target/report-previews/training-*.png} for a look.
 */
class TrainingTemplatesTest {

    static final Path PREVIEWS = Path.of("target", "report-previews");
    static final JasperReportEngine ENGINE = new JasperReportEngine();

    static Letterhead letterhead(DocumentType type, String title) {
        return Letterhead.of(new Issuer("HUYỆN ỦY BẢO THẮNG", List.of("TRUNG TÂM CHÍNH TRỊ"), "TTCT", "Bảo Thắng",
                new Signature(null, "GIÁM ĐỐC", null), List.of("Ban Tổ chức Huyện ủy", "Lưu Trung tâm")), type, title);
    }

    static ReportRequest document(DocumentBody body, ReportFormat format) {
        return ReportRequest.document(letterhead(DocumentType.REPORT, "Kết quả học tập"), body, "training-test")
                .withFormat(format, false);
    }

    static byte[] render(ReportRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ENGINE.render(request, out);
        return out.toByteArray();
    }

    static String pdfText(byte[] pdf, String preview) throws IOException {
        Files.createDirectories(PREVIEWS);
        Files.write(PREVIEWS.resolve(preview + ".pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 80);
            ImageIO.write(image, "png", PREVIEWS.resolve(preview + ".png").toFile());
            // cells wrap: compare with single spaces
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void guideRendersItsProgrammeTable() throws IOException {
        String text = pdfText(render(document(TrainingReportText.guideBody(TrainingSamples.guide()), ReportFormat.PDF)),
                "training-guide");
        for (String expected : List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "II. NỘI DUNG CHƯƠNG TRÌNH", "Chuyên đề", "Hình thức",
                "Khái quát lịch sử Đảng Cộng sản Việt Nam", "Tham quan thực tế", "Tổng cộng: 30 tiết")) {
            assertTrue(text.contains(expected), () -> "lacks " + expected);
        }
    }

    @Test
    void classResultsRenderInEveryFormat() throws IOException {
        DocumentBody body = TrainingReportText.classResultsBody(TrainingSamples.awarenessClass(),
                TrainingSamples.learners());
        String text = pdfText(render(document(body, ReportFormat.PDF)), "training-class-results");
        for (String expected : List.of("Vũ Thị Ánh", "02/05/2006", "8,5", "Trung bình", "NTVĐ-BT-2024-0015", "Sĩ số", "khóa 01/2024",
                "80,0%")) {
            assertTrue(text.contains(expected), () -> "lacks " + expected);
        }
        assertTrue(render(document(body, ReportFormat.DOCX)).length > 1000);
        assertTrue(render(document(body, ReportFormat.XLSX)).length > 1000);
    }

    @Test
    void summaryRendersItsThreeTables() throws IOException {
        String text = pdfText(render(document(TrainingReportText.summaryBody(TrainingSamples.summary()), ReportFormat.PDF)),
                "training-summary");
        for (String expected : List.of("1. Theo chương trình bồi dưỡng", "2. Theo đối tượng học viên",
                "3. Theo đơn vị tổ chức lớp", "Trung tâm Chính trị huyện Văn Bàn", "98,7%", "Tổng cộng")) {
            assertTrue(text.contains(expected), () -> "lacks " + expected);
        }
    }

    @Test
    void certificatesOnePagePerPassedLearner() throws IOException {
        List<CertificatePage> pages = CertificatePage.of(TrainingSamples.awarenessClass(), TrainingSamples.learners(),
                TrainingSamples.centre("Nguyễn Thị Lan"));
        ReportRequest request = ReportRequest.of(TrainingReports.CERTIFICATE_TEMPLATE, null, Map.of(), pages,
                ReportFormat.PDF, false, "giay-chung-nhan-test");
        byte[] pdf = render(request);
        String text = pdfText(pdf, "training-certificates");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(4, doc.getNumberOfPages());
            BufferedImage page1 = new PDFRenderer(doc).renderImageWithDPI(0, 20);
            assertTrue(page1.getWidth() > page1.getHeight(), "landscape");
            PDFTextStripper one = new PDFTextStripper();
            one.setStartPage(2);
            one.setEndPage(2);
            String page2 = one.getText(doc);
            assertTrue(page2.contains("Lò Văn Ăn"), page2);
        }
        for (String expected : List.of("Mẫu CN-NTVĐ", "ĐẢNG CỘNG SẢN VIỆT NAM", "GIẤY CHỨNG NHẬN",
                "HỌC LỚP BỒI DƯỠNG NHẬN THỨC VỀ ĐẢNG", "Chứng nhận đồng chí:", "Xếp loại:", "Số: NTVĐ-BT-2024-0015",
                "Bảo Thắng, ngày 15 tháng 3 năm 2024")) {
            assertTrue(text.contains(expected), () -> "lacks " + expected);
        }
        assertTrue(render(request.withFormat(ReportFormat.DOCX, false)).length > 1000);
    }
}
