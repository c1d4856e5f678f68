package vn.ptdv.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ptdv.reporting.api.Block;
import vn.ptdv.reporting.api.Table;
import vn.ptdv.training.api.Audience;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.control.TrainingReportData.Figures;

class TrainingReportTextTest {

    /** The cells of a table's row as printed. */
    static List<String> cells(Table table, int row) {
        return table.texts(table.rows().get(row));
    }

    /** The learners table of the sample class's results (the first table of its body). */
    static Table learnersTable() {
        return TrainingReportText.classResultsBody(TrainingSamples.awarenessClass(), TrainingSamples.learners())
                .tables().get(0);
    }

    @Test
    void programmeTableListsTopicsInOrderWithTheTotalPeriods() {
        Table table = TrainingReportText.programmeTable(TrainingSamples.guide().topics());
        assertEquals(List.of("STT", "Chuyên đề", "Hình thức", "Số tiết"), table.header().get(0));
        assertEquals("Khái quát lịch sử Đảng Cộng sản Việt Nam", cells(table, 0).get(1));
        assertEquals("Tham quan thực tế", cells(table, 5).get(2));
        assertEquals("Tổng cộng: 30 tiết", cells(table, table.rows().size() - 1).get(0));
    }

    @Test
    void guideBodyNumbersItsPartsAroundTheProgramme() {
        List<String> headings = TrainingReportText.guideBody(TrainingSamples.guide()).blocks().stream()
                .filter(Block.Heading.class::isInstance).map(b -> ((Block.Heading) b).text()).toList();
        assertEquals(List.of("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG CHƯƠNG TRÌNH",
                "III. KIỂM TRA, ĐÁNH GIÁ VÀ CẤP GIẤY CHỨNG NHẬN", "IV. TỔ CHỨC THỰC HIỆN"), headings);
    }

    @Test
    void learnersAreListedByGivenNameInVietnameseOrder() {
        Table learners = learnersTable();
        List<String> names = learners.rows().stream().map(r -> learners.texts(r).get(1)).toList();
        // Ăn < Ánh (a-breve after a), Bình, Đào (đ after d), Mười
        assertEquals(List.of("Vũ Thị Ánh", "Lò Văn Ăn", "Nguyễn Văn Bình", "Đỗ Thị Đào", "Cư Seo Mười"), names);
    }

    @Test
    void learnerRowsCarryViVnFormats() {
        List<String> first = cells(learnersTable(), 0);
        assertEquals("02/05/2006", first.get(2));
        assertEquals("10/10", first.get(4));
        assertEquals("8,5", first.get(5));
        assertEquals("Khá", first.get(6));
        assertEquals("NTVĐ-BT-2024-0015", first.get(7));
    }

    @Test
    void classSummaryCountsAndSharesPerGrade() {
        Table table = TrainingReportText.classSummaryTable(TrainingSamples.learners());
        assertEquals(List.of("Sĩ số|5|100,0%", "Xếp loại giỏi|1|20,0%", "Xếp loại khá|2|40,0%",
                        "Xếp loại trung bình|1|20,0%", "Xếp loại không đạt|1|20,0%", "Số được cấp giấy chứng nhận|4|80,0%"),
                table.rows().stream().map(table::texts).map(l -> l.get(1) + "|" + l.get(2) + "|" + l.get(3)).toList());
        assertEquals("Sĩ số 5 học viên; 4 học viên đạt yêu cầu (80,0%), trong đó giỏi 1 (20,0%), khá 2 (40,0%), "
                + "trung bình 1 (20,0%); 1 học viên không đạt (20,0%). Số học viên được cấp giấy chứng nhận: 4.",
                TrainingReportText.classHeadline(TrainingSamples.learners()));
    }

    @Test
    void emptyClassNeverDividesByZero() {
        Table table = TrainingReportText.classSummaryTable(List.of());
        assertEquals(TrainingReportText.DASH, cells(table, 0).get(3));
        assertEquals("Lớp chưa có học viên.", TrainingReportText.classHeadline(List.of()));
    }

