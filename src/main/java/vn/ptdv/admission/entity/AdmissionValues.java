package vn.ptdv.admission.entity;

import java.time.LocalDate;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.Occupation;
import vn.ptdv.admission.api.PoliticalTheory;
import vn.ptdv.admission.api.ProfessionalQualification;

/** The checked, normalised values of an admission record (religion already normalised; text NFC). */
public record AdmissionValues(String fullName, Gender gender, LocalDate birthDate, String ethnicityCode, String religion,
                              GeneralEducation generalEducation, ProfessionalQualification professionalQualification,
                              PoliticalTheory politicalTheory, Occupation occupation, boolean youthUnionMember,
                              String organizationCode, String decisionNumber, LocalDate decisionDate,
                              LocalDate ceremonyDate, boolean olderApplicantException, boolean educationAreaException) {
}
