package vn.ptdv.admission.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ptdv.admission.entity.ProbationOutcome;
import vn.ptdv.calendar.api.WorkingCalendar;
import vn.ptdv.platform.rest.ProblemException;

/** The consideration and recognition rules: two thirds, the working-day limit, order of dates, final decisions. */
class ProbationRulesTest {

    static final LocalDate END = LocalDate.of(2026, 2, 10);          // probation ends Tuesday 10/02/2026
    static final WorkingCalendar TET_2026 = new WorkingCalendar(Map.of(
            LocalDate.of(2026, 2, 16), false, LocalDate.of(2026, 2, 17), false, LocalDate.of(2026, 2, 18), false,
            LocalDate.of(2026, 2, 19), false, LocalDate.of(2026, 2, 20), false), Set.of(2026));
    static final LocalDate DEADLINE = ProbationRules.deadline(TET_2026, END, 30);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    static ProbationRules.Facts facts() {
        return new ProbationRules.Facts(false, END, DEADLINE, 30, null, null, TODAY);
    }

    static ProbationRules.Input recognised(LocalDate considered, int votes, int members, String explanation) {
        return new ProbationRules.Input(considered, votes, members, explanation, "15-QĐ/ĐU", considered.plusDays(10),
                ProbationOutcome.RECOGNISED, null);
    }

    static Map<String, String> errors(ProbationRules.Input in, ProbationRules.Facts f) {
        ProblemException e = assertThrows(ProblemException.class, () -> ProbationRules.check(in, f));
        return e.errors();
    }

    static int status(ProbationRules.Input in, ProbationRules.Facts f) {
        return assertThrows(ProblemException.class, () -> ProbationRules.check(in, f)).type().status();
    }

    @Test
    void theLimitIsThirtyWorkingDaysAndTetDoesNotCount() {
        // 30 working days after 10/02/2026 with Tết 16–20/02 off: 31/03/2026 (a week later than weekends only)
        assertEquals(LocalDate.of(2026, 3, 31), DEADLINE);
        assertEquals(LocalDate.of(2026, 3, 24), ProbationRules.deadline(WorkingCalendar.weekendsOnly(), END, 30));
    }

    @Test
    void twoThirdsOfTheOfficialMembers() {
        assertTrue(ProbationRules.twoThirds(2, 3));
        assertFalse(ProbationRules.twoThirds(1, 3));
        assertTrue(ProbationRules.twoThirds(10, 15));
        assertFalse(ProbationRules.twoThirds(9, 14));   // 9/14 = 64,3 %
        assertTrue(ProbationRules.twoThirds(10, 14));
        assertEquals(10, ProbationRules.minimumVotes(14));
        assertEquals(2, ProbationRules.minimumVotes(3));
        assertEquals(4, ProbationRules.minimumVotes(6));
        assertFalse(ProbationRules.twoThirds(0, 0));
        for (int n = 1; n < 200; n++) {
            int min = ProbationRules.minimumVotes(n);
            assertTrue(ProbationRules.twoThirds(min, n) && !ProbationRules.twoThirds(min - 1, n), "n=" + n);
        }
    }

    @Test
    void onTimeWithTwoThirdsIsRecognised() {
        assertDoesNotThrow(() -> ProbationRules.check(recognised(LocalDate.of(2026, 3, 31), 10, 14, null), facts()));
        // considered only, decision later
        assertDoesNotThrow(() -> ProbationRules.check(new ProbationRules.Input(LocalDate.of(2026, 2, 12), 3, 3, null,
                null, null, null, null), facts()));
    }

    @Test
    void fewerThanTwoThirdsIsNotARecognition() {
        Map<String, String> e = errors(recognised(LocalDate.of(2026, 3, 2), 9, 14, null), facts());
        assertTrue(e.get("votesFor").contains("hai phần ba") && e.get("votesFor").contains("9/14")
                && e.get("votesFor").contains("ít nhất 10"), e.toString());
        // the same votes may remove, with a reason
        assertDoesNotThrow(() -> ProbationRules.check(new ProbationRules.Input(LocalDate.of(2026, 3, 2), 9, 14, null,
                "16-QĐ/ĐU", LocalDate.of(2026, 3, 10), ProbationOutcome.REMOVED, "Không đủ tư cách đảng viên"), facts()));
    }

    @Test
    void laterThanTheLimitNeedsAnExplanation() {
        Map<String, String> e = errors(recognised(LocalDate.of(2026, 4, 1), 3, 3, null), facts());
        assertTrue(e.get("explanation").contains("30 ngày làm việc") && e.get("explanation").contains("31/03/2026"), e.toString());
        assertDoesNotThrow(() -> ProbationRules.check(recognised(LocalDate.of(2026, 4, 1), 3, 3,
                "Công văn 12-CV/CB ngày 01/4/2026: đảng viên đi công tác dài ngày"), facts()));
    }

