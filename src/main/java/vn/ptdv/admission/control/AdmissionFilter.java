package vn.ptdv.admission.control;

import vn.ptdv.admission.api.Gender;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.Occupation;
import vn.ptdv.admission.api.ProfessionalQualification;
import vn.ptdv.admission.entity.AdmissionStatus;

/** Filters of the admission list; null means "any". */
public record AdmissionFilter(String organizationCode, Integer year, Gender gender, String ethnicityCode, Boolean minority,
                              Occupation occupation, GeneralEducation generalEducation,
                              ProfessionalQualification professionalQualification, String name, AdmissionStatus status,
                              WarningFilter warning) {

    public AdmissionFilter(String organizationCode, Integer year, Gender gender, String ethnicityCode, Boolean minority,
                           Occupation occupation, GeneralEducation generalEducation,
                           ProfessionalQualification professionalQualification, String name, AdmissionStatus status) {
        this(organizationCode, year, gender, ethnicityCode, minority, occupation, generalEducation,
                professionalQualification, name, status, null);
    }

    /** Only admissions with a warning: of this code, or of any code when {@code code} is null. */
    public record WarningFilter(vn.ptdv.admission.api.WarningCode code) {
    }
}
