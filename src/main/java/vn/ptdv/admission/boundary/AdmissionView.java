package vn.ptdv.admission.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.Occupation;
import vn.ptdv.admission.api.PoliticalTheory;
import vn.ptdv.admission.api.ProfessionalQualification;
import vn.ptdv.admission.control.AdmissionWarnings;
import vn.ptdv.admission.entity.Admission;
import vn.ptdv.admission.entity.CertificateStatus;
import vn.ptdv.admission.entity.AdmissionStatus;
import vn.ptdv.shared.Ethnicities;

/** An admission record on the wire. */
@JsonbNillable
@JsonbPropertyOrder({"id", "fullName", "gender", "birthDate", "ethnicityCode", "ethnicityName", "religion"})
public record AdmissionView(long id, String fullName, Gender gender, LocalDate birthDate, String ethnicityCode,
                            String ethnicityName, boolean minority, String religion, GeneralEducation generalEducation,
                            ProfessionalQualification professionalQualification, PoliticalTheory politicalTheory,
                            Occupation occupation, boolean youthUnionMember, String organizationCode,
                            String decisionNumber, LocalDate decisionDate, LocalDate ceremonyDate, LocalDate probationEndDate,
                            boolean olderApplicantException, boolean educationAreaException,
                            String awarenessCertificateNumber, LocalDate awarenessCertificateIssuedOn,
                            CertificateStatus awarenessCertificateStatus, String certificateOverrideReason,
                            String newMemberCertificateNumber, LocalDate newMemberCertificateIssuedOn,
                            List<AdmissionWarnings.Warning> warnings, AdmissionStatus status, int version) {

    public static AdmissionView of(Admission a) {
        return new AdmissionView(a.getId(), a.getFullName(), a.getGender(), a.getBirthDate(), a.getEthnicityCode(),
                Ethnicities.name(a.getEthnicityCode()).orElse(null), a.isMinority(), a.getReligion(),
                a.getGeneralEducation(), a.getProfessionalQualification(), a.getPoliticalTheory(), a.getOccupation(),
                a.isYouthUnionMember(), a.getOrganizationCode(), a.getDecisionNumber(), a.getDecisionDate(),
                a.getCeremonyDate(), a.getProbationEnd(), a.isOlderApplicantException(), a.isEducationAreaException(),
                a.getAwarenessCertNumber(), a.getAwarenessCertIssuedOn(), a.getAwarenessCertStatus(),
                a.getCertOverrideReason(), a.getNewMemberCertNumber(), a.getNewMemberCertIssuedOn(),
                AdmissionWarnings.of(a, LocalDate.now()), a.getStatus(), a.getVersion());
    }
}
