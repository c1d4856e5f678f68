package vn.ptdv.demo;

import java.time.LocalDate;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.Occupation;
import vn.ptdv.admission.api.PoliticalTheory;
import vn.ptdv.admission.api.ProfessionalQualification;

/**
 * One admission (kết nạp) as the admission module records it. {@code organizationCode} is the admitting chi bộ (a cell
 * or a grassroots cell); {@code religion} is null for none; {@code ethnicityCode} is a 1019/QĐ-TCTK-2008 code.
 */
public record AdmissionSeed(
        String fullName,
        Gender gender,
        LocalDate birthDate,
        String ethnicityCode,
        String religion,
        GeneralEducation generalEducation,
        ProfessionalQualification professionalQualification,
        PoliticalTheory politicalTheory,
        Occupation occupation,
        boolean youthUnionMember,
        String organizationCode,
        String decisionNumber,
        LocalDate decisionDate,
        LocalDate ceremonyDate,
        boolean educationAreaException) {
}