    @Test
    void theCellConsidersAfterTheProbationAndNotInTheFuture() {
        assertTrue(errors(recognised(LocalDate.of(2026, 2, 9), 3, 3, null), facts()).get("considerationDate")
                .contains("10/02/2026"));
        assertTrue(errors(recognised(LocalDate.of(2026, 12, 3), 3, 3, null), facts()).containsKey("considerationDate"));
    }

    @Test
    void votesAboveTheMembersAndADecisionBeforeTheResolutionAreRefused() {
        Map<String, String> e = errors(new ProbationRules.Input(LocalDate.of(2026, 3, 2), 5, 4, null, "1-QĐ",
                LocalDate.of(2026, 3, 1), ProbationOutcome.RECOGNISED, null), facts());
        assertTrue(e.get("votesFor").contains("không được lớn hơn"), e.toString());
        assertTrue(e.get("decisionDate").contains("không được trước"), e.toString());
        assertEquals(422, status(new ProbationRules.Input(LocalDate.of(2026, 3, 2), 5, 4, null, null, null, null, null),
                facts()));
    }

    @Test
    void aDecisionNeedsItsNumberDateAndOutcomeAndARemovalItsReason() {
        Map<String, String> e = errors(new ProbationRules.Input(LocalDate.of(2026, 3, 2), 3, 3, null, "2-QĐ", null,
                null, null), facts());
        assertTrue(e.containsKey("outcome") && e.containsKey("decisionDate"), e.toString());
        e = errors(new ProbationRules.Input(LocalDate.of(2026, 3, 2), 1, 3, null, "3-QĐ", LocalDate.of(2026, 3, 5),
                ProbationOutcome.REMOVED, " "), facts());
        assertTrue(e.get("reason").contains("lý do"), e.toString());
    }

    @Test
    void shapeErrorsAre400() {
        ProbationRules.Input empty = new ProbationRules.Input(null, null, 0, null, null, null, null, null);
        assertEquals(400, status(empty, facts()));
        Map<String, String> e = errors(empty, facts());
        assertTrue(e.containsKey("considerationDate") && e.containsKey("votesFor") && e.containsKey("officialMembers"));
    }

    @Test
    void withdrawnUndatedAndDecidedRecordsAreRefused() {
        var in = recognised(LocalDate.of(2026, 3, 2), 3, 3, null);
        assertTrue(errors(in, new ProbationRules.Facts(true, END, DEADLINE, 30, null, null, TODAY))
                .get("admission").contains("đã rút"));
        assertTrue(errors(in, new ProbationRules.Facts(false, null, null, 30, null, null, TODAY))
                .get("ceremonyDate").contains("lễ kết nạp"));
        assertTrue(errors(in, new ProbationRules.Facts(false, END, DEADLINE, 30, ProbationOutcome.RECOGNISED,
                LocalDate.of(2026, 3, 12), TODAY)).get("outcome").contains("12/03/2026"));
    }

    @Test
    void statusOnADay() {
        assertEquals(ProbationStatus.PROBATION, ProbationRules.status(END, DEADLINE, null, null, LocalDate.of(2026, 1, 10)));
        assertEquals(ProbationStatus.DUE, ProbationRules.status(END, DEADLINE, null, null, LocalDate.of(2026, 1, 11)));
        assertEquals(ProbationStatus.DUE, ProbationRules.status(END, DEADLINE, null, null, DEADLINE));
        assertEquals(ProbationStatus.OVERDUE, ProbationRules.status(END, DEADLINE, null, null, DEADLINE.plusDays(1)));
        assertEquals(ProbationStatus.CONSIDERED, ProbationRules.status(END, DEADLINE, DEADLINE, null, TODAY));
        assertEquals(ProbationStatus.RECOGNISED, ProbationRules.status(END, DEADLINE, DEADLINE, ProbationOutcome.RECOGNISED, TODAY));
        assertEquals(ProbationStatus.REMOVED, ProbationRules.status(END, DEADLINE, DEADLINE, ProbationOutcome.REMOVED, TODAY));
    }

    @Test
    void theOverdueCutoffSplitsEveryProbationEnd() {
        for (LocalDate today = LocalDate.of(2026, 1, 1); today.isBefore(LocalDate.of(2026, 6, 1)); today = today.plusDays(1)) {
            LocalDate cutoff = ProbationRules.overdueCutoff(TET_2026, today, 30);
            for (LocalDate end = cutoff.minusDays(10); end.isBefore(cutoff.plusDays(10)); end = end.plusDays(1)) {
                boolean overdue = today.isAfter(ProbationRules.deadline(TET_2026, end, 30));
                assertEquals(overdue, !end.isAfter(cutoff), "today " + today + " end " + end);
            }
        }
    }
}
