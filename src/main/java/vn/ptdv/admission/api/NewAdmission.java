package vn.ptdv.admission.api;

import java.time.LocalDate;

/**
 * Hồ sơ kết nạp: what it takes to record an admission. {@code religion} is a name or code, null or "Không" for none.
 * {@code olderApplicantException}: admitted over 60 with the written agreement of the Ban Thường vụ Tỉnh ủy.
 * {@code educationAreaException}: mountain, border or ethnic-minority area where primary education suffices.
 * {@code awarenessCertificateNumber}: the number of the awareness-course certificate (mẫu CN-NTVĐ), checked against the
 * training records; {@code certificateOverrideReason}: when not blank, an admission without a valid certificate is
 * accepted with this reason (kept in the history, shown as a warning).
 */
public record NewAdmission(String fullName, Gender gender, LocalDate birthDate, String ethnicityCode, String religion,
                           GeneralEducation generalEducation, ProfessionalQualification professionalQualification,
                           PoliticalTheory politicalTheory, Occupation occupation, boolean youthUnionMember,
                           String organizationCode, String decisionNumber, LocalDate decisionDate, LocalDate ceremonyDate,
                           boolean olderApplicantException, boolean educationAreaException,
                           String awarenessCertificateNumber, String certificateOverrideReason) {

    /** Without a certificate number nor an override: such an admission is refused (kept for callers' convenience). */
    public NewAdmission(String fullName, Gender gender, LocalDate birthDate, String ethnicityCode, String religion,
                        GeneralEducation generalEducation, ProfessionalQualification professionalQualification,
                        PoliticalTheory politicalTheory, Occupation occupation, boolean youthUnionMember,
                        String organizationCode, String decisionNumber, LocalDate decisionDate, LocalDate ceremonyDate,
                        boolean olderApplicantException, boolean educationAreaException) {
        this(fullName, gender, birthDate, ethnicityCode, religion, generalEducation, professionalQualification,
                politicalTheory, occupation, youthUnionMember, organizationCode, decisionNumber, decisionDate, ceremonyDate,
                olderApplicantException, educationAreaException, null, null);
    }

    /** The same admission with this certificate number and override reason. */
    public NewAdmission withCertificate(String number, String overrideReason) {
        return new NewAdmission(fullName, gender, birthDate, ethnicityCode, religion, generalEducation,
                professionalQualification, politicalTheory, occupation, youthUnionMember, organizationCode, decisionNumber,
                decisionDate, ceremonyDate, olderApplicantException, educationAreaException, number, overrideReason);
    }
}
