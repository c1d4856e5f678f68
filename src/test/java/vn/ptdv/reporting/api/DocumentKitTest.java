package vn.ptdv.reporting.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.reporting.api.Table.Align;
import vn.ptdv.reporting.api.Table.Cell;
import vn.ptdv.reporting.api.Table.Column;
import vn.ptdv.reporting.api.Table.Row;

/** The typed document kit: formats of typed columns, tables, bodies, the issue of a document, definitions, scope. */
class DocumentKitTest {

    static final Issuer ISSUER = new Issuer("ĐẢNG BỘ TỈNH LÀO CAI", List.of("TỈNH ỦY LÀO CAI", "BAN TỔ CHỨC"), "BTCTU",
            "Lào Cai", new Signature("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", null), List.of("Lưu Văn phòng"));

    @Test
    void typedColumnsPrintViVnFormats() {
        assertEquals("2.287", Column.integer("Kết nạp", 50).format(2287));
        assertEquals("1.000.000", Column.integer("Kết nạp", 50).format(1_000_000L));
        assertEquals("113,1%", Column.percent("Tỷ lệ", 50).format(new BigDecimal("113.1")));
        assertEquals("6,3%", Column.percent("Tỷ lệ", 50).format(new BigDecimal("6.25")));
        assertEquals("100,0%", Column.percent("Tỷ lệ", 50).format(100));
        assertEquals("24/01/2024", Column.date("Ngày", 50).format(LocalDate.of(2024, 1, 24)));
        assertEquals("Chi bộ A", Column.text("Đơn vị", 50).format("Chi bộ A"));
        assertEquals("12", Column.text("Đơn vị", 50).format(12));
        // a text in a numeric column is a mark, printed as it is; an empty cell stays empty
        assertEquals("chưa kết nạp", Column.percent("Tỷ lệ", 50).format("chưa kết nạp"));
        assertEquals("–", Column.integer("Chỉ tiêu", 50).format(Table.DASH));
        assertNull(Column.integer("Chỉ tiêu", 50).format(null));
        assertEquals("2.287", Column.integer("Kết nạp", 50).format(Cell.bold(2287)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Column.date("Ngày kết nạp", 50).format(2024));
        assertTrue(e.getMessage().contains("Ngày kết nạp"), e.getMessage());
    }

    @Test
    void columnsAlignByTypeUnlessSet() {
        assertEquals(Align.LEFT, Column.text("a", 1).align());
        assertEquals(Align.RIGHT, Column.integer("a", 1).align());
        assertEquals(Align.RIGHT, Column.percent("a", 1).align());
        assertEquals(Align.CENTER, Column.date("a", 1).align());
        assertEquals(Align.CENTER, Column.integer("STT", 1).centered().align());
        assertEquals(Align.RIGHT, Column.text("a", 1).alignedRight().align());
        assertEquals(Align.LEFT, Column.integer("a", 1).alignedLeft().align());
    }

    @Test
    void rowsPrintTheirCellsByColumn() {
        Table t = Table.of(Column.integer("STT", 30).centered(), Column.text("Đơn vị", 257),
                        Column.integer("Kết nạp", 90), Column.percent("Tỷ lệ", 90))
                .row(1, "Đảng bộ huyện Bảo Thắng", 270, new BigDecimal("121.6"))
                .row(2, "Chi bộ A")
                .span("Cộng: 2 đơn vị", Align.RIGHT)
                .total(null, "Tổng cộng", 2287, Table.share(2287, 2022))
                .build();
        assertEquals(Arrays.asList("1", "Đảng bộ huyện Bảo Thắng", "270", "121,6%"), t.texts(t.rows().get(0)));
        assertEquals(Arrays.asList("2", "Chi bộ A", null, null), t.texts(t.rows().get(1)));
        assertEquals(Arrays.asList("Cộng: 2 đơn vị", null, null, null), t.texts(t.rows().get(2)));
        assertEquals(Arrays.asList(null, "Tổng cộng", "2.287", "113,1%"), t.texts(t.rows().get(3)));
        assertEquals(List.of(List.of("STT", "Đơn vị", "Kết nạp", "Tỷ lệ")), t.header());
        assertEquals(12, t.fontSize());
        assertFalse(t.streamed());
    }

    @Test
    void sharesNeverDivideByZero() {
        assertEquals(Table.DASH, Table.share(0, 0));
        assertEquals(new BigDecimal("12.5"), Table.share(1, 8));
        assertEquals(new BigDecimal("6.3"), Table.share(1, 16));
    }

    @Test
    void widthsAreProportionalToThePage() {
        Table points = Table.of(Column.text("a", 30), Column.text("b", 257), Column.text("c", 90), Column.text("d", 90))
                .build();
        assertArrayEquals(new int[] {30, 257, 90, 90}, points.widths(467));
        Table thirds = Table.of(Column.text("a", 1), Column.text("b", 1), Column.text("c", 1)).build();
        assertArrayEquals(new int[] {156, 156, 155}, thirds.widths(467));
    }

    @Test
    void headerRowsAboveTheTitles() {
        Table t = Table.of(Column.text("Đơn vị", 200), Column.integer("Giỏi", 50), Column.integer("Khá", 50))
                .headerAbove("", "Xếp loại", "Xếp loại").build();
        assertEquals(List.of(List.of("", "Xếp loại", "Xếp loại"), List.of("Đơn vị", "Giỏi", "Khá")), t.header());
        assertThrows(IllegalArgumentException.class,
                () -> Table.of(Column.text("a", 1), Column.text("b", 1)).headerAbove("x").build());
        Table.Builder four = Table.of(Column.text("a", 1)).headerAbove("1").headerAbove("2").headerAbove("3");
        assertThrows(IllegalArgumentException.class, four::build);
    }

    @Test
    void tablesCheckTheirShape() {
        List<Column> twelve = Collections.nCopies(12, Column.text("c", 10));
        assertEquals(12, Table.of(twelve.toArray(Column[]::new)).build().columns().size());
        List<Column> thirteen = new ArrayList<>(twelve);
        thirteen.add(Column.text("c", 10));
        assertThrows(IllegalArgumentException.class, () -> Table.of(thirteen.toArray(Column[]::new)).build());
        assertThrows(IllegalArgumentException.class, () -> Table.of().build());
        assertThrows(IllegalArgumentException.class, () -> Table.of(Column.text("a", 1)).row("x", "y").build());
        assertThrows(IllegalArgumentException.class, () -> Table.of(Column.text("a", 0)));
        assertThrows(IllegalArgumentException.class, () -> Table.of(Column.text("a", 1)).fontSize(20).build());
        assertThrows(IllegalStateException.class,
                () -> Table.of(Column.text("a", 1)).row("x").streamed(() -> List.<Row>of().iterator()));
        assertTrue(Table.of(Column.text("a", 1)).streamed(() -> List.<Row>of().iterator()).streamed());
    }

    @Test
    void bodiesSkipMissingSentencesAndKnowTheirStreams() {
        Table streamed = Table.of(Column.text("a", 1)).streamed(() -> List.<Row>of().iterator());
        DocumentBody body = DocumentBody.builder().paragraph(null).paragraph(" ").paragraph("Một.").note(null)
                .heading("1. Hai").numbered(List.of()).numbered(List.of("Ba", "Bốn")).table(streamed).build();
        assertEquals(4, body.blocks().size());
        assertEquals(List.of("1. Ba", "2. Bốn"), ((Block.NumberedList) body.blocks().get(2)).lines());
        assertTrue(body.streamed());
        assertSame(streamed, body.tables().get(0));
        assertFalse(DocumentBody.builder().paragraph("x").build().streamed());
    }

    @Test
    void anIssuedDocumentPrintsItsNumberAndDate() {
        Letterhead blank = Letterhead.of(ISSUER, DocumentType.REPORT, "Kết quả");
        assertEquals("Số      -BC/BTCTU", blank.numberLine());
        assertEquals("Lào Cai, ngày      tháng      năm " + LocalDate.now().getYear(), blank.placeAndDateLine());
        Letterhead issued = blank.issued(new DocumentIssue("57", LocalDate.of(2024, 1, 24)));
        assertEquals("Số 57-BC/BTCTU", issued.numberLine());
        assertEquals("Lào Cai, ngày 24 tháng 01 năm 2024", issued.placeAndDateLine());
        assertEquals("(Kèm theo Báo cáo số      -BC/BTCTU)", blank.attachmentLine());
        assertEquals("(Kèm theo Báo cáo số 57-BC/BTCTU ngày 24/01/2024)", issued.attachmentLine());
        // a number registered with its symbol is printed as registered
        assertEquals("Số 146-HD/BTGTU", Letterhead.of(ISSUER, DocumentType.GUIDE, null)
                .issued(new DocumentIssue("146-HD/BTGTU", LocalDate.of(2024, 1, 24))).numberLine());
        Issuer noPlace = new Issuer(null, List.of("ĐẢNG ỦY XÃ NẬM MẢ"), "ĐU", null, null, null);
        assertEquals("Ngày 03 tháng 12 năm 2026", Letterhead.of(noPlace, DocumentType.REPORT, null)
                .issued(new DocumentIssue("3", LocalDate.of(2026, 12, 3))).placeAndDateLine());
        assertThrows(IllegalArgumentException.class, () -> new DocumentIssue("0", LocalDate.of(2024, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> new DocumentIssue(" ", LocalDate.of(2024, 1, 1)));
        assertThrows(NullPointerException.class, () -> new DocumentIssue("5", null));
    }

    @Test
    void aRenderRequestCarriesTheIssueToItsLetterhead() {
        ReportRequest r = ReportRequest.document(Letterhead.of(ISSUER, DocumentType.LIST, "Danh sách"),
                DocumentBody.builder().paragraph("x").build(), "ds");
        assertNull(r.letterhead().issue());
        DocumentIssue issue = new DocumentIssue("12", LocalDate.of(2026, 12, 2));
        ReportRequest issued = r.issued(issue).withFormat(ReportFormat.DOCX, false);
        assertEquals(issue, issued.letterhead().issue());
        assertEquals("Số 12-DS/BTCTU", issued.letterhead().numberLine());
        assertEquals(ReportRequest.DOCUMENT_TEMPLATE, issued.templateId());
        assertThrows(IllegalStateException.class, () -> ReportRequest.of("training/certificate", null, Map.of(),
                List.of(), ReportFormat.PDF, false, "gcn").issued(issue));
        assertThrows(IllegalArgumentException.class, () -> new ReportRequest("training/certificate", null, Map.of(),
                List.of(), DocumentBody.builder().build(), ReportFormat.PDF, false, "x"));
    }

    @Test
    void definitionsCarryThePermissionsTheyNeed() {
        ReportDefinition aggregate = ReportDefinition.of("admission-results", "Kết quả");
        assertEquals(Set.of(Permission.DOWNLOAD_REPORTS), aggregate.permissions());
        assertFalse(aggregate.namesPeople());
        assertEquals(Set.of(ReportFormat.values()), aggregate.formats());
        ReportDefinition list = aggregate.namingPeople().requiring(Permission.READ_ADMISSIONS);
        assertEquals(Set.of(Permission.DOWNLOAD_REPORTS, Permission.DOWNLOAD_NAMED_LISTS, Permission.READ_ADMISSIONS),
                list.permissions());
        assertTrue(list.namesPeople());
        assertEquals(Set.of(ReportFormat.PDF), aggregate.inFormats(ReportFormat.PDF).formats());
        assertThrows(IllegalArgumentException.class, () -> ReportDefinition.of("Bad Id", "x"));
        assertThrows(IllegalArgumentException.class, () -> new ReportDefinition("x", "x", List.of(),
                Set.of(Permission.READ_ADMISSIONS), Set.of(ReportFormat.PDF)));
    }

    @Test
    void theScopeCoversItsSubtreesOnly() {
        ReportScope bt = new ReportScope(false, List.of("00000001/00000002/"));
        assertTrue(bt.covers("00000001/00000002/"));
        assertTrue(bt.covers("00000001/00000002/00000009/"));
        assertFalse(bt.covers("00000001/"));
        assertFalse(bt.covers("00000001/00000003/00000009/"));
        assertFalse(bt.covers(null));
        assertTrue(ReportScope.ALL.covers("00000007/"));
        assertFalse(ReportScope.NONE.covers("00000001/"));
        assertEquals(List.of("00000001/00000002/00000009/"),
                bt.filter(List.of("00000001/00000003/00000009/", "00000001/00000002/00000009/"), p -> p));
    }

    @Test
    void anObjectOutsideTheScopeIsNotFoundAndTheRefusalIsTold() {
        List<String> told = new ArrayList<>();
        ReportArguments a = new ReportArguments(Map.of("class", 7L), ReportFormat.PDF, false,
                new ReportScope(false, List.of("00000001/00000002/"))).onOutOfScope(told::add);
        a.requireInScope("00000001/00000002/00000005/", "Không tìm thấy lớp.");
        ProblemException e = assertThrows(ProblemException.class,
                () -> a.requireInScope("00000001/00000003/", "Không tìm thấy lớp."));
        assertEquals(404, e.type().status());
        assertEquals("Không tìm thấy lớp.", e.getMessage());
        assertEquals(List.of("00000001/00000003/"), told);
        // arguments made without a caller cover nothing
        assertThrows(ProblemException.class, () -> new ReportArguments(Map.of(), ReportFormat.PDF, false)
                .requireInScope("00000001/", "x"));
    }
}
