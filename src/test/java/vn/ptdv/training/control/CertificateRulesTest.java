package vn.ptdv.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ptdv.training.control.TrainingFixtures.END;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.training.api.Audience;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.api.Grade;
import vn.ptdv.training.entity.Learner;
import vn.ptdv.training.entity.TrainingClass;

/** Which learners get which certificate numbers, and the certifying of each. */
class CertificateRulesTest {

    private final TrainingClass awareness = TrainingFixtures.trainingClass(21,
            TrainingFixtures.guide(1, CourseType.AWARENESS, Audience.GENERAL));
    private final Learner an = passed(TrainingFixtures.learner(1, 21, "Trần Văn An", LocalDate.of(1990, 1, 1)), Grade.KHA);
    private final Learner binh = passed(TrainingFixtures.learner(2, 21, "Lê Thị Bình", LocalDate.of(1991, 1, 1)), Grade.GIOI);
    private final Learner chi = passed(TrainingFixtures.learner(3, 21, "Lò Thị Chi", LocalDate.of(1992, 1, 1)), Grade.KHONG_DAT);

    private static Learner passed(Learner l, Grade grade) {
        l.result(null, grade);
        return l;
    }

    @Test
    void aPrefixNumbersThePassedLearnersWithoutACertificateInNameOrder() {
        Learner dung = passed(TrainingFixtures.learner(4, 21, "Đỗ Văn Dung", LocalDate.of(1993, 1, 1)), Grade.TRUNG_BINH);
        dung.certify("OLD-1", END, Learner.AWARENESS_FORM);
        Map<Long, String> numbers = CertificateRules.numbers(List.of(chi, binh, an, dung), END, Map.of(), " NTVĐ-HT-2024- ",
                new Violations());
        assertEquals(Map.of(1L, "NTVĐ-HT-2024-001", 2L, "NTVĐ-HT-2024-002"), numbers);
        assertEquals(List.of(1L, 2L), List.copyOf(numbers.keySet()));
        assertEquals(Map.of(3L, "X"), CertificateRules.numbers(List.of(chi), END, Map.of(3L, "X"), null, new Violations()));
    }

    @Test
    void nothingToNumberIsRefused() {
        assertEquals(ProblemType.UNPROCESSABLE, assertThrows(ProblemException.class,
                () -> CertificateRules.numbers(List.of(), END, Map.of(), "P-", new Violations())).type());
        assertEquals(ProblemType.UNPROCESSABLE, assertThrows(ProblemException.class,
                () -> CertificateRules.numbers(List.of(chi), END, Map.of(), "P-", new Violations())).type());
        ProblemException e = assertThrows(ProblemException.class,
                () -> CertificateRules.numbers(List.of(an), null, Map.of(), " ", new Violations()));
        assertTrue(e.errors().containsKey("issuedOn") && e.errors().containsKey("numberPrefix"), e.errors()::toString);
    }

    @Test
    void everyLearnerNamedIsCertifiedOrEveryRefusalIsTold() {
        Map<Long, String> wanted = new LinkedHashMap<>();
        wanted.put(1L, "A-1");
        wanted.put(3L, "A-2");
        wanted.put(9L, "A-3");
        ProblemException e = assertThrows(ProblemException.class,
                () -> CertificateRules.certifyAll(awareness, List.of(an, chi), wanted, END));
        assertEquals(ProblemType.UNPROCESSABLE, e.type());
        assertEquals("Lò Thị Chi: Học viên xếp loại Không đạt: không được cấp giấy chứng nhận.", e.errors().get("certificates[3]"));
        assertEquals("Học viên 9 không có trong lớp.", e.errors().get("certificates[9]"));
        // (in the service the refusal rolls the transaction back; here An keeps the number given before it)
        assertEquals("A-1", an.getCertificateNumber());
        List<Learner> done = CertificateRules.certifyAll(awareness, List.of(an, binh), Map.of(2L, " A-9 "), END);
        assertEquals(List.of(binh), done);
        assertEquals("A-9", binh.getCertificateNumber());
        assertEquals(Learner.AWARENESS_FORM, binh.getCertificateForm());
    }

    @Test
    void aNumberIsGivenOnceAndOnlyAfterTheClass() {
        Set<String> batch = new HashSet<>();
        CertificateRules.certify(awareness, an, "N-1", END, batch);
        assertEquals(ProblemType.CONFLICT, assertThrows(ProblemException.class,
                () -> CertificateRules.certify(awareness, binh, "N-1", END, batch)).type());
        assertTrue(assertThrows(ProblemException.class, () -> CertificateRules.certify(awareness, binh, "N-2", END.minusDays(1),
                batch)).getMessage().contains("phải không trước ngày kết thúc lớp"));
        assertEquals(ProblemType.VALIDATION, assertThrows(ProblemException.class,
                () -> CertificateRules.certify(awareness, binh, null, END, batch)).type());
        TrainingClass newMember = TrainingFixtures.trainingClass(22, TrainingFixtures.guide(2, CourseType.NEW_MEMBER, Audience.GENERAL));
        Learner member = passed(TrainingFixtures.learner(5, 22, "Hà Văn Em", LocalDate.of(1994, 1, 1)), Grade.GIOI);
        CertificateRules.certify(newMember, member, "ĐVM-1", END, batch);
        assertNull(member.getCertificateForm(), "the awareness form only for the awareness course");
        assertTrue(batch.contains("ĐVM-1"));
    }
}
