package vn.ptdv.admission.api;

import java.time.LocalDate;
import java.util.List;

/** Bulk writes for loaders (demo data, imports). Each call is one transaction: all rows or none. */
public interface AdmissionRegistry {

    /**
     * Registers yearly targets (chỉ tiêu kết nạp đăng ký) of organisations that have none for that year yet, each on
     * the record standing for its code in the year (system callers only: the loaders).
     */
    void registerTargets(List<TargetRecord> targets);

    /** Registers term targets (chỉ tiêu nhiệm kỳ). */
    void registerTermTargets(List<TermTargetRecord> targets);

    /** Records admissions after checking every rule; the first invalid one rejects the whole batch. */
    int recordAll(List<NewAdmission> admissions);

    /**
     * Records the consideration and decision at the end of the probation of recorded admissions (named by their
     * decision numbers), each checked by the rules a user's would be; the first invalid one rejects the whole batch.
     */
    int recordProbationReviews(List<ProbationRecord> reviews);

    /**
     * Puts candidates in their cells' pools and takes each through its awareness step, its dossier steps (in order, by
     * the rules a user's would be) and its stop; the first invalid one rejects the whole batch.
     */
    int recordCandidates(List<CandidateRecord> candidates);

    /**
     * A candidate of a loader: the person, the cell, the date added, the helpers; the reason recorded for the awareness
     * step (null: none yet), the dates of the dossier steps taken in order (the sixth is the cell's resolution, with
     * its votes), a stop with its reason.
     */
    record CandidateRecord(String fullName, Gender gender, LocalDate birthDate, String ethnicityCode,
                           GeneralEducation generalEducation, ProfessionalQualification professionalQualification,
                           Occupation occupation, boolean youthUnionMember, String organizationCode, LocalDate addedOn,
                           String helpers, String awarenessOverride, List<LocalDate> steps, Integer votesFor,
                           Integer officialMembers, LocalDate stoppedOn, String stopReason) {
    }

    /**
     * Xét công nhận: the admission's decision number, the cell's resolution (date, votes for, official members, the
     * explanation when late) and, when decided, the committee's decision ({@code outcome} RECOGNISED or REMOVED).
     */
    record ProbationRecord(String admissionDecisionNumber, LocalDate considerationDate, int votesFor, int officialMembers,
                           String explanation, String decisionNumber, LocalDate decisionDate, String outcome,
                           String reason) {
    }

    /** A yearly target. */
    record TargetRecord(String organizationCode, int year, int admissions) {
    }

    /** A term target over fromYear–toYear. */
    record TermTargetRecord(String organizationCode, int fromYear, int toYear, int admissions) {
    }
}
