package vn.ptdv.admission.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.NewAdmission;
import vn.ptdv.admission.api.Occupation;
import vn.ptdv.admission.api.PoliticalTheory;
import vn.ptdv.admission.api.ProfessionalQualification;

class AdmissionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 12, 31);
    private static final LocalDate DECISION = LocalDate.of(2024, 6, 15);
    private final AdmissionRules rules = new AdmissionRules(AdmissionRuleSettings.defaults());

    private static NewAdmission admission(LocalDate birth, GeneralEducation edu, ProfessionalQualification q,
                                          LocalDate decision, LocalDate ceremony, boolean older, boolean area) {
        return new NewAdmission("Cư Seo Mười", Gender.MALE, birth, "08", "Tin Lành", edu, q, PoliticalTheory.NONE,
                Occupation.FARMER, true, "LC-BT-PH-AN", "12-QĐ/HU", decision, ceremony, older, area);
    }

    private static NewAdmission born(LocalDate birth) {
        return admission(birth, GeneralEducation.LOWER_SECONDARY, ProfessionalQualification.NONE, DECISION, DECISION.plusDays(10), false, false);
    }

    private Map<String, String> errors(NewAdmission a) {
        return rules.check(a, TODAY).errors();
    }

    @Test
    void aValidAdmissionHasNoErrors() {
        assertTrue(errors(born(LocalDate.of(1995, 3, 1))).isEmpty());
    }

    @Test
    void ageIsCountedInFullMonths() {
        assertEquals(216, AdmissionRules.ageInMonths(LocalDate.of(2006, 6, 15), DECISION));
        assertEquals(215, AdmissionRules.ageInMonths(LocalDate.of(2006, 6, 16), DECISION));
        assertEquals(720, AdmissionRules.ageInMonths(LocalDate.of(1964, 6, 15), DECISION));
    }

    @Test
    void eighteenOnTheDecisionDayIsOldEnoughOneDayLessIsNot() {
        assertTrue(errors(born(LocalDate.of(2006, 6, 15))).isEmpty());
        Map<String, String> e = errors(born(LocalDate.of(2006, 6, 16)));
        assertTrue(e.get("birthDate").contains("đủ 18 tuổi"), e.toString());
        assertTrue(e.get("birthDate").contains("17 tuổi 11 tháng"), e.toString());
    }

    @Test
    void sixtyFullYearsIsAllowedSixtyAndAMonthNeedsTheException() {
        assertTrue(errors(born(LocalDate.of(1964, 6, 15))).isEmpty());
        // 60 years 0 months and some days still counts as 720 full months
        assertTrue(errors(born(LocalDate.of(1964, 5, 20))).isEmpty());
        Map<String, String> e = errors(born(LocalDate.of(1964, 5, 15)));
        assertTrue(e.get("birthDate").contains("không quá 60 tuổi"), e.toString());
        NewAdmission withException = admission(LocalDate.of(1960, 1, 1), GeneralEducation.LOWER_SECONDARY,
                ProfessionalQualification.NONE, DECISION, null, true, false);
        assertTrue(errors(withException).isEmpty());
    }

    @Test
    void primaryEducationNeedsTheAreaException() {
        NewAdmission primary = admission(LocalDate.of(1990, 1, 1), GeneralEducation.PRIMARY, ProfessionalQualification.NONE,
                DECISION, null, false, false);
        assertTrue(errors(primary).get("generalEducation").contains("educationAreaException"));
        NewAdmission excepted = admission(LocalDate.of(1990, 1, 1), GeneralEducation.PRIMARY, ProfessionalQualification.NONE,
                DECISION, null, false, true);
        assertTrue(errors(excepted).isEmpty());
    }

    @Test
    void theExceptionFloorIsConfigurable() {
        AdmissionRules strict = new AdmissionRules(new AdmissionRuleSettings(216, 720, GeneralEducation.UPPER_SECONDARY,
                GeneralEducation.LOWER_SECONDARY, 12));
        NewAdmission primary = admission(LocalDate.of(1990, 1, 1), GeneralEducation.PRIMARY, ProfessionalQualification.NONE,
                DECISION, null, false, true);
        assertTrue(strict.check(primary, TODAY).errors().get("generalEducation").contains("Kể cả trường hợp ngoại lệ"));
        NewAdmission lower = admission(LocalDate.of(1990, 1, 1), GeneralEducation.LOWER_SECONDARY, ProfessionalQualification.NONE,
                DECISION, null, false, false);
        assertTrue(strict.check(lower, TODAY).has("generalEducation"));
    }

    @Test
    void aDegreeNeedsUpperSecondary() {
        NewAdmission a = admission(LocalDate.of(1990, 1, 1), GeneralEducation.LOWER_SECONDARY, ProfessionalQualification.UNIVERSITY,
                DECISION, null, false, false);
        assertTrue(errors(a).containsKey("generalEducation"));
    }

    @Test
    void datesMustBeInOrder() {
        NewAdmission ceremonyFirst = admission(LocalDate.of(1990, 1, 1), GeneralEducation.UPPER_SECONDARY,
                ProfessionalQualification.NONE, DECISION, DECISION.minusDays(1), false, false);
        assertTrue(errors(ceremonyFirst).containsKey("ceremonyDate"));
        NewAdmission sameDay = admission(LocalDate.of(1990, 1, 1), GeneralEducation.UPPER_SECONDARY,
                ProfessionalQualification.NONE, DECISION, DECISION, false, false);
        assertTrue(errors(sameDay).isEmpty());
        NewAdmission bornAfter = born(DECISION.plusDays(1));
        assertTrue(errors(bornAfter).get("birthDate").contains("trước ngày quyết định"));
        NewAdmission future = admission(LocalDate.of(1990, 1, 1), GeneralEducation.UPPER_SECONDARY,
                ProfessionalQualification.NONE, TODAY.plusDays(1), null, false, false);
        assertTrue(errors(future).containsKey("decisionDate"));
    }

    @Test
    void requiredFieldsAndCodesAreReported() {
        NewAdmission empty = new NewAdmission(" ", null, null, "99", null, null, null, null, null, false, null, null, null,
                null, false, false);
        Map<String, String> e = errors(empty);
        for (String field : new String[] {"fullName", "gender", "birthDate", "ethnicityCode", "generalEducation",
                "professionalQualification", "occupation", "organizationCode", "decisionNumber", "decisionDate"}) {
            assertTrue(e.containsKey(field), field + " in " + e);
        }
        assertTrue(e.get("ethnicityCode").contains("'99'"));
    }

    @Test
    void namesWithDigitsAreRefused() {
        NewAdmission a = new NewAdmission("Nguyễn Văn 2", Gender.MALE, LocalDate.of(1990, 1, 1), "01", null,
                GeneralEducation.UPPER_SECONDARY, ProfessionalQualification.NONE, PoliticalTheory.NONE, Occupation.WORKER,
                false, "LC", "1-QĐ/TU", DECISION, null, false, false);
        assertTrue(errors(a).containsKey("fullName"));
        assertFalse(errors(born(LocalDate.of(1990, 1, 1))).containsKey("fullName"));
    }
}
