package vn.ptdv.demo;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ptdv.admission.api.AdmissionRegistry.ProbationRecord;
import vn.ptdv.admission.control.ProbationRules;
import vn.ptdv.admission.entity.ProbationOutcome;
import vn.ptdv.calendar.WorkingCalendarTest;
import vn.ptdv.calendar.api.WorkingCalendar;

/** The demo's considerations: every one passes the rules; the shares of late, removed and pending are as planned. */
class LaoCaiProbationsTest {

    static DemoDataset data;
    static WorkingCalendar calendar;
    static List<ProbationRecord> plan;

    @BeforeAll
    static void generate() throws IOException {
        data = LaoCaiDemoGenerator.generate();
        calendar = WorkingCalendarTest.shipped();
        plan = LaoCaiProbations.plan(data.admissions(), calendar, LaoCaiProbations.AS_OF);
    }

    @Test
    void everyRecordPassesTheRulesOnTheShippedCalendar() {
        Map<String, AdmissionSeed> byNumber = data.admissions().stream()
                .collect(Collectors.toMap(AdmissionSeed::decisionNumber, Function.identity()));
        for (ProbationRecord r : plan) {
            AdmissionSeed a = byNumber.get(r.admissionDecisionNumber());
            LocalDate end = a.ceremonyDate().plusMonths(12);
            LocalDate deadline = ProbationRules.deadline(calendar, end, 30);
            assertDoesNotThrow(() -> ProbationRules.check(new ProbationRules.Input(r.considerationDate(), r.votesFor(),
                    r.officialMembers(), r.explanation(), r.decisionNumber(), r.decisionDate(),
                    ProbationOutcome.valueOf(r.outcome()), r.reason()),
                    new ProbationRules.Facts(false, end, deadline, 30, null, null, LaoCaiProbations.AS_OF)), r.toString());
            assertEquals(r.explanation() != null, r.considerationDate().isAfter(deadline), r.toString());
        }
    }

    @Test
    void mostAreRecognisedOnTimeSomeLateAFewRemovedAndSomeOf2024Pending() {
        long ended = data.admissions().stream().filter(a -> a.ceremonyDate() != null).count();
        long removed = plan.stream().filter(r -> r.outcome().equals("REMOVED")).count();
        long late = plan.stream().filter(r -> r.explanation() != null).count();
        long pending = ended - plan.size();
        assertTrue(removed > ended / 60 && removed < ended / 20, "removed " + removed + " of " + ended);
        assertTrue(late > ended / 20 && late < ended / 7, "late " + late + " of " + ended);
        assertTrue(pending > 0 && pending < ended / 100, "pending " + pending);
        // the pending ones are of the 2024 cohort only; every decision number of a committee's year is used once
        Set<String> considered = plan.stream().map(ProbationRecord::admissionDecisionNumber).collect(Collectors.toSet());
        assertTrue(data.admissions().stream().filter(a -> a.ceremonyDate() != null && !considered.contains(a.decisionNumber()))
                .allMatch(a -> a.ceremonyDate().getYear() == 2024));
        Set<String> numbers = new HashSet<>();
        plan.forEach(r -> assertTrue(numbers.add(r.decisionDate().getYear() + " " + r.decisionNumber()), r.toString()));
        assertEquals(plan, LaoCaiProbations.plan(data.admissions(), calendar, LaoCaiProbations.AS_OF), "deterministic");
    }
}
