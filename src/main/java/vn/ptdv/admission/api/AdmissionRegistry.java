package vn.ptdv.admission.api;

import java.time.LocalDate;
import java.util.List;

/** Bulk writes for loaders (demo data, imports). Each call is one transaction: all rows or none. */
public interface AdmissionRegistry {

    /** Registers yearly targets (chỉ tiêu kết nạp đăng ký). */
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
