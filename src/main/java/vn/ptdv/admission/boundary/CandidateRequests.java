package vn.ptdv.admission.boundary;

import java.time.LocalDate;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.Occupation;
import vn.ptdv.admission.api.PoliticalTheory;
import vn.ptdv.admission.api.ProfessionalQualification;
import vn.ptdv.admission.control.CandidateService;

/** The bodies of {@code /candidates}: classes with public fields (see RequestBodies). */
public final class CandidateRequests {

    private CandidateRequests() {
    }

    /** A new candidate: the person, the cell that proposes, the date added, the party members who help. */
    public static final class NewCandidate {
        public String fullName;
        public Gender gender;
        public LocalDate birthDate;
        public String ethnicityCode;
        public String religion;
        public GeneralEducation generalEducation;
        public ProfessionalQualification professionalQualification;
        public Occupation occupation;
        public Boolean youthUnionMember;
        public String organizationCode;
        public LocalDate addedOn;
        /** Đảng viên được phân công giúp đỡ (names). */
        public String helpers;

        CandidateService.NewCandidate toNew() {
            return new CandidateService.NewCandidate(fullName, gender, birthDate, ethnicityCode, religion, generalEducation,
                    professionalQualification, occupation, youthUnionMember, organizationCode, addedOn, helpers);
        }
    }

    /** The awareness course: the certificate's number, or the reason to go on without one. */
    public static final class Awareness {
        public String certificateNumber;
        public String overrideReason;
    }

    /** A dossier step's date; the cell's resolution with its votes. */
    public static final class Step {
        public LocalDate date;
        public Integer votesFor;
        public Integer officialMembers;
    }

    /** A reason (renewal of the dossier, stop) and the date of a stop. */
    public static final class Reason {
        public String reason;
        public LocalDate date;
    }

    /** The admission decision of the candidate. */
    public static final class Admit {
        public String decisionNumber;
        public LocalDate decisionDate;
        public LocalDate ceremonyDate;
        public PoliticalTheory politicalTheory;
        public Boolean educationAreaException;

        CandidateService.Admit toAdmit() {
            return new CandidateService.Admit(decisionNumber, decisionDate, ceremonyDate, politicalTheory,
                    Boolean.TRUE.equals(educationAreaException));
        }
    }
}
