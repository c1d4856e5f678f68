package vn.ptdv.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ptdv.reporting.api.DocumentBody;
import vn.ptdv.reporting.api.DocumentIssue;
import vn.ptdv.reporting.api.DocumentType;
import vn.ptdv.reporting.api.Issuer;
import vn.ptdv.reporting.api.Letterhead;
import vn.ptdv.reporting.api.RenderedReport;
import vn.ptdv.reporting.api.ReportFormat;
import vn.ptdv.reporting.api.ReportRenderingException;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.reporting.api.Signature;
import vn.ptdv.reporting.api.Table;
import vn.ptdv.reporting.api.Table.Column;
import vn.ptdv.shared.VietnameseFormat;

/**
 * Renders a typed document (a table of 42 units between two paragraphs) through the engine and the one document
 * template in every format and checks what a reader of the document would check.
 */
class JasperReportEngineTest {

    static final Path PREVIEWS = Path.of("target", "report-previews");

    static JasperReportEngine engine;
    static Table table;

    @BeforeAll
    static void setUp() {
        engine = new JasperReportEngine();
        String[] units = {"Đảng bộ thành phố Lào Cai", "Đảng bộ thị xã Sa Pa", "Đảng bộ huyện Bát Xát",
            "Đảng bộ huyện Mường Khương", "Đảng bộ huyện Si Ma Cai", "Đảng bộ huyện Bắc Hà", "Đảng bộ huyện Bảo Thắng",
            "Đảng bộ huyện Bảo Yên", "Đảng bộ huyện Văn Bàn", "Đảng bộ Khối các cơ quan tỉnh",
            "Đảng bộ Khối doanh nghiệp tỉnh", "Đảng bộ Quân sự tỉnh", "Đảng bộ Công an tỉnh", "Đảng bộ Biên phòng tỉnh"};
        Table.Builder t = Table.of(Column.integer("STT", 40).centered(), Column.text("Đảng bộ trực thuộc", 187),
                Column.integer("Chỉ tiêu", 80), Column.integer("Kết nạp", 80), Column.percent("Tỷ lệ", 80));
        for (int i = 0; i < 42; i++) {
            int target = 100 + 7 * i;
            int admitted = 95 + 8 * i;
            t.row(i + 1, units[i % units.length] + (i >= units.length ? " (" + (i / units.length + 1) + ")" : ""),
                    target * 11L, admitted * 11L, VietnameseFormat.ratio(admitted, target));
        }
        // the sum the seed article prints: 2.287 admissions against a target of 2.022 → 113,1%
        table = t.total(null, "Tổng cộng", null, 2287, null).build();
    }

    static Letterhead letterhead(Integer number) {
        Letterhead l = Letterhead.of(new Issuer("ĐẢNG BỘ TỈNH LÀO CAI", List.of("TỈNH ỦY LÀO CAI", "BAN TỔ CHỨC"), "BTCTU",
                        "Lào Cai", new Signature("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Thị Hằng"),
                        List.of("Ban Tổ chức Trung ương (b/c)", "Thường trực Tỉnh ủy (b/c)", "Các đảng bộ trực thuộc",
                                "Lưu Văn phòng Ban")),
                DocumentType.REPORT, "Kết quả công tác phát triển đảng viên năm 2024");
        return number == null ? l : l.issued(new DocumentIssue(number.toString(), LocalDate.of(2024, 12, 31)));
    }

    static ReportRequest request(ReportFormat format, boolean pdfA, Integer number) {
        // Decomposed (NFD) input on purpose: the engine must hand NFC to the PDF.
        String intro = Normalizer.normalize("Thực hiện Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy về công tác "
                + "phát triển đảng viên năm 2024, Ban Tổ chức Tỉnh ủy báo cáo kết quả như sau:", Normalizer.Form.NFD);
        DocumentBody body = DocumentBody.builder().paragraph(intro).table(table)
                .paragraph("Toàn Đảng bộ tỉnh kết nạp 2.287 đảng viên, đạt 113,1% chỉ tiêu năm.").build();
        return ReportRequest.document(letterhead(number), body, "bao-cao-ket-qua-phat-trien-dang-vien-LC-2024")
                .withFormat(format, pdfA);
    }

    static byte[] render(ReportRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderedReport rendered = engine.render(request, out);
        assertTrue(rendered.pages() >= 2, "the test document must have at least two pages");
        return out.toByteArray();
    }

    @Test
    void pdfCarriesTheOfficialHeaderInNfcWithEveryFontEmbedded() throws IOException {
        byte[] pdf = render(request(ReportFormat.PDF, false, 57));
        Files.createDirectories(PREVIEWS);
        Files.write(PREVIEWS.resolve("official-report.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 2);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "extracted text is NFC");
            for (String expected : List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ TỈNH LÀO CAI", "TỈNH ỦY LÀO CAI",
                    "BAN TỔ CHỨC\n*\nSố 57-BC/BTCTU", "Lào Cai, ngày 31 tháng 12 năm 2024", "BÁO CÁO",
                    "Kết quả công tác phát triển đảng viên năm 2024", "Đảng bộ huyện Mường Khương",
                    "Thực hiện Kế hoạch số 12-KH/TU", "Nơi nhận:", "- Lưu Văn phòng Ban", "K/T TRƯỞNG BAN",
                    "PHÓ TRƯỞNG BAN", "Nguyễn Thị Hằng", "2.287", "113,1%", "1.045", "105,5%")) {
                assertTrue(text.contains(expected), () -> "PDF text lacks '" + expected + "'");
            }
            for (PDPage page : doc.getPages()) {
                assertAllFontsEmbedded(page.getResources(), 0);
            }
            assertEquals(metadataTitle(), doc.getDocumentInformation().getTitle());
        }
    }

