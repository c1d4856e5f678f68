package vn.ptdv.admission.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.ptdv.admission.control.FigureDelta.Facts;
import vn.ptdv.admission.control.FigureDelta.Key;

class FigureDeltaTest {

    private static final String PROVINCE = "00000001/";
    private static final String DISTRICT = PROVINCE + "00000002/";
    private static final String CELL = DISTRICT + "00000003/";

    private static Facts facts(String path, LocalDate decided, LocalDate born, String occupation) {
        return new Facts(path, true, decided, born, true, true, false, occupation, true, "UPPER_SECONDARY",
                "UNIVERSITY", "NONE");
    }

    @Test
    void anAdmissionCountsUnderEveryAncestorPrefixAndOnceAsItsOwnRecord() {
        TreeMap<Key, long[]> d = FigureDelta.change(null,
                facts(CELL, LocalDate.of(2024, 3, 5), LocalDate.of(2000, 1, 1), "PUPIL_STUDENT"));
        assertEquals(List.of(PROVINCE, DISTRICT, CELL, CELL), d.keySet().stream().map(Key::prefix).toList());
        assertEquals(List.of(false, false, false, true), d.keySet().stream().map(Key::exact).toList());
        for (Key k : d.keySet()) {
            assertEquals(202403, k.month());
            assertEquals(PROVINCE, k.root());
            // admitted, women, minorities, religious, pupils/students, private units, youth union, youth band
            assertArrayEquals(new long[] {1, 1, 1, 0, 1, 0, 1, 1}, d.get(k));
        }
        assertEquals(3, d.firstKey().depth() + 2);
    }

    @Test
    void aCorrectionMovesTheCountsAndLeavesUnchangedKeysOut() {
        Facts before = facts(CELL, LocalDate.of(2024, 3, 5), LocalDate.of(2000, 1, 1), "FARMER");
        Facts after = facts(DISTRICT + "00000009/", LocalDate.of(2024, 3, 5), LocalDate.of(2000, 1, 1), "FARMER");
        TreeMap<Key, long[]> d = FigureDelta.change(before, after);
        // the province and the district count the same admission before and after: no delta there
        assertEquals(List.of(CELL, CELL, DISTRICT + "00000009/", DISTRICT + "00000009/"),
                d.keySet().stream().map(Key::prefix).toList());
        assertEquals(-1, d.get(d.firstKey())[0]);
        assertEquals(1, d.get(d.lastKey())[0]);
    }

    @Test
    void theYouthBandIsDecidedOnTheDecisionDay() {
        LocalDate born = LocalDate.of(1993, 6, 15);
        // 30 until the day before the 31st birthday
        assertEquals(1, FigureDelta.change(null, facts(CELL, LocalDate.of(2024, 6, 14), born, "FARMER"))
                .firstEntry().getValue()[7]);
        assertEquals(0, FigureDelta.change(null, facts(CELL, LocalDate.of(2024, 6, 15), born, "FARMER"))
                .firstEntry().getValue()[7]);
    }

    @Test
    void aWithdrawalRemovesWhatTheAdmissionAddedAndAWithdrawnOneAddsNothing() {
        Facts f = facts(CELL, LocalDate.of(2023, 12, 31), LocalDate.of(1990, 1, 1), "PRIVATE_ECONOMIC_UNIT");
        TreeMap<Key, long[]> sum = FigureDelta.empty();
        FigureDelta.add(sum, f, 1);
        FigureDelta.change(f, null).forEach((k, v) -> {
            for (int i = 0; i < v.length; i++) {
                sum.get(k)[i] += v[i];
            }
        });
        assertTrue(sum.values().stream().allMatch(FigureDelta::zero));
        Facts withdrawn = new Facts(CELL, false, f.decisionDate(), f.birthDate(), false, false, false, "FARMER", false,
                "NONE", "NONE", "NONE");
        assertTrue(FigureDelta.change(null, withdrawn).isEmpty());
    }

    @Test
    void aPeriodSplitsIntoWholeMonthsAndPartialEdges() {
        var year = AdmissionFiguresRepository.MonthSpan.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertEquals(202401, year.fromMonth());
        assertEquals(202412, year.toMonth());
        assertTrue(year.edges().isEmpty());
        var toDate = AdmissionFiguresRepository.MonthSpan.of(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 3, 10));
        assertEquals(202402, toDate.fromMonth());
        assertEquals(202402, toDate.toMonth());
        assertEquals(List.of(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 31), LocalDate.of(2024, 3, 1),
                        LocalDate.of(2024, 3, 10)),
                toDate.edges().stream().flatMap(e -> java.util.stream.Stream.of(e[0], e[1])).toList());
        var inside = AdmissionFiguresRepository.MonthSpan.of(LocalDate.of(2024, 2, 2), LocalDate.of(2024, 2, 20));
        assertTrue(!inside.hasMonths());
        assertEquals(1, inside.edges().size());
    }

    @Test
    void theVerificationListsEveryKeyThatDiffers() {
        TreeMap<Key, long[]> expected = FigureDelta.change(null,
                facts(CELL, LocalDate.of(2024, 3, 5), LocalDate.of(2000, 1, 1), "FARMER"));
        TreeMap<Key, long[]> maintained = FigureDelta.empty();
        expected.forEach((k, v) -> maintained.put(k, v.clone()));
        assertEquals(0, FigureVerification.compare("X", expected, maintained).differenceCount());
        maintained.get(maintained.firstKey())[1] = 5;
        maintained.put(new Key(CELL, true, 202401, "NONE", "NONE", "NONE"), new long[8]);
        var r = FigureVerification.compare("X", expected, maintained);
        assertEquals(1, r.differenceCount());
        assertEquals(PROVINCE, r.differences().get(0).key().prefix());
    }
}
