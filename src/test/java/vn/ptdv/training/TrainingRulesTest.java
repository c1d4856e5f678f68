package vn.ptdv.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ptdv.training.api.ClassStatus;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.api.Grade;
import vn.ptdv.training.control.GradeScale;
import vn.ptdv.training.control.TrainingRules;
import vn.ptdv.training.control.TrainingRules.Enrolment;

/** The rules of classes, learners, results and certificates. */
class TrainingRulesTest {

    private static final LocalDate START = LocalDate.of(2024, 3, 4);
    private static final LocalDate END = LocalDate.of(2024, 3, 8);

    @Test
    void aLearnerInTwoOverlappingClassesOfTheSameKindIsRefused() {
        Enrolment other = new Enrolment(7, "Khóa I năm 2024", CourseType.AWARENESS, LocalDate.of(2024, 3, 8),
                LocalDate.of(2024, 3, 12), null, "/P/");
        String why = TrainingRules.secondEnrolment(CourseType.AWARENESS, START, END, List.of(other)).orElseThrow();
        assertTrue(why.contains("Khóa I năm 2024") && why.contains("trùng thời gian"), why);
        // the same dates in the other kind of course, or a day later, are allowed
        assertTrue(TrainingRules.secondEnrolment(CourseType.NEW_MEMBER, START, END, List.of(other)).isEmpty());
        assertTrue(TrainingRules.secondEnrolment(CourseType.AWARENESS, START, END.minusDays(1), List.of(other)).isEmpty());
    }

    @Test
    void retakingAfterFailingIsAllowed() {
        Enrolment failed = new Enrolment(3, "Khóa IV năm 2023", CourseType.AWARENESS, LocalDate.of(2023, 11, 13),
                LocalDate.of(2023, 11, 17), Grade.KHONG_DAT, "/P/");
        assertTrue(TrainingRules.secondEnrolment(CourseType.AWARENESS, START, END, List.of(failed)).isEmpty());
    }

    @Test
    void aClassWithNoLearnersCannotBeClosed() {
        assertTrue(TrainingRules.close(ClassStatus.OPEN, 0).orElseThrow().contains("chưa có học viên"));
        assertTrue(TrainingRules.close(ClassStatus.OPEN, 1).isEmpty());
        assertTrue(TrainingRules.close(ClassStatus.CLOSED, 5).isPresent());
        assertTrue(TrainingRules.open(ClassStatus.CLOSED).isPresent());
    }

    @Test
    void certificatesOnlyForPassedLearnersOnceAndAfterTheClass() {
        assertTrue(TrainingRules.certificate(Grade.KHA, null, END, END).isEmpty());
        assertTrue(TrainingRules.certificate(Grade.TRUNG_BINH, null, END.plusDays(3), END).isEmpty());
        assertTrue(TrainingRules.certificate(Grade.KHONG_DAT, null, END, END).orElseThrow().contains("Không đạt"));
        assertTrue(TrainingRules.certificate(null, null, END, END).orElseThrow().contains("chưa có kết quả"));
        assertTrue(TrainingRules.certificate(Grade.GIOI, "NTVĐ-1", END, END).orElseThrow().contains("đã được cấp"));
        assertTrue(TrainingRules.certificate(Grade.GIOI, null, END.minusDays(1), END).orElseThrow().contains("kết thúc lớp"));
    }

    @Test
    void datesWithinTheClass() {
        assertTrue(TrainingRules.withinClass(START, START, END).isEmpty());
        assertTrue(TrainingRules.withinClass(END, START, END).isEmpty());
        assertTrue(TrainingRules.withinClass(END.plusDays(1), START, END).isPresent());
        assertTrue(TrainingRules.withinClass(START.minusDays(1), START, END).isPresent());
        assertTrue(TrainingRules.classDates(END, START).isPresent());
        assertTrue(TrainingRules.classDates(START, START).isEmpty());
    }

    @Test
    void newMemberLearnersMustBeOnProbationDuringTheClass() {
        LocalDate ceremony = LocalDate.of(2023, 6, 1);
        assertTrue(TrainingRules.probationary(true, ceremony, ceremony.plusMonths(12), LocalDate.of(2023, 9, 4), LocalDate.of(2023, 9, 8)).isEmpty());
        assertTrue(TrainingRules.probationary(true, ceremony, ceremony.plusMonths(12), LocalDate.of(2024, 6, 2),
                LocalDate.of(2024, 6, 6)).isPresent(), "after probation");
        assertTrue(TrainingRules.probationary(true, ceremony, ceremony.plusMonths(12), LocalDate.of(2024, 5, 28),
                LocalDate.of(2024, 6, 1)).isEmpty(), "ends on the last day of probation");
        assertTrue(TrainingRules.probationary(true, ceremony, ceremony.plusMonths(12), LocalDate.of(2023, 5, 1),
                LocalDate.of(2023, 5, 5)).isPresent(), "before the ceremony");
        assertTrue(TrainingRules.probationary(false, ceremony, ceremony.plusMonths(12), LocalDate.of(2023, 9, 4), LocalDate.of(2023, 9, 8)).isPresent());
    }

    @Test
    void gradesFollowTheConfiguredScaleOnTheirBoundaries() {
        GradeScale scale = GradeScale.defaults();
        assertEquals(Grade.GIOI, scale.grade(new BigDecimal("8.0")));
        assertEquals(Grade.KHA, scale.grade(new BigDecimal("7.9")));
        assertEquals(Grade.KHA, scale.grade(new BigDecimal("6.5")));
        assertEquals(Grade.TRUNG_BINH, scale.grade(new BigDecimal("6.4")));
        assertEquals(Grade.TRUNG_BINH, scale.grade(new BigDecimal("5")));
        assertEquals(Grade.KHONG_DAT, scale.grade(new BigDecimal("4.9")));
        assertEquals(Grade.GIOI, new GradeScale(new BigDecimal("7"), new BigDecimal("6"), new BigDecimal("4"))
                .grade(new BigDecimal("7")));
        assertTrue(GradeScale.validScore(new BigDecimal("10.0")));
        assertTrue(!GradeScale.validScore(new BigDecimal("10.1")));
        assertTrue(!GradeScale.validScore(new BigDecimal("7.25")));
        assertTrue(!GradeScale.validScore(new BigDecimal("-1")));
        assertThrows(IllegalArgumentException.class, () -> new GradeScale(new BigDecimal("5"), new BigDecimal("6"),
                new BigDecimal("4")));
    }
}
