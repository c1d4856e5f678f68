package vn.ptdv.admission.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.Occupation;
import vn.ptdv.admission.api.PoliticalTheory;
import vn.ptdv.admission.api.ProfessionalQualification;
import vn.ptdv.admission.api.WarningCode;
import vn.ptdv.admission.entity.Admission;
import vn.ptdv.admission.entity.AdmissionValues;

/** Warnings derived from an admission's stored columns. */
class AdmissionWarningsTest {

    private static final LocalDate CEREMONY = LocalDate.of(2024, 3, 1);

    private static Admission admission() {
        AdmissionValues v = new AdmissionValues("Cư Seo Mười", Gender.MALE, LocalDate.of(2000, 1, 1), "08", null,
                GeneralEducation.UPPER_SECONDARY, ProfessionalQualification.NONE, PoliticalTheory.NONE, Occupation.FARMER,
                false, "LC-BT-PH-AN", "1-QĐ/ĐU", CEREMONY.minusDays(10), CEREMONY, false, false);
        Admission a = new Admission(v, 1, "LC-BT-PH-AN", "1/2/", 12);
        a.awarenessCertificateVerified("NTVĐ-1", LocalDate.of(2023, 11, 17));
        return a;
    }

    private static List<WarningCode> codes(Admission a, LocalDate today) {
        return AdmissionWarnings.of(a, today).stream().map(AdmissionWarnings.Warning::code).toList();
    }

    @Test
    void aVerifiedAdmissionDuringProbationHasNoWarning() {
        assertEquals(List.of(), codes(admission(), LocalDate.of(2024, 6, 1)));
    }

    @Test
    void anOverrideIsAWarningWithItsReason() {
        Admission a = admission();
        a.awarenessCertificateOverridden(null, "Lớp bồi dưỡng bị hoãn do lũ");
        var w = AdmissionWarnings.of(a, LocalDate.of(2024, 6, 1));
        assertEquals(WarningCode.AWARENESS_CERTIFICATE_OVERRIDDEN, w.get(0).code());
        assertTrue(w.get(0).message().contains("Lớp bồi dưỡng bị hoãn do lũ"));
    }

    @Test
    void theNewMemberCourseIsDueThenMissingAfterProbationUnlessCertifiedWithinIt() {
        Admission a = admission();
        LocalDate end = CEREMONY.plusMonths(12);
        assertEquals(List.of(), codes(a, end.minusDays(61)));
        assertEquals(List.of(WarningCode.NEW_MEMBER_COURSE_DUE), codes(a, end.minusDays(60)));
        assertEquals(List.of(WarningCode.NEW_MEMBER_COURSE_DUE), codes(a, end));
        assertEquals(List.of(WarningCode.NEW_MEMBER_COURSE_MISSING), codes(a, end.plusDays(1)));
        a.newMemberCertificate("ĐVM-1", end.plusDays(1));
        assertEquals(List.of(WarningCode.NEW_MEMBER_COURSE_MISSING), codes(a, end.plusDays(2)), "after probation: too late");
        a.newMemberCertificate("ĐVM-1", end);
        assertEquals(List.of(), codes(a, end.plusDays(2)));
        assertTrue(WarningCode.NEW_MEMBER_COURSE_MISSING.violation() && !WarningCode.NEW_MEMBER_COURSE_DUE.violation());
    }
}
