package vn.ptdv.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ptdv.training.control.TrainingFixtures.CELL;
import static vn.ptdv.training.control.TrainingFixtures.DISTRICT;
import static vn.ptdv.training.control.TrainingFixtures.END;
import static vn.ptdv.training.control.TrainingFixtures.START;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.training.api.Audience;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.api.TrainingRegistry.NewClass;
import vn.ptdv.training.api.TrainingRegistry.Session;
import vn.ptdv.training.entity.Guide;
import vn.ptdv.training.entity.TrainingClass;

/** A new class against its guide, its committee and its dates. */
class ClassRulesTest {

    private final Guide guide = TrainingFixtures.guide(3, CourseType.AWARENESS, Audience.PRIVATE_SECTOR);
    private final Lookups lookups = TrainingFixtures.lookups(Map.of("146-HD/BTGTU", guide), List.of(DISTRICT, CELL));

    private static NewClass request(String guideNumber, Audience audience, String org, LocalDate start, LocalDate end,
                                    List<Session> sessions) {
        return new NewClass(guideNumber, audience, org, "Trung tâm Chính trị huyện Hà Thử", "Khóa I năm 2024", start, end,
                "Hội trường", sessions, List.of(), null, false);
    }

    private Map<String, String> errors(NewClass n) {
        Violations v = new Violations();
        ClassRules.check(n, lookups, path -> path.startsWith(DISTRICT.path()), v);
        return v.errors();
    }

    @Test
    void aClassByAGuideOfItsCommitteeInScope() {
        Violations v = new Violations();
        NewClass n = request(" 146-HD/BTGTU", Audience.GENERAL, "HT", START, END, List.of(new Session(START, 1)));
        ClassRules.Checked checked = ClassRules.check(n, lookups, path -> true, v);
        assertTrue(v.isEmpty(), v.errors()::toString);
        assertSame(guide, checked.guide());
        TrainingClass c = ClassRules.trainingClass(n, checked);
        assertEquals(CourseType.AWARENESS, c.getCourseType());
        assertEquals(DISTRICT.path(), c.getOrgPath());
        assertEquals(2024, c.getCourseYear());
    }

    @Test
    void theOrganiserNamePrintedOnCertificatesHasNoHiddenCharactersOrFormula() {
        NewClass n = request("146-HD/BTGTU", Audience.GENERAL, "HT", START, END, List.of());
        NewClass hidden = new NewClass(n.guideNumber(), n.audience(), n.organizationCode(), "Trung tâm \u202EChính trị",
                n.courseNumber(), n.startDate(), n.endDate(), n.place(), n.sessions(), n.learners(), n.certificatesIssuedOn(), n.closed());
        NewClass formula = new NewClass(n.guideNumber(), n.audience(), n.organizationCode(), "=HYPERLINK(\"http://x\")",
                n.courseNumber(), n.startDate(), n.endDate(), n.place(), n.sessions(), n.learners(), n.certificatesIssuedOn(), n.closed());
        assertTrue(errors(hidden).get("organiserName").contains("ký tự ẩn"), errors(hidden)::toString);
        assertTrue(errors(formula).get("organiserName").contains("công thức"), errors(formula)::toString);
        assertTrue(!errors(n).containsKey("organiserName"), errors(n)::toString);
    }

    @Test
    void theGuideMustExistBeInForceAndServeTheAudience() {
        assertEquals("Số hướng dẫn là bắt buộc (ví dụ 146-HD/BTGTU).", errors(request(" ", Audience.GENERAL, "HT", START, END,
                null)).get("guideNumber"));
        assertEquals("Không tìm thấy hướng dẫn số 1-X.", errors(request("1-X", Audience.GENERAL, "HT", START, END, null))
                .get("guideNumber"));
        assertTrue(errors(request("146-HD/BTGTU", Audience.PUPILS_STUDENTS, "HT", START, END, null)).get("audience")
                .contains("không dành cho đối tượng Học sinh, sinh viên"));
        assertEquals("Giá trị là bắt buộc; cho phép: PRIVATE_SECTOR, PUPILS_STUDENTS, GENERAL.",
                errors(request("146-HD/BTGTU", null, "HT", START, END, null)).get("audience"));
        LocalDate early = TrainingFixtures.ISSUED.minusDays(3);
        assertTrue(errors(request("146-HD/BTGTU", Audience.GENERAL, "HT", early, early.plusDays(2), null)).get("startDate")
                .contains("trước ngày ban hành hướng dẫn 146-HD/BTGTU (24/01/2024)"));
        guide.supersededBy(TrainingFixtures.guide(4, CourseType.AWARENESS, Audience.GENERAL), START);
        assertTrue(errors(request("146-HD/BTGTU", Audience.GENERAL, "HT", START, END, null)).get("guideNumber")
                .contains("đã được thay thế từ ngày 04/03/2024"));
    }

    @Test
    void theCommitteeMustBeInScopeAndActiveDuringTheClass() {
        assertEquals("Mã cấp ủy tổ chức lớp là bắt buộc.", errors(request("146-HD/BTGTU", Audience.GENERAL, " ", START, END,
                null)).get("organizationCode"));
        assertEquals("Không tìm thấy tổ chức đảng có mã XA.", errors(request("146-HD/BTGTU", Audience.GENERAL, "XA", START,
                END, null)).get("organizationCode"));
        OrganizationRef dissolved = new OrganizationRef(20, "CU", "Cũ", DISTRICT.kind(), null, null, DISTRICT.path() + "00000020/",
                3, LocalDate.of(2000, 1, 1), LocalDate.of(2023, 12, 31));
        Lookups old = TrainingFixtures.lookups(Map.of("146-HD/BTGTU", guide), List.of(dissolved));
        Violations v = new Violations();
        ClassRules.check(request("146-HD/BTGTU", Audience.GENERAL, "CU", START, END, null), old, path -> true, v);
        assertEquals("Tổ chức CU không hoạt động trong thời gian của lớp.", v.errors().get("organizationCode"));
    }

    @Test
    void datesAndSessionsFallWithinTheClassAndTheGuidesTopics() {
        assertTrue(errors(request("146-HD/BTGTU", Audience.GENERAL, "HT", START, START.minusDays(1), null)).containsKey("endDate"));
        Map<String, String> e = errors(request("146-HD/BTGTU", Audience.GENERAL, "HT", START, END, List.of(
                new Session(END.plusDays(3), 1), new Session(START, 9), new Session(null, null))));
        assertTrue(e.get("sessions[0]").contains("nằm ngoài thời gian học của lớp"), e::toString);
        assertEquals("Hướng dẫn 146-HD/BTGTU không có chuyên đề số 9.", e.get("sessions[1]"));
        assertEquals("Ngày học là bắt buộc.", e.get("sessions[2]"));
    }
}
