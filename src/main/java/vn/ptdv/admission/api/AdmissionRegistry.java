package vn.ptdv.admission.api;

import java.util.List;

/** Bulk writes for loaders (demo data, imports). Each call is one transaction: all rows or none. */
public interface AdmissionRegistry {

    /** Registers yearly targets (chỉ tiêu kết nạp đăng ký). */
    void registerTargets(List<TargetRecord> targets);

    /** Registers term targets (chỉ tiêu nhiệm kỳ). */
    void registerTermTargets(List<TermTargetRecord> targets);

    /** Records admissions after checking every rule; the first invalid one rejects the whole batch. */
    int recordAll(List<NewAdmission> admissions);

    /** A yearly target. */
    record TargetRecord(String organizationCode, int year, int admissions) {
    }

    /** A term target over fromYear–toYear. */
    record TermTargetRecord(String organizationCode, int fromYear, int toYear, int admissions) {
    }
}