    private static String metadataTitle() {
        return "BÁO CÁO Kết quả công tác phát triển đảng viên năm 2024";
    }

    private static void assertAllFontsEmbedded(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 5) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertTrue(font.isEmbedded(), () -> "font not embedded: " + font.getName());
            assertTrue(font.getName().contains("LiberationSerif"), () -> "unexpected font: " + font.getName());
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                assertAllFontsEmbedded(form.getResources(), depth + 1);
            }
        }
    }

    @Test
    void pageNumbersStartOnPageTwo() throws IOException {
        byte[] pdf = render(request(ReportFormat.PDF, false, 57));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String firstLine = stripper.getText(doc).strip().lines().findFirst().orElse("");
                if (p == 1) {
                    assertEquals("ĐẢNG BỘ TỈNH LÀO CAI", firstLine, "page 1 starts with the header");
                } else {
                    assertEquals(Integer.toString(p), firstLine.strip(), "page " + p + " starts with its number");
                }
            }
        }
    }

    @Test
    void blankNumberLeavesRoomToWriteByHand() throws IOException {
        byte[] pdf = render(request(ReportFormat.PDF, false, null));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.matches("(?s).*Số\\s+-BC/BTCTU.*"), "blank number: " + text.substring(0, 200));
            assertFalse(text.contains("Số 57"));
        }
    }

    @Test
    void pageOneLooksRightAsAPicture() throws IOException {
        byte[] pdf = render(request(ReportFormat.PDF, false, 57));
        Files.createDirectories(PREVIEWS);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int p = 0; p < 2; p++) {
                BufferedImage image = renderer.renderImageWithDPI(p, 110);
                ImageIO.write(image, "png", PREVIEWS.resolve("official-report-page-" + (p + 1) + ".png").toFile());
                assertEquals(Math.round(210 / 25.4 * 110), image.getWidth(), 1, "A4 portrait width");
                assertEquals(Math.round(297 / 25.4 * 110), image.getHeight(), 1, "A4 portrait height");
            }
        }
    }

    @Test
    void docxHasTheSameTextAndNamesTimesNewRoman() throws IOException {
        byte[] docx = render(request(ReportFormat.DOCX, false, 57));
        Files.createDirectories(PREVIEWS);
        Files.write(PREVIEWS.resolve("official-report.docx"), docx);
        String xml = zipEntry(docx, "word/document.xml");
        String text = xml.replaceAll("<[^>]+>", "");
        for (String expected : List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 57-BC/BTCTU", "Lào Cai, ngày 31 tháng 12 năm 2024",
                "2.287", "113,1%", "1.045", "105,5%", "Nguyễn Thị Hằng")) {
            assertTrue(text.contains(expected), () -> "DOCX lacks '" + expected + "'");
        }
        assertTrue(xml.contains("w:ascii=\"Times New Roman\""), "DOCX names Times New Roman");
        assertFalse(xml.contains("Liberation"), "DOCX must not name the substitute font");
    }

    @Test
    void xlsxHasTheSameNumbers() throws IOException {
        byte[] xlsx = render(request(ReportFormat.XLSX, false, 57));
        Files.createDirectories(PREVIEWS);
        Files.write(PREVIEWS.resolve("official-report.xlsx"), xlsx);
        String all = zipEntries(xlsx, n -> n.startsWith("xl/") && n.endsWith(".xml"));
        String text = all.replaceAll("<[^>]+>", "\n");
        for (String expected : List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 57-BC/BTCTU", "2.287", "113,1%", "1.045",
                "105,5%", "Đảng bộ huyện Mường Khương")) {
            assertTrue(text.contains(expected), () -> "XLSX lacks '" + expected + "'");
        }
        assertTrue(all.contains("Times New Roman"), "XLSX names Times New Roman");
    }

    @Test
    void pdfA1bPassesVeraPdf() throws Exception {
        byte[] pdf = render(request(ReportFormat.PDF, true, 57));
        Files.createDirectories(PREVIEWS);
        Files.write(PREVIEWS.resolve("official-report-pdfa.pdf"), pdf);
        vn.ptdv.testing.PdfA.assertPdfA1b(pdf, "the rendered report");
    }

    @Test
    void missingTemplateIsARenderingError() {
        ReportRequest missing = ReportRequest.of("test/no-such-template", null, Map.of(), List.of(),
                ReportFormat.PDF, false, "x");
        assertThrows(ReportRenderingException.class, () -> engine.render(missing, new ByteArrayOutputStream()));
    }

    @Test
    void deserialisationFilterIsOn() {
        assertEquals("true", engine.context().getProperty(JasperReportEngine.DESERIALIZATION_FILTER));
    }

    @Test
    void templatesAreCached() {
        engine.template(JasperReportEngine.LETTERHEAD_TEMPLATE);
        assertTrue(engine.cachedTemplates().contains(JasperReportEngine.LETTERHEAD_TEMPLATE));
        assertTrue(engine.template(JasperReportEngine.LETTERHEAD_TEMPLATE) == engine.template(JasperReportEngine.LETTERHEAD_TEMPLATE));
    }

    static String zipEntry(byte[] zip, String name) throws IOException {
        return zipEntries(zip, name::equals);
    }

    static String zipEntries(byte[] zip, java.util.function.Predicate<String> names) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (names.test(e.getName())) {
                    all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return all.toString();
    }
}
