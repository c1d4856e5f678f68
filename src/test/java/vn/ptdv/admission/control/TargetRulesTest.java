package vn.ptdv.admission.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Chỉ tiêu kết nạp: yearly counts, term spans, one row per organisation and year in an import. */
class TargetRulesTest {

    @Test
    void aYearlyTargetIsFromZeroToAHundredThousand() {
        assertTrue(TargetRules.yearly(0).isEmpty());
        assertTrue(TargetRules.yearly(100_000).isEmpty());
        assertEquals("Chỉ tiêu kết nạp không được âm.", TargetRules.yearly(-1).errors().get("admissions"));
        assertEquals("Chỉ tiêu kết nạp quá lớn.", TargetRules.yearly(100_001).errors().get("admissions"));
    }

    @Test
    void aTermRunsForwardForAtMostTenYears() {
        assertTrue(TargetRules.term(2020, 2025, 600).isEmpty());
        assertTrue(TargetRules.term(2020, 2030, 0).isEmpty());
        assertEquals(Set.of("toYear"), TargetRules.term(2025, 2020, 1).errors().keySet());
        assertEquals("Nhiệm kỳ dài tối đa 10 năm.", TargetRules.term(2020, 2031, 1).errors().get("toYear"));
        assertEquals(Set.of("admissions"), TargetRules.term(2020, 2025, -5).errors().keySet());
    }

    @Test
    void anImportNamesAnOrganisationAndYearOnce() {
        TargetRules.Seen seen = new TargetRules.Seen(i -> "dòng " + (i + 2));
        assertNull(seen.repeated(0, "LC-BT", 2025));
        assertNull(seen.repeated(1, "LC-BT", 2026));
        assertNull(seen.repeated(2, "LC-VB", 2025));
        assertEquals("Chỉ tiêu của LC-BT năm 2025 trùng với dòng 2.", seen.repeated(3, "LC-BT", 2025));
    }
}
