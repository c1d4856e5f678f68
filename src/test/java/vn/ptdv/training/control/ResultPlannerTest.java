package vn.ptdv.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.training.api.Grade;
import vn.ptdv.training.api.TrainingRegistry.LearnerResult;
import vn.ptdv.training.entity.ClassSession;
import vn.ptdv.training.entity.Learner;

/** Results of a class checked against its learners and sessions before anything is written. */
class ResultPlannerTest {

    private static final LocalDate MON = LocalDate.of(2024, 3, 4);
    private final ResultPlanner planner = new ResultPlanner(GradeScale.defaults());
    private final Learner mai = TrainingFixtures.learner(1, 21, "Giàng Thị Mai", LocalDate.of(1998, 4, 12));
    private final Learner hai = TrainingFixtures.learner(2, 21, "Lý Văn Hai", LocalDate.of(1990, 1, 1));
    private final List<ClassSession> sessions = List.of(TrainingFixtures.withId(new ClassSession(21, MON, 1, null), 31),
            TrainingFixtures.withId(new ClassSession(21, MON.plusDays(1), 2, null), 32));
    private final Map<String, String> errors = new LinkedHashMap<>();

    private List<ResultPlanner.Planned> plan(LearnerResult... results) {
        return planner.plan(List.of(mai, hai), sessions, List.of(results),
                (i, field, message) -> errors.putIfAbsent(i + ":" + field, message));
    }

    @Test
    void aScoreGivesItsGradeAndAbsencesFallOnSessionDates() {
        List<ResultPlanner.Planned> plan = plan(
                new LearnerResult(null, "GIÀNG THỊ MAI", LocalDate.of(1998, 4, 12), List.of(MON.plusDays(1)), new BigDecimal("8.5"), null),
                new LearnerResult(2L, null, null, null, null, Grade.KHONG_DAT));
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals(2, plan.size());
        assertEquals(Grade.GIOI, plan.get(0).graded().grade());
        assertEquals(32L, plan.get(0).absences().get(0).getId());
        assertNull(plan.get(1).absences(), "no absences given: the recorded ones are kept");
        assertNull(plan.get(1).graded().score());
        // absences only: the result is kept
        ResultPlanner.Planned only = plan(new LearnerResult(1L, null, null, List.of(), null, null)).get(0);
        assertFalse(only.setResult());
        assertTrue(only.absences().isEmpty());
    }

    @Test
    void everyRowNamesALearnerOfTheClassOnce() {
        assertTrue(plan(new LearnerResult(9L, null, null, null, BigDecimal.ONE, null),
                new LearnerResult(null, "Người Lạ", LocalDate.of(1990, 1, 1), null, BigDecimal.ONE, null),
                new LearnerResult(2L, "Lý Văn Hai", LocalDate.of(1991, 1, 1), null, BigDecimal.ONE, null),
                new LearnerResult(1L, "Giàng Thị Mai", null, null, BigDecimal.ONE, null),
                new LearnerResult(1L, null, null, null, BigDecimal.TEN, null)).size() == 1);
        assertTrue(errors.get("0:null").startsWith("Không có học viên số 9 trong lớp"), errors::toString);
        assertTrue(errors.get("1:null").startsWith("Không có học viên Người Lạ (01/01/1990) trong lớp"), errors::toString);
        assertTrue(errors.get("2:birthDate").contains("họ tên hoặc ngày sinh của dòng không khớp"), errors::toString);
        assertEquals("Học viên Giàng Thị Mai có hai dòng kết quả.", errors.get("4:null"));
    }

    @Test
    void scoreAndGradeMustAgreeAndAbsencesNeedASession() {
        plan(new LearnerResult(1L, null, null, List.of(MON.plusDays(7)), new BigDecimal("9"), Grade.KHA),
                new LearnerResult(2L, null, null, null, new BigDecimal("10.5"), null));
        assertEquals("Điểm 9 tương ứng xếp loại Giỏi, không phải Khá.", errors.get("0:grade"));
        assertEquals("Lớp không có buổi học ngày 11/03/2024.", errors.get("0:absentOn"));
        assertEquals("Điểm phải từ 0 đến 10, tối đa một chữ số thập phân.", errors.get("1:score"));
    }

    @Test
    void aCertifiedLearnerCannotFail() {
        mai.result(new BigDecimal("8.0"), Grade.GIOI);
        mai.certify("NTVĐ-1", MON.plusDays(4), Learner.AWARENESS_FORM);
        ProblemException e = assertThrows(ProblemException.class, () -> planner.graded(mai, new BigDecimal("4"), null, "x."));
        assertTrue(e.errors().get("x.grade").contains("đã được cấp giấy chứng nhận số NTVĐ-1"), e.errors()::toString);
        assertEquals(new BigDecimal("7.0"), planner.graded(mai, new BigDecimal("7"), null, "").score());
    }
}
