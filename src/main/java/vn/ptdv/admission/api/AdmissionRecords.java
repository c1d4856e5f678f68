package vn.ptdv.admission.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Admission records for other modules (training: learners of a new-member course are probationary members, linked to
 * their admission). Lookups do not check the caller's scope: the calling module does, with the returned path.
 */
public interface AdmissionRecords {

    /** The records with these ids (missing ids are absent from the answer). */
    Map<Long, AdmissionRecord> find(Collection<Long> ids);

    /** The ids of the active admissions with these decision numbers (loaders). */
    Map<String, Long> idsByDecisionNumber(Collection<String> decisionNumbers);

    /**
     * Records the new-member course certificates (giấy chứng nhận bồi dưỡng lý luận chính trị cho đảng viên mới) on the
     * admissions, in the caller's transaction; an unknown admission id rejects the whole call.
     */
    void recordNewMemberCertificates(List<NewMemberCertificate> certificates);

    /** One admission record; {@code probationEnd} is null when no ceremony is recorded yet. */
    record AdmissionRecord(long id, String fullName, LocalDate birthDate, Gender gender, String ethnicityCode,
                           String religion, String organizationCode, String orgPath, LocalDate decisionDate,
                           LocalDate ceremonyDate, LocalDate probationEnd, boolean active) {

        /** Whether the member is on probation on at least one day of the period. */
        public boolean probationaryDuring(LocalDate from, LocalDate to) {
            LocalDate start = ceremonyDate != null ? ceremonyDate : decisionDate;
            return active && !start.isAfter(to) && (probationEnd == null || !probationEnd.isBefore(from));
        }
    }

    /** A new-member course certificate for an admission. */
    record NewMemberCertificate(long admissionId, String number, LocalDate issuedOn) {
    }
}
