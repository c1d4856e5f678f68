package vn.ptdv.admission.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.NewAdmission;
import vn.ptdv.admission.api.Occupation;
import vn.ptdv.admission.api.ProfessionalQualification;

class AdmissionRuleBookTest {

    static AdmissionRuleBook book(Map<String, String> config) {
        return AdmissionRuleBook.fromConfiguration(k -> Optional.ofNullable(config.get(k)));
    }

    @Test
    void eachDateFallsUnderTheVersionInForceThen() {
        AdmissionRuleBook b = book(Map.of());
        assertEquals(List.of("2016", "2021", "2025-01", "2025-07"), b.versions().stream().map(AdmissionRuleBook.Version::code).toList());
        assertEquals("2016", b.on(LocalDate.of(2020, 12, 31)).code());
        assertEquals("2016", b.on(LocalDate.of(2021, 7, 29)).code());
        assertEquals("2021", b.on(LocalDate.of(2021, 7, 30)).code());
        assertEquals("2021", b.on(LocalDate.of(2024, 5, 20)).code());
        assertEquals("2025-01", b.on(LocalDate.of(2025, 1, 20)).code());
        assertEquals("2025-01", b.on(LocalDate.of(2025, 6, 30)).code());
        assertEquals("2025-07", b.on(LocalDate.of(2025, 7, 1)).code());
        assertEquals("2025-07", b.on(LocalDate.of(2026, 12, 2)).code());
        assertNull(b.versions().get(3).to(), "the current version is open-ended");
        assertNull(b.versions().get(0).from());
        assertEquals(LocalDate.of(2025, 6, 30), b.versions().get(2).to());
        assertTrue(b.versions().get(3).sources().contains("294-QĐ/TW") && b.versions().get(3).sources().contains("06-HD/TW"));
        assertTrue(b.versions().get(1).sources().contains("24-QĐ/TW") && b.versions().get(1).sources().contains("01-HD/TW"));
    }

    @Test
    void theUndatedKeyIsEveryVersionsValueAndAVersionKeyOverridesOnlyItsVersion() {
        AdmissionRuleBook b = book(Map.of("ptdv.rules.admission.probation-months", "12",
                "ptdv.rules.admission.min-age-months", "217",
                "ptdv.rules.admission.2025-07.min-age-months", "228",
                "ptdv.rules.admission.2025-07.min-general-education", "UPPER_SECONDARY",
                "ptdv.rules.admission.2021.awareness-certificate-validity-months", "48"));
        assertEquals(217, b.on(LocalDate.of(2024, 5, 20)).settings().minAgeMonths());
        assertEquals(228, b.on(LocalDate.of(2025, 7, 1)).settings().minAgeMonths());
        assertEquals(GeneralEducation.LOWER_SECONDARY, b.on(LocalDate.of(2025, 6, 30)).settings().minEducation());
        assertEquals(GeneralEducation.UPPER_SECONDARY, b.on(LocalDate.of(2025, 7, 1)).settings().minEducation());
        assertEquals(48, b.on(LocalDate.of(2024, 1, 1)).certificateValidityMonths());
        assertEquals(60, b.on(LocalDate.of(2025, 7, 1)).certificateValidityMonths());
        assertEquals(60, b.on(LocalDate.of(2025, 7, 1)).decisionWorkingDays());
        assertEquals(30, b.on(LocalDate.of(2025, 7, 1)).considerationWorkingDays());
    }

    @Test
    void aRecordIsCheckedByTheRulesOfItsDecisionDate() {
        AdmissionRuleBook b = book(Map.of("ptdv.rules.admission.2025-07.min-general-education", "UPPER_SECONDARY"));
        NewAdmission before = admission(LocalDate.of(2025, 6, 20));
        NewAdmission after = admission(LocalDate.of(2025, 7, 10));
        LocalDate today = LocalDate.of(2026, 12, 2);
        assertTrue(b.on(before.decisionDate()).rules().check(before, today).isEmpty(), "THCS is enough under 232-QĐ/TW");
        assertTrue(b.on(after.decisionDate()).rules().check(after, today).has("generalEducation"),
                "the configured 2025-07 minimum applies from 01/7/2025");
    }

    @Test
    void aMovedStartMovesThePreviousEndAndBadValuesNameTheirKey() {
        AdmissionRuleBook b = book(Map.of("ptdv.rules.admission.2025-07.effective-from", "2025-08-01"));
        assertEquals(LocalDate.of(2025, 7, 31), b.versions().get(2).to());
        assertEquals("2025-01", b.on(LocalDate.of(2025, 7, 15)).code());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> book(Map.of("ptdv.rules.admission.2021.probation-months", "mười hai")));
        assertTrue(e.getMessage().contains("ptdv.rules.admission.2021.probation-months"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> book(Map.of("ptdv.rules.admission.2025-07.effective-from", "1/7/2025")));
        assertTrue(e.getMessage().contains("effective-from"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> book(Map.of("ptdv.rules.admission.2025-01.effective-from", "2026-01-01")),
                "versions out of order");
    }

    private static NewAdmission admission(LocalDate decision) {
        return new NewAdmission("Giàng Thị Mai", Gender.FEMALE, LocalDate.of(1998, 4, 12), "08", null,
                GeneralEducation.LOWER_SECONDARY, ProfessionalQualification.NONE, null, Occupation.FARMER, false, "LC-X",
                "1-QĐ/ĐU", decision, null, false, false, "GCN-1", null);
    }
}
