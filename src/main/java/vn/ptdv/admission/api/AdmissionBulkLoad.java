package vn.ptdv.admission.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ptdv.admission.api.AdmissionRegistry.TargetRecord;
import vn.ptdv.organization.api.OrganizationRef;

/**
 * Set-based loading of generated data sets (the bench data; the demo to come): JDBC batches into the admission
 * module's tables, so that no other module touches them. Each call joins the caller's JTA transaction (there must be
 * one: a loader commits a whole unit of data or nothing) and needs the system caller (start-up loaders run as the
 * system). Rows are stored with every value the admission module derives (the organisation's id, code, path and
 * province, the folded name, the minority flag, the end of probation, the certificate columns behind the warnings),
 * but not checked against the admission rules: the generator of a data set owns them (its tests check them).
 */
public interface AdmissionBulkLoad {

    /**
     * An admission as a loader has it. The awareness-course certificate ({@code admission.awarenessCertificateNumber()})
     * is stored as verified when {@code awarenessCertificateIssuedOn} is given, as overridden with
     * {@code admission.certificateOverrideReason()} when that is given instead, and as not checked (as records made
     * before the certificate rule) when neither is. The new-member course certificate is optional.
     */
    record AdmissionRow(NewAdmission admission, LocalDate awarenessCertificateIssuedOn, String newMemberCertificateNumber,
                        LocalDate newMemberCertificateIssuedOn) {

        /** An admission without certificates. */
        public static AdmissionRow of(NewAdmission admission) {
            return new AdmissionRow(admission, null, null, null);
        }
    }

    /**
     * Inserts the admissions, each ACTIVE on the record of its organisation code valid on its decision date; with a
     * {@code historyReason}, each with its creation event (the history a recorded admission starts with), without
     * one, none. Answers how many were inserted.
     *
     * @throws IllegalArgumentException naming the first row without a required value or an organisation record valid
     *                                  on its decision date; nothing of the call is written
     */
    int insertAdmissions(List<AdmissionRow> rows, String historyReason);

    /**
     * Inserts yearly targets (chỉ tiêu kết nạp đăng ký), each on the record that stands for its code in its year (the
     * latest valid in it), with its registration event carrying {@code note}; none may be registered yet.
     *
     * @throws IllegalArgumentException naming the first target without such a record, with a negative count, or given
     *                                  twice; nothing of the call is written
     */
    void insertTargets(List<TargetRecord> targets, String note);

    /** How many admission records (of any status) the subtree holds per year of decision, for a loader topping up. */
    Map<Integer, Long> admissionsPerYear(OrganizationRef root, int fromYear, int toYear);
}
