package vn.ptdv.training.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ptdv.reporting.api.Table;
import vn.ptdv.training.api.Audience;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.api.TopicForm;
import vn.ptdv.training.entity.Guide;
import vn.ptdv.training.entity.GuideTopic;

class CourseGuideReportTest {

    static Guide guide() {
        Guide g = new Guide(146, "HD/BTGTU", "LC", "00000001/", CourseType.AWARENESS);
        g.issue("TỈNH ỦY LÀO CAI", "BAN TUYÊN GIÁO", "Lào Cai", LocalDate.of(2024, 1, 24), "Chương trình bồi dưỡng", 5);
        g.sections("Mục đích.", null, "Trách nhiệm.");
        g.assessment("Bài thu hoạch.", "Giỏi, khá, trung bình, không đạt.", null);
        g.signer("K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN", "Nguyễn Văn A");
        g.markReconstructed(true);
        g.programme(Set.of(Audience.PUPILS_STUDENTS, Audience.PRIVATE_SECTOR), List.of(
                new GuideTopic(2, "Cương lĩnh", 6, TopicForm.DISCUSSION), new GuideTopic(1, "Lịch sử Đảng", 4, TopicForm.LECTURE)));
        return g;
    }

    @Test
    void theGuideFieldsBecomeTheSectionsOfAHuongDan() {
        TrainingReportData.Guide g = CourseGuideReport.data(guide());
        assertEquals(List.of("Mục đích, yêu cầu", "Đối tượng và thời gian"), g.sections().stream().map(s -> s.heading()).toList());
        assertEquals("Đối tượng: người làm việc trong đơn vị kinh tế tư nhân; học sinh, sinh viên.\nThời gian: 5 ngày (10 tiết).",
                g.sections().get(1).text());
        // empty sections are left out; the reconstruction is said
        assertEquals(List.of("Kiểm tra, đánh giá và xếp loại", "Tổ chức thực hiện", "Ghi chú"),
                g.closing().stream().map(s -> s.heading()).toList());
        assertEquals(List.of("Lịch sử Đảng", "Cương lĩnh"), g.topics().stream().map(t -> t.title()).toList());
        assertEquals("K/T TRƯỞNG BAN", g.signatureAuthority());
        assertEquals("PHÓ TRƯỞNG BAN", g.signerPosition());
        Table programme = TrainingReportText.guideBody(g).tables().get(0);
        assertTrue(programme.rows().stream().anyMatch(r -> "Tổng cộng: 10 tiết".equals(programme.texts(r).get(0))));
    }

    @Test
    void signerTitleSplitsIntoAuthorityAndPosition() {
        assertArrayEquals(new String[] {"K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"},
                CourseGuideReport.signer("BAN TUYÊN GIÁO", "K/T TRƯỞNG BAN, PHÓ TRƯỞNG BAN"));
        // a deputy of a ban signs for the head (the demo stores only "PHÓ TRƯỞNG BAN")
        assertArrayEquals(new String[] {"K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"},
                CourseGuideReport.signer("BAN TUYÊN GIÁO", "PHÓ TRƯỞNG BAN"));
        assertArrayEquals(new String[] {null, "TRƯỞNG BAN"}, CourseGuideReport.signer("BAN TUYÊN GIÁO", "TRƯỞNG BAN"));
        assertArrayEquals(new String[] {null, "PHÓ BÍ THƯ"}, CourseGuideReport.signer("HUYỆN ỦY BẢO THẮNG", "PHÓ BÍ THƯ"));
        assertArrayEquals(new String[] {null, null}, CourseGuideReport.signer("BAN TUYÊN GIÁO", " "));
    }
}
