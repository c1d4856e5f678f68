package vn.ptdv.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ptdv.training.control.TrainingFixtures.CELL;
import static vn.ptdv.training.control.TrainingFixtures.CELL2;
import static vn.ptdv.training.control.TrainingFixtures.DISTRICT;
import static vn.ptdv.training.control.TrainingFixtures.OTHER;
import static vn.ptdv.training.control.TrainingFixtures.START;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ptdv.admission.api.AdmissionRecords.AdmissionRecord;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.training.api.Audience;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.api.TrainingRegistry.NewLearner;
import vn.ptdv.training.control.TrainingRules.Enrolment;
import vn.ptdv.training.entity.Learner;
import vn.ptdv.training.entity.TrainingClass;

/** Who may be enrolled in a class. */
class EnrolmentRulesTest {

    private final Lookups lookups = TrainingFixtures.lookups(Map.of(), List.of(DISTRICT, CELL, CELL2, OTHER));
    private final TrainingClass awareness = TrainingFixtures.trainingClass(21,
            TrainingFixtures.guide(1, CourseType.AWARENESS, Audience.GENERAL));
    private final TrainingClass newMember = TrainingFixtures.trainingClass(22,
            TrainingFixtures.guide(2, CourseType.NEW_MEMBER, Audience.GENERAL));

    private static NewLearner candidate(String name, String cell) {
        return new NewLearner(name, LocalDate.of(1998, 4, 12), Gender.FEMALE, "08", null, cell, null, null, null, null);
    }

    private static NewLearner member(long admissionId) {
        return new NewLearner(null, null, null, null, null, null, admissionId, null, null, null);
    }

    private static Map<String, String> refused(Runnable enrol) {
        return assertThrows(ProblemException.class, enrol::run).errors();
    }

    @Test
    void candidatesNominatedUnderTheCommitteeAreEnrolled() {
        List<Learner> made = EnrolmentRules.enrol(awareness, List.of(candidate("Giàng Thị Mai", "HT-01"),
                candidate("Lý Thị Hai", "HT-02")), lookups, path -> true, new HashMap<>(), "");
        assertEquals(2, made.size());
        assertEquals(CELL.path(), made.get(0).getNominatingOrgPath());
        assertEquals(21, made.get(0).getClassId());
    }

    @Test
    void aCandidateNeedsNameBirthGenderEthnicityAndANominatingCellUnderTheCommittee() {
        NewLearner blank = new NewLearner(" ", null, null, "99", null, null, 5L, null, null, null);
        Map<String, String> e = refused(() -> EnrolmentRules.enrol(awareness, List.of(blank, candidate("Người Lạ", "XA-01"),
                candidate("Người Xa", "HT-01")), lookups, path -> !path.startsWith(CELL.path()), new HashMap<>(), "classes[0]."));
        assertEquals("Họ và tên là bắt buộc.", e.get("classes[0].learners[0].fullName"));
        assertTrue(e.containsKey("classes[0].learners[0].birthDate") && e.containsKey("classes[0].learners[0].gender")
                && e.containsKey("classes[0].learners[0].ethnicityCode") && e.containsKey("classes[0].learners[0].admissionId")
                && e.containsKey("classes[0].learners[0].nominatingOrgCode"), e::toString);
        assertEquals("Tổ chức XA-01 không trực thuộc cấp ủy tổ chức lớp (HT).", e.get("classes[0].learners[1].nominatingOrgCode"));
        assertEquals("Không tìm thấy tổ chức đảng có mã HT-01.", e.get("classes[0].learners[2].nominatingOrgCode"));
    }

    @Test
    void nobodySitsTwoOverlappingClassesOfTheSameKindNotEvenInOneCall() {
        Map<String, List<Enrolment>> enrolments = new HashMap<>();
        EnrolmentRules.enrol(awareness, List.of(candidate("Giàng Thị Mai", "HT-01")), lookups, path -> true, enrolments, "");
        Map<String, String> e = refused(() -> EnrolmentRules.enrol(awareness, List.of(candidate("GIÀNG THỊ MAI", "HT-02")),
                lookups, path -> true, enrolments, ""));
        assertTrue(e.get("learners[0]").contains("Học viên đã có tên trong lớp Khóa I năm 2024"), e::toString);
        // the same person in a new-member class of the same dates is another kind of course
        assertEquals(1, EnrolmentRules.enrol(newMember, List.of(member(3)), withAdmission(admission(3, true, CELL.path())),
                path -> true, enrolments, "").size());
    }

