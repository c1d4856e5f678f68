package vn.ptdv.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRFrame;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.base.JRBaseTextElement;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.ptdv.reporting.api.DocumentBody;
import vn.ptdv.reporting.api.DocumentIssue;
import vn.ptdv.reporting.api.DocumentType;
import vn.ptdv.reporting.api.Issuer;
import vn.ptdv.reporting.api.Letterhead;
import vn.ptdv.reporting.api.RenderProgress;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.reporting.api.Signature;
import vn.ptdv.reporting.api.Table;
import vn.ptdv.reporting.api.Table.Align;
import vn.ptdv.reporting.api.Table.Cell;
import vn.ptdv.reporting.api.Table.Column;
import vn.ptdv.reporting.api.Table.Row;

/**
 * The typed blocks through the one document template: what each block prints, where the signature and the appendix
 * go, the repeated table header, the issued number and date, and the layout of a table's columns.
 */
class DocumentTemplateTest {

    static final Path PREVIEWS = Path.of("target", "report-previews");
    static final JasperReportEngine ENGINE = new JasperReportEngine();
    static final Letterhead LETTERHEAD = Letterhead.of(new Issuer("ĐẢNG BỘ TỈNH LÀO CAI",
                    List.of("TỈNH ỦY LÀO CAI", "BAN TỔ CHỨC"), "BTCTU", "Lào Cai",
                    new Signature("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Thị Hằng"), List.of("Lưu Văn phòng Ban")),
            DocumentType.SUBMISSION, "Về việc đề nghị khen thưởng");