    @Test
    void theGeneralAudienceIsWhoTheCourseIsFor() {
        assertEquals("quần chúng ưu tú", TrainingReportText.audience(Audience.GENERAL, CourseType.AWARENESS));
        assertEquals("đảng viên mới", TrainingReportText.audience(Audience.GENERAL, CourseType.NEW_MEMBER));
        assertEquals("Đối tượng chung", TrainingReportText.audienceLabel(Audience.GENERAL));
        assertEquals("Học sinh, sinh viên", TrainingReportText.audienceLabel(Audience.PUPILS_STUDENTS));
    }

    @Test
    void scoresUseTheVietnameseDecimalComma() {
        assertEquals("8,5", TrainingReportText.score(new BigDecimal("8.50")));
        assertEquals("9,0", TrainingReportText.score(new BigDecimal("9")));
        assertEquals("7,25", TrainingReportText.score(new BigDecimal("7.25")));
        assertEquals(TrainingReportText.DASH, TrainingReportText.score(null));
    }

    @Test
    void summaryTotalsAddTheGroupsUp() {
        Table table = TrainingReportText.figuresTable("Chương trình", TrainingSamples.summary().byCourseType());
        Table.Row total = table.rows().get(table.rows().size() - 1);
        assertEquals(Table.Row.Style.TOTAL, total.style());
        assertEquals(List.of("21", "780", "770", "98,7%", "220", "480", "70", "10"), table.texts(total).subList(1, 9));
    }

    @Test
    void summaryHeadline() {
        assertEquals("Năm 2024, các tổ chức đảng trong Đảng bộ tỉnh Lào Cai đã mở 21 lớp bồi dưỡng với 780 học viên; "
                        + "770 học viên đạt yêu cầu (98,7%), trong đó giỏi 220, khá 480, trung bình 70; 10 học viên không đạt.",
                TrainingReportText.summaryHeadline("Đảng bộ tỉnh Lào Cai", 2024,
                        TrainingReportText.total(TrainingSamples.summary().byCourseType())));
        assertTrue(TrainingReportText.summaryHeadline("Chi bộ A", 2024, new Figures("x", 0, 0, 0, 0, 0, 0))
                .contains("chưa mở lớp"));
    }

    @Test
    void aCommitteeWithoutACentreIssuesWithItsOwnLetterhead() {
        ClassIssuer issuer = ClassIssuer.of("Đảng ủy Quân sự tỉnh", new vn.ptdv.organization.api.IssuerDetails("LC-QS",
                "ĐẢNG BỘ TỈNH LÀO CAI", List.of("ĐẢNG ỦY QUÂN SỰ TỈNH"), "ĐU", null, "T/M ĐẢNG ỦY", "BÍ THƯ", null,
                List.of(), false));
        assertEquals(List.of("ĐẢNG ỦY QUÂN SỰ TỈNH"), issuer.issuingBody());
        assertEquals("ĐẢNG BỘ TỈNH LÀO CAI", issuer.superiorBody());
        assertEquals("ĐẢNG ỦY QUÂN SỰ TỈNH", issuer.certifier());
        CertificatePage page = CertificatePage.of(TrainingSamples.awarenessClass(), TrainingSamples.learners(), issuer).get(0);
        assertEquals("T/M ĐẢNG ỦY\nBÍ THƯ", page.signerPosition());
        assertEquals("Ngày 15 tháng 3 năm 2024", page.placeAndDate());
    }

    @Test
    void certificatesOnlyForPassedLearnersWithTheAwarenessForm() {
        List<CertificatePage> pages = CertificatePage.of(TrainingSamples.awarenessClass(), TrainingSamples.learners(),
                TrainingSamples.centre(null));
        assertEquals(4, pages.size());
        CertificatePage first = pages.get(0);
        assertEquals("Vũ Thị Ánh", first.fullName());
        assertEquals("Mẫu CN-NTVĐ", first.formCode());
        assertEquals("TRUNG TÂM CHÍNH TRỊ", first.issuingBody());
        assertEquals("GIÁM ĐỐC TRUNG TÂM CHÍNH TRỊ HUYỆN BẢO THẮNG", first.certifier());
        assertEquals("Bảo Thắng, ngày 15 tháng 3 năm 2024", first.placeAndDate());
        assertEquals("Số: NTVĐ-BT-2024-0015", first.numberLine());
        assertEquals("Khá", first.gradeLine());
    }
}