    @Test
    void anEnrolmentInAClassOutsideTheCallersScopeIsNotSeen() {
        Map<String, List<Enrolment>> enrolments = new HashMap<>();
        enrolments.put(EnrolmentRules.person("giang thi mai", LocalDate.of(1998, 4, 12)), new ArrayList<>(List.of(
                new Enrolment(99, "Khóa II năm 2024", CourseType.AWARENESS, START, START.plusDays(4), null, "/LC/LC-VB/"))));
        List<Learner> made = EnrolmentRules.enrol(awareness, List.of(candidate("Giàng Thị Mai", "HT-01")), lookups,
                path -> !path.startsWith("/LC/LC-VB/"), enrolments, "");
        assertEquals(1, made.size(), "another district's class neither refuses nor names itself");
        Map<String, String> e = refused(() -> EnrolmentRules.enrol(awareness, List.of(candidate("Giàng Thị Mai", "HT-01")),
                lookups, path -> true, enrolments, ""));
        assertTrue(e.get("learners[0]").contains("Khóa II năm 2024"), "a caller covering it sees it: " + e);
    }

    @Test
    void aNewMemberLearnerIsAProbationaryMemberUnderTheCommittee() {
        Learner l = EnrolmentRules.enrol(newMember, List.of(member(3)), withAdmission(admission(3, true, CELL.path())),
                path -> true, new HashMap<>(), "").get(0);
        assertEquals("Giàng Thị Mai", l.getFullName());
        assertEquals(3L, l.getAdmissionId());
        assertEquals(CELL.name(), l.getNominatingOrgName());
        assertEquals("Học viên lớp đảng viên mới cần mã hồ sơ kết nạp (admissionId).", refused(() -> EnrolmentRules.enrol(
                newMember, List.of(candidate("A", "HT-01")), lookups, path -> true, new HashMap<>(), "")).get("learners[0].admissionId"));
        assertEquals("Không tìm thấy hồ sơ kết nạp số 4.", refused(() -> EnrolmentRules.enrol(newMember, List.of(member(4)),
                withAdmission(admission(3, true, CELL.path())), path -> true, new HashMap<>(), "")).get("learners[0].admissionId"));
        assertTrue(refused(() -> EnrolmentRules.enrol(newMember, List.of(member(3)), withAdmission(admission(3, true,
                OTHER.path())), path -> true, new HashMap<>(), "")).get("learners[0].admissionId").contains("không thuộc cấp ủy"));
        // recorded on the cell's record before a reorganisation: the cell as it stands at the class is under the committee
        assertEquals(3L, EnrolmentRules.enrol(newMember, List.of(member(3)), withAdmission(admission(3, true, CELL.code(),
                "00000001/00000099/00000098/")), path -> true, new HashMap<>(), "").get(0).getAdmissionId());
        assertEquals("Giàng Thị Mai: Hồ sơ kết nạp đã rút.", refused(() -> EnrolmentRules.enrol(newMember, List.of(member(3)),
                withAdmission(admission(3, false, CELL.path())), path -> true, new HashMap<>(), "")).get("learners[0].admissionId"));
    }

    @Test
    void learnersAreInVietnameseNameOrderByGivenName() {
        List<Learner> learners = new ArrayList<>(List.of(TrainingFixtures.learner(1, 21, "Nguyễn Văn Đức", START.minusYears(20)),
                TrainingFixtures.learner(2, 21, "Lê Thị Dung", START.minusYears(20)),
                TrainingFixtures.learner(3, 21, "Trần An", START.minusYears(20))));
        learners.sort(EnrolmentRules.NAME_ORDER);
        assertEquals(List.of("Trần An", "Lê Thị Dung", "Nguyễn Văn Đức"), learners.stream().map(Learner::getFullName).toList());
    }

    @Test
    void enrolmentsOfTwoLookUpsAreMergedOnce() {
        Enrolment e = new Enrolment(1, "K", CourseType.AWARENESS, START, START, null, "/P/");
        Enrolment f = new Enrolment(2, "L", CourseType.AWARENESS, START, START, null, "/P/");
        Map<String, List<Enrolment>> merged = EnrolmentRules.merge(Map.of("a|x", List.of(e)), Map.of("a|x", List.of(e, f),
                "b|y", List.of(f)));
        assertEquals(List.of(e, f), merged.get("a|x"));
        assertEquals(List.of(f), merged.get("b|y"));
    }

    private Lookups withAdmission(AdmissionRecord a) {
        lookups.admissions.put(a.id(), a);
        return lookups;
    }

    private static AdmissionRecord admission(long id, boolean active, String path) {
        return admission(id, active, path.equals(OTHER.path()) ? OTHER.code() : CELL.code(), path);
    }

    private static AdmissionRecord admission(long id, boolean active, String code, String path) {
        return new AdmissionRecord(id, "Giàng Thị Mai", LocalDate.of(1998, 4, 12), Gender.FEMALE, "08", null, code, path,
                LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 20), LocalDate.of(2025, 1, 20), active);
    }
}