    /** The PDF's pages as text, runs of white space as one space. */
    static List<String> pages(ReportRequest request, String preview) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ENGINE.render(request, out);
        Files.createDirectories(PREVIEWS);
        Files.write(PREVIEWS.resolve(preview + ".pdf"), out.toByteArray());
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc).replaceAll("\\s+", " "));
            }
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 80);
            ImageIO.write(image, "png", PREVIEWS.resolve(preview + ".png").toFile());
        }
        return pages;
    }

    static Table units(int rows) {
        Table.Builder t = Table.of(Column.integer("STT", 30).centered(), Column.text("Đơn vị", 257),
                Column.integer("Kết nạp", 90), Column.percent("Tỷ lệ", 90));
        for (int i = 1; i <= rows; i++) {
            t.row(i, "Chi bộ thôn Số " + i, 1000 + i, new BigDecimal("113.1"));
        }
        return t.build();
    }

    @Test
    void everyBlockPrintsInOrderAndTheAppendixFollowsTheSignature() throws IOException {
        Table sections = Table.of(Column.integer("STT", 30).centered(), Column.text("Nội dung", 257),
                        Column.integer("Số lượng", 90), Column.percent("Tỷ lệ", 90))
                .headerAbove("", "Cơ cấu", "Số liệu", "Số liệu")
                .bold(1, "Tổng số", 2287, new BigDecimal("100.0"))
                .row(2, Cell.bold("Trình độ"))
                .indented(null, "- Đại học", 754, new BigDecimal("33.0"))
                .indented(null, Cell.italic("trong đó: A & B <nhóm 1>"))
                .span("Cộng: 2.287 đảng viên", Align.RIGHT)
                .total(null, "Tổng cộng", 2287, Table.DASH)
                .build();
        DocumentBody body = DocumentBody.builder()
                .paragraph("Căn cứ kết quả bình xét.")
                .heading("1. Kết quả chung")
                .numbered(List.of("Chi bộ thôn Nậm Mả", "Chi bộ thôn Khe Pịa"))
                .table(sections)
                .note("Tỷ lệ là số đảng viên kết nạp so với chỉ tiêu.")
                .paragraph("Kính trình xem xét, quyết định.")
                .appendix("DANH SÁCH TẬP THỂ ĐỀ NGHỊ KHEN THƯỞNG")
                .table(units(3))
                .build();
        List<String> pages = pages(ReportRequest.document(LETTERHEAD, body, "kit-blocks"), "kit-blocks");
        String first = pages.get(0);
        List<String> order = List.of("TỜ TRÌNH", "Căn cứ kết quả bình xét.", "1. Kết quả chung",
                "1. Chi bộ thôn Nậm Mả", "2. Chi bộ thôn Khe Pịa", "Cơ cấu Số liệu Số liệu STT Nội dung Số lượng Tỷ lệ", "1 Tổng số 2.287 100,0%", "2 Trình độ", "- Đại học 754 33,0%",
                "trong đó: A & B <nhóm 1>", "Cộng: 2.287 đảng viên", "Tổng cộng 2.287 –",
                "Tỷ lệ là số đảng viên kết nạp so với chỉ tiêu.", "Kính trình xem xét, quyết định.", "Nơi nhận:",
                "Nguyễn Thị Hằng");
        int at = -1;
        for (String s : order) {
            int next = first.indexOf(s, at + 1);
            assertTrue(next > at, () -> "'" + s + "' missing or out of order in:\n" + first);
            at = next;
        }
        assertFalse(first.contains("DANH SÁCH TẬP THỂ"), "the appendix starts on a page of its own");
        String appendix = pages.get(pages.size() - 1).strip();
        assertTrue(appendix.startsWith(pages.size() + " DANH SÁCH TẬP THỂ ĐỀ NGHỊ KHEN THƯỞNG (Kèm theo Tờ trình số"
                + " -TTr/BTCTU)"), appendix);
        assertTrue(appendix.contains("STT Đơn vị Kết nạp Tỷ lệ 1 Chi bộ thôn Số 1 1.001 113,1%"), appendix);
    }

    @Test
    void aLongTableRepeatsItsHeaderOnEveryPage() throws IOException {
        List<String> pages = pages(ReportRequest.document(LETTERHEAD,
                DocumentBody.builder().table(units(120)).build(), "kit-long-table"), "kit-long-table");
        assertTrue(pages.size() >= 3, "120 rows run over several pages");
        for (int p = 0; p < pages.size(); p++) {
            assertTrue(pages.get(p).contains("STT Đơn vị Kết nạp Tỷ lệ"), "header on page " + (p + 1));
        }
        assertTrue(String.join(" ", pages).contains("120 Chi bộ thôn Số 120 1.120 113,1%"));
    }

    @Test
    void theIssuedNumberAndDateReplaceTheBlanks() throws IOException {
        DocumentBody body = DocumentBody.builder().paragraph("Nội dung.").build();
        ReportRequest blank = ReportRequest.document(LETTERHEAD, body, "kit-blank");
        String unissued = pages(blank, "kit-blank").get(0);
        assertTrue(unissued.contains("Số -TTr/BTCTU"), unissued);
        assertTrue(unissued.contains("Lào Cai, ngày tháng năm " + LocalDate.now().getYear()), unissued);
        String issued = pages(blank.issued(new DocumentIssue("57", LocalDate.of(2024, 1, 24))), "kit-issued").get(0);
        assertTrue(issued.contains("Số 57-TTr/BTCTU"), issued);
        assertTrue(issued.contains("Lào Cai, ngày 24 tháng 01 năm 2024"), issued);
        assertFalse(issued.contains("ngày tháng năm"), issued);
    }

    @Test
    void rowsGoToTheBandOfTheirStyle() {
        assertEquals(TableRows.Band.PLAIN, TableRows.band(Row.of(1, "a")));
        assertEquals(TableRows.Band.STYLED, TableRows.band(Row.bold(1, "a")));
        assertEquals(TableRows.Band.STYLED, TableRows.band(Row.of(1, Cell.bold("a"))));
        assertEquals(TableRows.Band.INDENTED, TableRows.band(Row.indented(null, "- a")));
        assertEquals(TableRows.Band.TOTAL, TableRows.band(Row.total(null, "Tổng cộng")));
        assertEquals(TableRows.Band.SPAN_LEFT, TableRows.band(Row.span("a", Align.LEFT)));
        assertEquals(TableRows.Band.SPAN_CENTER, TableRows.band(Row.span("a", Align.CENTER)));
        assertEquals(TableRows.Band.SPAN_RIGHT, TableRows.band(Row.span("a", Align.RIGHT)));
        assertEquals("A &amp; B &lt;1&gt;", TableRows.styled("A & B <1>", null, false));
        assertEquals("<style isBold=\"true\">A</style>", TableRows.styled("A", null, true));
        assertEquals("<style isItalic=\"true\">A</style>", TableRows.styled("A", Cell.italic("A"), false));
    }

    @Test
    void everyLayoutGetsItsOwnCopyWithTheColumnsWhereTheTableSaysAndTheSameLayoutIsReused() {
        Table t = Table.of(Column.integer("STT", 30).centered(), Column.text("Nội dung", 257),
                Column.date("Ngày", 90), Column.percent("Tỷ lệ", 90)).fontSize(10).build();
        TableLayouts layouts = new TableLayouts(() -> ENGINE.load(JasperReportEngine.TABLE_TEMPLATE));
        JasperReport report = layouts.of(t);
        assertSame(report, layouts.of(Table.of(t.columns().toArray(Column[]::new)).fontSize(10).row(1).build()));
        assertNotSame(report, layouts.of(units(1)));
        JRBaseTextElement label = slot(report, "p.1");
        assertEquals(30, label.getX());
        assertEquals(257, label.getWidth());
        assertEquals(HorizontalTextAlignEnum.LEFT, label.getOwnHorizontalTextAlign());
        assertEquals(10f, label.getOwnFontSize());
        JRBaseTextElement date = slot(report, "p.2");
        assertEquals(287, date.getX());
        assertEquals(HorizontalTextAlignEnum.CENTER, date.getOwnHorizontalTextAlign());
        assertEquals(HorizontalTextAlignEnum.RIGHT, slot(report, "p.3").getOwnHorizontalTextAlign());
        assertEquals(HorizontalTextAlignEnum.CENTER, slot(report, "h0.3").getOwnHorizontalTextAlign());
        assertEquals(HorizontalTextAlignEnum.CENTER, slot(report, "t.1").getOwnHorizontalTextAlign(), "Tổng cộng");
        assertEquals(TableLayouts.INDENT, slot(report, "i.1").getParagraph().getOwnLeftIndent());
        assertEquals(null, slot(report, "i.2").getParagraph().getOwnLeftIndent());
        // rows at least 20 pt high as the tables always were; the 9 pt cells of a long list 16 pt
        assertEquals(20, label.getHeight());
        assertEquals(20, report.getDetailSection().getBands()[0].getHeight());
        JasperReport list = layouts.of(Table.of(Column.text("Họ và tên", 1)).fontSize(9).build());
        assertEquals(16, slot(list, "p.0").getHeight());
        assertEquals(16, list.getDetailSection().getBands()[0].getHeight());
    }

    @Test
    void aStreamedTableIsOpenedInTheFillAndClosedAfterIt() throws IOException {
        boolean[] closed = {false};
        class Rows implements java.util.Iterator<Row>, AutoCloseable {
            int i;

            public boolean hasNext() {
                return i < 3;
            }

            public Row next() {
                return Row.of(++i, "Dòng " + i, 10, null);
            }

            public void close() {
                closed[0] = true;
            }
        }
        Table streamed = Table.of(Column.integer("STT", 30).centered(), Column.text("Đơn vị", 257),
                Column.integer("Kết nạp", 90), Column.percent("Tỷ lệ", 90)).streamed(Rows::new);
        String text = pages(ReportRequest.document(LETTERHEAD, DocumentBody.builder().table(streamed).build(),
                "kit-streamed"), "kit-streamed").get(0);
        assertTrue(text.contains("3 Dòng 3 10"), text);
        assertTrue(closed[0], "the stream is closed after the fill");
    }

    @Test
    void bodyLinesSignBeforeTheFirstAppendixOrAtTheEnd() {
        TableLayouts layouts = new TableLayouts(() -> ENGINE.load(JasperReportEngine.TABLE_TEMPLATE));
        List<String> plain = DocumentLines.of(LETTERHEAD, DocumentBody.builder().paragraph("a").heading("b").build(), layouts,
                RenderProgress.NONE, new ArrayList<>()).stream().map(BodyLine::kind).toList();
        assertEquals(List.of("PARAGRAPH", "HEADING", "SIGNATURE"), plain);
        List<String> annexed = DocumentLines.of(LETTERHEAD, DocumentBody.builder().paragraph("a").appendix("Phụ lục 1")
                        .paragraph("b").pageBreak().appendix("Phụ lục 2").build(), layouts, RenderProgress.NONE,
                new ArrayList<>()).stream().map(BodyLine::kind).toList();
        assertEquals(Arrays.asList("PARAGRAPH", "SIGNATURE", "PAGE_BREAK", "APPENDIX", "PARAGRAPH", "PAGE_BREAK",
                "PAGE_BREAK", "APPENDIX"), annexed);
    }

    private static JRBaseTextElement slot(JasperReport report, String key) {
        List<JRElement> all = new ArrayList<>();
        collect(report.getColumnHeader().getElements(), all);
        for (JRBand band : report.getDetailSection().getBands()) {
            collect(band.getElements(), all);
        }
        return (JRBaseTextElement) all.stream().filter(e -> key.equals(e.getKey())).findFirst().orElseThrow();
    }

    private static void collect(JRElement[] elements, List<JRElement> into) {
        for (JRElement e : elements) {
            into.add(e);
            if (e instanceof JRFrame f) {
                collect(f.getElements(), into);
            }
        }
    }
}
