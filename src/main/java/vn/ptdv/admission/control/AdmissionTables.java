package vn.ptdv.admission.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ptdv.admission.api.AdmissionBulkLoad.AdmissionRow;
import vn.ptdv.admission.api.AdmissionRegistry.TargetRecord;
import vn.ptdv.admission.api.NewAdmission;
import vn.ptdv.admission.entity.Admission;
import vn.ptdv.admission.entity.AdmissionEvent;
import vn.ptdv.admission.entity.AdmissionTarget;
import vn.ptdv.admission.entity.AdmissionValues;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.shared.BulkInserts;
import vn.ptdv.shared.Religions;
import vn.ptdv.shared.VietnameseText;

/**
 * The set-based half of {@link AdmissionBulkLoader}: builds the records in memory, each an {@link Admission} as the
 * entity derives its values (so the columns are exactly what JPA would store), and writes them with JDBC batches on a
 * given connection, in its transaction.
 */
final class AdmissionTables {

    private AdmissionTables() {
    }

    /**
     * The records of the rows, each on the record of its code valid on its decision date ({@code organizations}: code →
     * records), with the entity's derived values and certificate states;
     * {@code probationMonths}: decision date → probation under the rules of that date.
     *
     * @throws IllegalArgumentException for the first row without a required value or such a record
     */
    static List<Admission> records(List<AdmissionRow> rows, Map<String, List<OrganizationRef>> organizations,
                                   java.util.function.ToIntFunction<java.time.LocalDate> probationMonths) {
        List<Admission> records = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            AdmissionRow row = rows.get(i);
            NewAdmission n = AdmissionAssessor.withDefaults(row.admission());
            String where = "Admission row " + (i + 1) + " (" + n.decisionNumber() + "): ";
            String missing = missing(n);
            if (missing != null) {
                throw new IllegalArgumentException(where + missing + " is required");
            }
            OrganizationRef org = organizations.getOrDefault(n.organizationCode(), List.of()).stream()
                    .filter(o -> o.validOn(n.decisionDate())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(where + "no record of " + n.organizationCode()
                            + " is valid on " + n.decisionDate()));
            AdmissionValues values = new AdmissionValues(VietnameseText.clean(n.fullName()), n.gender(), n.birthDate(),
                    n.ethnicityCode(), Religions.normalise(n.religion()), n.generalEducation(), n.professionalQualification(),
                    n.politicalTheory(), n.occupation(), n.youthUnionMember(), org.code(),
                    VietnameseText.clean(n.decisionNumber()), n.decisionDate(), n.ceremonyDate(),
                    n.olderApplicantException(), n.educationAreaException());
            Admission a = new Admission(values, org.id(), org.code(), org.path(), probationMonths.applyAsInt(n.decisionDate()));
            String certificate = VietnameseText.clean(n.awarenessCertificateNumber());
            String overrideReason = VietnameseText.clean(n.certificateOverrideReason());
            if (row.awarenessCertificateIssuedOn() != null) {
                a.awarenessCertificateVerified(certificate, row.awarenessCertificateIssuedOn());
            } else if (overrideReason != null) {
                a.awarenessCertificateOverridden(certificate, overrideReason);
            }
            if (row.newMemberCertificateNumber() != null || row.newMemberCertificateIssuedOn() != null) {
                a.newMemberCertificate(VietnameseText.clean(row.newMemberCertificateNumber()), row.newMemberCertificateIssuedOn());
            }
            records.add(a);
        }
        return records;
    }

    /** The first value a stored admission cannot do without that the row lacks, or null. */
    static String missing(NewAdmission n) {
        if (VietnameseText.clean(n.fullName()) == null) {
            return "fullName";
        }
        if (n.gender() == null || n.birthDate() == null) {
            return "gender and birthDate";
        }
        if (n.ethnicityCode() == null || n.generalEducation() == null || n.professionalQualification() == null
                || n.occupation() == null) {
            return "ethnicityCode, generalEducation, professionalQualification and occupation";
        }
        if (n.organizationCode() == null || VietnameseText.clean(n.decisionNumber()) == null || n.decisionDate() == null) {
            return "organizationCode, decisionNumber and decisionDate";
        }
        return null;
    }

    /**
     * Sets the new-member course certificates of the admissions (number as given, already cleaned), as
     * {@code Admission#newMemberCertificate} does: with {@code updated_at} and the next version. Answers how many
     * records were found.
     */
    static int updateNewMemberCertificates(Connection c, List<vn.ptdv.admission.api.AdmissionRecords.NewMemberCertificate>
            certificates, java.time.Instant at) throws SQLException {
        int found = 0;
        try (PreparedStatement ps = c.prepareStatement("UPDATE adm_admission SET new_member_cert_number = ?, "
                + "new_member_cert_issued_on = ?, updated_at = ?, version = version + 1 WHERE id = ?")) {
            int pending = 0;
            for (vn.ptdv.admission.api.AdmissionRecords.NewMemberCertificate n : certificates) {
                ps.setString(1, n.number());
                ps.setDate(2, n.issuedOn() == null ? null : java.sql.Date.valueOf(n.issuedOn()));
                ps.setTimestamp(3, Timestamp.from(at));
                ps.setLong(4, n.admissionId());
                ps.addBatch();
                if (++pending == BulkInserts.BATCH) {
                    found += updated(ps.executeBatch());
                    pending = 0;
                }
            }
            if (pending > 0) {
                found += updated(ps.executeBatch());
            }
        }
        return found;
    }

    private static int updated(int[] counts) {
        int n = 0;
        for (int count : counts) {
            n += count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : count;
        }
        return n;
    }

    /** Inserts the records with ids from {@code firstId} on (the i-th record gets firstId + i), in JDBC batches. */
    static void insertAdmissions(Connection c, List<Admission> records, long firstId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO adm_admission (id, full_name, name_folded, gender, "
                + "birth_date, ethnicity_code, minority, religion, general_education, professional_qualification, "
                + "political_theory, occupation, youth_union_member, organization_id, organization_code, org_path, org_root, "
                + "decision_number, decision_date, ceremony_date, probation_end, older_applicant_exception, "
                + "education_area_exception, awareness_cert_number, awareness_cert_issued_on, awareness_cert_status, "
                + "cert_override_reason, new_member_cert_number, new_member_cert_issued_on, status, version, created_at, "
                + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, 1, ?, ?)")) {
            long id = firstId;
            int pending = 0;
            for (Admission a : records) {
                ps.setLong(1, id++);
                ps.setString(2, a.getFullName());
                ps.setString(3, VietnameseText.fold(a.getFullName()));
                ps.setString(4, a.getGender().name());
                ps.setDate(5, Date.valueOf(a.getBirthDate()));
                ps.setString(6, a.getEthnicityCode());
                ps.setBoolean(7, a.isMinority());
                ps.setString(8, a.getReligion());
                ps.setString(9, a.getGeneralEducation().name());
                ps.setString(10, a.getProfessionalQualification().name());
                ps.setString(11, a.getPoliticalTheory().name());
                ps.setString(12, a.getOccupation().name());
                ps.setBoolean(13, a.isYouthUnionMember());
                ps.setLong(14, a.getOrganizationId());
                ps.setString(15, a.getOrganizationCode());
                ps.setString(16, a.getOrgPath());
                ps.setString(17, OrganizationRef.rootOf(a.getOrgPath()));
                ps.setString(18, a.getDecisionNumber());
                ps.setDate(19, Date.valueOf(a.getDecisionDate()));
                date(ps, 20, a.getCeremonyDate());
                date(ps, 21, a.getProbationEnd());
                ps.setBoolean(22, a.isOlderApplicantException());
                ps.setBoolean(23, a.isEducationAreaException());
                ps.setString(24, a.getAwarenessCertNumber());
                date(ps, 25, a.getAwarenessCertIssuedOn());
                ps.setString(26, a.getAwarenessCertStatus() == null ? null : a.getAwarenessCertStatus().name());
                ps.setString(27, a.getCertOverrideReason());
                ps.setString(28, a.getNewMemberCertNumber());
                date(ps, 29, a.getNewMemberCertIssuedOn());
                ps.setString(30, a.getStatus().name());
                ps.setTimestamp(31, Timestamp.from(a.getCreatedAt()));
                ps.setTimestamp(32, Timestamp.from(a.getUpdatedAt()));
                pending = BulkInserts.add(ps, pending);
            }
            ps.executeBatch();
        }
    }

    /** What the records add to the maintained figures. */
    static java.util.TreeMap<FigureDelta.Key, long[]> figures(List<Admission> records) {
        java.util.TreeMap<FigureDelta.Key, long[]> deltas = FigureDelta.empty();
        records.forEach(a -> FigureDelta.add(deltas, FigureDelta.Facts.of(a), 1));
        return deltas;
    }

    /** The creation event of each record (ids: the records' from {@code firstAdmissionId}, their own from {@code firstId}). */
    static void insertCreationEvents(Connection c, List<Admission> records, long firstAdmissionId, long firstId,
                                     String reason) throws SQLException {
        List<AdmissionEvent> events = new ArrayList<>(records.size());
        for (Admission a : records) {
            events.add(new AdmissionEvent(0L, AdmissionEvent.Type.CREATED, reason, AdmissionSnapshot.of(a)));
        }
        insertEvents(c, events, firstAdmissionId, firstId);
    }

    /**
     * The events, the i-th of the admission {@code firstAdmissionId + i} (their own admission id is not read), with ids
     * from {@code firstId}.
     */
    static void insertEvents(Connection c, List<AdmissionEvent> events, long firstAdmissionId, long firstId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO adm_admission_event (id, admission_id, event_type, "
                + "occurred_at, reason, snapshot) VALUES (?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (int i = 0; i < events.size(); i++) {
                AdmissionEvent e = events.get(i);
                ps.setLong(1, firstId + i);
                ps.setLong(2, firstAdmissionId + i);
                ps.setString(3, e.getType().name());
                ps.setTimestamp(4, Timestamp.from(e.getOccurredAt()));
                ps.setString(5, e.getReason());
                ps.setString(6, e.getSnapshot());
                pending = BulkInserts.add(ps, pending);
            }
            ps.executeBatch();
        }
    }

    /** A yearly target on the record that registers it. */
    record Target(OrganizationRef organization, int year, int admissions) {
    }

    /**
     * The targets on the record standing for their code in their year ({@code organizations}: code → records).
     *
     * @throws IllegalArgumentException for the first target without such a record, with a negative count, or twice
     */
    static List<Target> targets(List<TargetRecord> targets, Map<String, List<OrganizationRef>> organizations) {
        List<Target> planned = new ArrayList<>(targets.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            TargetRecord t = targets.get(i);
            String where = "Target row " + (i + 1) + " (" + t.organizationCode() + ", " + t.year() + "): ";
            if (!TargetRules.yearly(t.admissions()).isEmpty()) {
                throw new IllegalArgumentException(where + "the count is negative or too large");
            }
            OrganizationRef org = t.organizationCode() == null ? null
                    : OrganizationRef.latestValidDuring(organizations.getOrDefault(t.organizationCode().strip(), List.of()),
                    LocalDate.of(t.year(), 1, 1), LocalDate.of(t.year(), 12, 31)).orElse(null);
            if (org == null) {
                throw new IllegalArgumentException(where + "no record of the code is valid in the year");
            }
            if (!seen.add(org.id() + "/" + t.year())) {
                throw new IllegalArgumentException(where + "given twice");
            }
            planned.add(new Target(org, t.year(), t.admissions()));
        }
        return planned;
    }

    /** Inserts the targets (ids from {@code firstId}) and their registration events (from {@code firstEventId}). */
    static void insertTargets(Connection c, List<Target> targets, long firstId, long firstEventId, String note)
            throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        String registered = AdmissionTarget.Status.REGISTERED.name();
        try (PreparedStatement t = c.prepareStatement("INSERT INTO adm_target (id, organization_id, organization_code, "
                + "org_path, target_year, admissions, status, registered_at, updated_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
             PreparedStatement e = c.prepareStatement("INSERT INTO adm_target_event (id, target_id, event_type, admissions, "
                     + "occurred_at, note) VALUES (?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (int i = 0; i < targets.size(); i++) {
                Target target = targets.get(i);
                t.setLong(1, firstId + i);
                t.setLong(2, target.organization().id());
                t.setString(3, target.organization().code());
                t.setString(4, target.organization().path());
                t.setInt(5, target.year());
                t.setInt(6, target.admissions());
                t.setString(7, registered);
                t.setTimestamp(8, now);
                t.setTimestamp(9, now);
                pending = BulkInserts.add(t, pending);
            }
            t.executeBatch();
            pending = 0;
            for (int i = 0; i < targets.size(); i++) {
                e.setLong(1, firstEventId + i);
                e.setLong(2, firstId + i);
                e.setString(3, registered);
                e.setInt(4, targets.get(i).admissions());
                e.setTimestamp(5, now);
                e.setString(6, VietnameseText.clean(note));
                pending = BulkInserts.add(e, pending);
            }
            e.executeBatch();
        }
    }

    private static void date(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, Date.valueOf(value));
        }
    }
}
