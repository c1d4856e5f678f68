package vn.ptdv.admission.api;

import java.time.LocalDate;

/**
 * Hồ sơ kết nạp: what it takes to record an admission. {@code religion} is a name or code, null or "Không" for none.
 * {@code olderApplicantException}: admitted over 60 with the written agreement of the Ban Thường vụ Tỉnh ủy.
 * {@code educationAreaException}: mountain, border or ethnic-minority area where primary education suffices.
 */
public record NewAdmission(String fullName, Gender gender, LocalDate birthDate, String ethnicityCode, String religion,
                           GeneralEducation generalEducation, ProfessionalQualification professionalQualification,
                           PoliticalTheory politicalTheory, Occupation occupation, boolean youthUnionMember,
                           String organizationCode, String decisionNumber, LocalDate decisionDate, LocalDate ceremonyDate,
                           boolean olderApplicantException, boolean educationAreaException) {
}
