package vn.ptdv.admission.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.ptdv.organization.api.OrganizationKind;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.reporting.api.DocumentBody;
import vn.ptdv.reporting.api.DocumentType;
import vn.ptdv.reporting.api.Issuer;
import vn.ptdv.reporting.api.Letterhead;
import vn.ptdv.reporting.api.RenderCancelledException;
import vn.ptdv.reporting.api.RenderProgress;
import vn.ptdv.reporting.api.RenderedReport;
import vn.ptdv.reporting.api.ReportArguments;
import vn.ptdv.reporting.api.ReportFormat;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.reporting.api.Signature;
import vn.ptdv.reporting.api.Table;
import vn.ptdv.reporting.control.JasperReportEngine;

/** The list's table filled from a stream of generated rows: streaming, swap file, progress and cancellation. */
class AdmissionListReportTest {

    private static final Letterhead LETTERHEAD = Letterhead.of(new Issuer("ĐẢNG BỘ TỈNH LÀO CAI",
                    List.of("TỈNH ỦY LÀO CAI"), "TU", "Lào Cai", new Signature("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", null),
                    List.of("Lưu Văn phòng")), DocumentType.LIST, "Đảng viên được kết nạp năm 2024");

    /** Rows of {@code groups} committees with {@code perGroup} members each, generated on demand. */
    private static Iterator<Table.Row> lines(int groups, int perGroup, AtomicInteger produced) {
        return new Iterator<>() {
            int group;
            int inGroup = -1;
            long no;
            boolean total;

            @Override
            public boolean hasNext() {
                return !total;
            }

            @Override
            public Table.Row next() {
                produced.incrementAndGet();
                if (group == groups) {
                    total = true;
                    return AdmissionListRows.total((long) groups * perGroup);
                }
                if (inGroup < 0) {
                    inGroup = 0;
                    return AdmissionListRows.heading("Đảng bộ xã Số " + (group + 1));
                }
                if (inGroup == perGroup) {
                    inGroup = -1;
                    return AdmissionListRows.subtotal("Cộng Đảng bộ xã Số " + (++group), perGroup);
                }
                inGroup++;
                return AdmissionListRows.member(++no, "Nguyễn Thị Ánh " + no, LocalDate.of(1995, 9, 2), "Nữ", "Tày",
                        "Không", "THPT; Đại học", "Chi bộ thôn Nậm Mả", LocalDate.of(2024, 5, 19), no + "-QĐ/ĐU");
            }
        };
    }

    private static ReportRequest request(int groups, int perGroup, AtomicInteger produced) {
        return ReportRequest.document(LETTERHEAD, DocumentBody.builder()
                .table(AdmissionListRows.table(() -> lines(groups, perGroup, produced))).build(), "danh-sach-test");
    }

