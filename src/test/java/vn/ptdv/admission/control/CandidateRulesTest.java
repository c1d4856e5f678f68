package vn.ptdv.admission.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ptdv.admission.entity.CandidateState;
import vn.ptdv.admission.entity.DossierStep;
import vn.ptdv.calendar.api.WorkingCalendar;
import vn.ptdv.platform.rest.ProblemException;

/** The dossier rules: order, dates, two thirds, the 12-month validity, the decision after the committee. */
class CandidateRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    static Map<DossierStep, LocalDate> upTo(DossierStep last, LocalDate first) {
        Map<DossierStep, LocalDate> m = new EnumMap<>(DossierStep.class);
        LocalDate d = first;
        for (DossierStep s : DossierStep.values()) {
            m.put(s, d);
            if (s == last) {
                break;
            }
            d = d.plusDays(7);
        }
        return m;
    }

    static ProblemException refused(Runnable r) {
        return assertThrows(ProblemException.class, r::run);
    }

    @Test
    void stepsGoInOrder() {
        Map<DossierStep, LocalDate> none = new EnumMap<>(DossierStep.class);
        assertEquals(DossierStep.APPLICATION, CandidateRules.next(none));
        ProblemException e = refused(() -> CandidateRules.checkStep(CandidateState.AWARENESS, none, true,
                DossierStep.BACKGROUND, TODAY, null, null, TODAY));
        assertEquals(422, e.type().status());
        assertTrue(e.getMessage().contains("Đơn xin vào Đảng") && e.getMessage().contains("1-KNĐ"), e.getMessage());
        assertDoesNotThrow(() -> CandidateRules.checkStep(CandidateState.AWARENESS, none, true, DossierStep.APPLICATION,
                TODAY, null, null, TODAY));
        // the last recorded step may be corrected; an earlier one may not
        Map<DossierStep, LocalDate> three = upTo(DossierStep.VERIFICATION, LocalDate.of(2026, 9, 1));
        assertDoesNotThrow(() -> CandidateRules.checkStep(CandidateState.DOSSIER, three, true, DossierStep.VERIFICATION,
                LocalDate.of(2026, 9, 20), null, null, TODAY));
        refused(() -> CandidateRules.checkStep(CandidateState.DOSSIER, three, true, DossierStep.APPLICATION,
                LocalDate.of(2026, 9, 2), null, null, TODAY));
        assertNull(CandidateRules.next(upTo(DossierStep.COMMITTEE_RESOLUTION, LocalDate.of(2026, 9, 1))));
    }

    @Test
    void aStepIsNotBeforeTheOneBeforeNorInTheFuture() {
        Map<DossierStep, LocalDate> one = upTo(DossierStep.APPLICATION, LocalDate.of(2026, 9, 1));
        ProblemException e = refused(() -> CandidateRules.checkStep(CandidateState.DOSSIER, one, true,
                DossierStep.BACKGROUND, LocalDate.of(2026, 8, 31), null, null, TODAY));
        assertTrue(e.errors().get("date").contains("01/09/2026"), e.errors().toString());
        refused(() -> CandidateRules.checkStep(CandidateState.DOSSIER, one, true, DossierStep.BACKGROUND,
                TODAY.plusDays(1), null, null, TODAY));
    }

    @Test
    void theCellNeedsTwoThirdsAndTheCertificate() {
        Map<DossierStep, LocalDate> five = upTo(DossierStep.MASS_OPINION, LocalDate.of(2026, 9, 1));
        LocalDate d = LocalDate.of(2026, 11, 1);
        ProblemException e = refused(() -> CandidateRules.checkStep(CandidateState.DOSSIER, five, true,
                DossierStep.CELL_RESOLUTION, d, 5, 8, TODAY));
        assertTrue(e.errors().get("votesFor").contains("hai phần ba") && e.errors().get("votesFor").contains("6"));
        assertDoesNotThrow(() -> CandidateRules.checkStep(CandidateState.DOSSIER, five, true, DossierStep.CELL_RESOLUTION,
                d, 6, 8, TODAY));
        assertTrue(refused(() -> CandidateRules.checkStep(CandidateState.DOSSIER, five, false,
                DossierStep.CELL_RESOLUTION, d, 8, 8, TODAY)).errors().containsKey("awareness"));
        assertEquals(400, refused(() -> CandidateRules.checkStep(CandidateState.DOSSIER, five, true,
                DossierStep.CELL_RESOLUTION, d, null, 8, TODAY)).type().status());
        assertTrue(refused(() -> CandidateRules.checkStep(CandidateState.DOSSIER, five, true,
                DossierStep.CELL_RESOLUTION, d, 9, 8, TODAY)).errors().get("votesFor").contains("không được lớn hơn"));
    }

    @Test
    void aDossierOlderThanTwelveMonthsMustBeRenewed() {
        Map<DossierStep, LocalDate> two = upTo(DossierStep.BACKGROUND, LocalDate.of(2025, 10, 1));
        ProblemException e = refused(() -> CandidateRules.checkStep(CandidateState.DOSSIER, two, true,
                DossierStep.VERIFICATION, LocalDate.of(2026, 10, 2), null, null, TODAY));
        assertTrue(e.errors().get("date").contains("12 tháng") && e.errors().get("date").contains("01/10/2025"));
        assertDoesNotThrow(() -> CandidateRules.checkStep(CandidateState.DOSSIER, two, true, DossierStep.VERIFICATION,
                LocalDate.of(2026, 10, 1), null, null, TODAY));
    }

    @Test
    void theDecisionComesAfterTheCommitteeAndLateIsAWarning() {
        WorkingCalendar c = new WorkingCalendar(Map.of(), Set.of());
        Map<DossierStep, LocalDate> all = upTo(DossierStep.COMMITTEE_RESOLUTION, LocalDate.of(2026, 3, 2));
        LocalDate cell = all.get(DossierStep.CELL_RESOLUTION);       // 06/04/2026
        LocalDate committee = all.get(DossierStep.COMMITTEE_RESOLUTION);
        assertNull(CandidateRules.checkAdmission(CandidateState.DOSSIER, all, committee, c, 60));
        String late = CandidateRules.checkAdmission(CandidateState.DOSSIER, all, c.plusWorkingDays(cell, 61), c, 60);
        assertTrue(late != null && late.contains("60 ngày làm việc"), late);
        assertTrue(refused(() -> CandidateRules.checkAdmission(CandidateState.DOSSIER, all, committee.minusDays(1), c, 60))
                .errors().containsKey("decisionDate"));
        assertTrue(refused(() -> CandidateRules.checkAdmission(CandidateState.DOSSIER,
                upTo(DossierStep.CELL_RESOLUTION, LocalDate.of(2026, 3, 2)), committee, c, 60)).getMessage()
                .contains("8-KNĐ"));
        assertTrue(refused(() -> CandidateRules.checkAdmission(CandidateState.DOSSIER, all, LocalDate.of(2027, 3, 3), c, 60))
                .errors().get("decisionDate").contains("12 tháng"));
        refused(() -> CandidateRules.checkAdmission(CandidateState.ADMITTED, all, committee, c, 60));
    }
}