    @Test
    void streamedListIsFilledPageByPageThroughTheSwapFile() throws Exception {
        AtomicInteger produced = new AtomicInteger();
        AtomicInteger lastPage = new AtomicInteger();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JasperReportEngine engine = new JasperReportEngine();
        engine.configureVirtualizer(5, java.util.Optional.empty());
        RenderedReport rendered = engine.render(request(4, 150, produced), out, new RenderProgress() {
            @Override
            public void pages(int rendered) {
                lastPage.set(rendered);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertEquals(4 * 152 + 1, produced.get());
        assertTrue(rendered.pages() > 10, "600 rows fill more than 10 pages: " + rendered.pages());
        assertEquals(rendered.pages(), lastPage.get());
        Files.createDirectories(AdmissionResultsReportTest.PREVIEWS);
        Files.write(AdmissionResultsReportTest.PREVIEWS.resolve("admission-list-fixture.pdf"), out.toByteArray());
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (String s : List.of("DANH SÁCH", "Đảng viên được kết nạp năm 2024", "Họ và tên", "Đảng bộ xã Số 1",
                    "Nguyễn Thị Ánh 600", "Cộng Đảng bộ xã Số 4: 150 đảng viên", "Tổng cộng: 600 đảng viên")) {
                assertTrue(text.contains(s), "missing: " + s);
            }
        }
    }

    @Test
    void cancelStopsTheFillSoon() {
        AtomicInteger produced = new AtomicInteger();
        AtomicBoolean cancel = new AtomicBoolean();
        RenderProgress progress = new RenderProgress() {
            @Override
            public void pages(int rendered) {
                if (rendered >= 3) {
                    cancel.set(true);
                }
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        };
        JasperReportEngine engine = new JasperReportEngine();
        assertThrows(RenderCancelledException.class,
                () -> engine.render(request(100, 500, produced), new ByteArrayOutputStream(), progress));
        assertTrue(produced.get() < 1000, "the fill stopped after a few pages, not after 50.000 rows: " + produced.get());
    }

    private static AdmissionListReport provider() {
        return new AdmissionListReport();
    }

    private static ProblemException periodError(Map<String, Object> values) {
        return assertThrows(ProblemException.class,
                () -> provider().period(new ReportArguments(values, ReportFormat.PDF, false)));
    }

    @Test
    void periodIsOneYearOrARangeNarrowedByDates() {
        AdmissionListReport p = provider();
        var one = p.period(new ReportArguments(Map.of("org", "LC", "year", 2024), ReportFormat.PDF, false));
        assertEquals(LocalDate.of(2024, 1, 1), one.from());
        assertEquals("năm 2024", one.words(false));
        var range = p.period(new ReportArguments(Map.of("org", "LC", "fromYear", 2015, "toYear", 2024,
                "toDate", "30/06/2024"), ReportFormat.PDF, false));
        assertEquals(LocalDate.of(2024, 6, 30), range.to());
        assertEquals("từ năm 2015 đến năm 2024", range.words(false));
        assertEquals("danh-sach-dang-vien-ket-nap-LC-2015-2024", AdmissionListReport.fileName("LC", range));
        assertEquals("year", periodError(Map.of("org", "LC")).errors().keySet().iterator().next());
        periodError(Map.of("org", "LC", "year", 2024, "fromYear", 2020));
        periodError(Map.of("org", "LC", "fromYear", 2024, "toYear", 2020));
        periodError(Map.of("org", "LC", "year", 2024, "fromDate", "2024-01-01"));
        periodError(Map.of("org", "LC", "year", 2024, "fromDate", "31/12/2023"));
    }

    @Test
    void unitsBelongToTheirGrassrootsCommittee() {
        OrganizationRef province = ref(1, "LC", OrganizationKind.PROVINCIAL_COMMITTEE, "00000001/");
        OrganizationRef district = ref(2, "LC-BT", OrganizationKind.UPPER_GRASSROOTS_COMMITTEE, "00000001/00000002/");
        OrganizationRef commune = ref(3, "LC-BT-X", OrganizationKind.GRASSROOTS_COMMITTEE, "00000001/00000002/00000003/");
        OrganizationRef cell = ref(4, "LC-BT-X-1", OrganizationKind.CELL, "00000001/00000002/00000003/00000004/");
        Map<String, OrganizationRef> byPath = Map.of(province.path(), province, district.path(), district,
                commune.path(), commune, cell.path(), cell);
        assertSame(commune, AdmissionListService.grassroots(cell.path(), byPath, List.of(province)));
        assertSame(commune, AdmissionListService.grassroots(commune.path(), byPath, List.of(province)));
        // admissions recorded on the district itself are listed under the root
        assertSame(province, AdmissionListService.grassroots(district.path(), byPath, List.of(province)));
        // a list of one cell: its committee is outside the subtree, the cell is the group
        assertSame(cell, AdmissionListService.grassroots(cell.path(), Map.of(cell.path(), cell), List.of(cell)));
    }

    @Test
    void namesSortByGivenNameThenFullNameAndEducationIsShort() {
        assertEquals("Ánh", AdmissionListService.givenName("Nguyễn Thị Ánh"));
        assertEquals("THPT; Đại học", AdmissionListService.Admitted.education("UPPER_SECONDARY", "UNIVERSITY"));
        assertEquals("THCS", AdmissionListService.Admitted.education("LOWER_SECONDARY", "NONE"));
    }

    private static OrganizationRef ref(long id, String code, OrganizationKind kind, String path) {
        return new OrganizationRef(id, code, code, kind, null, null, path, path.length() / 9,
                LocalDate.of(2000, 1, 1), null);
    }
}
