package vn.ptdv.training.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.ptdv.shared.BulkInserts;
import vn.ptdv.training.entity.Learner;

/**
 * The learners and absences of a bulk load written in JDBC batches on the transaction's connection: the rules ran on
 * the {@link Learner} objects before (enrolment, grading, certificates), so only the rows are left to write, without
 * the persistence context's bookkeeping of tens of thousands of entities.
 */
final class LearnerTables {

    /** An absence of the {@code learner}-th learner of the load from one session. */
    record AbsenceRow(long classId, int learner, long sessionId) {
    }

    private LearnerTables() {
    }

    /** Inserts the learners with ids from {@code firstId} on (the i-th gets firstId + i). */
    static void insertLearners(Connection c, List<Learner> learners, long firstId) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO trn_learner (id, class_id, full_name, name_folded, "
                + "birth_date, gender, ethnicity_code, religion, nominating_org_code, nominating_org_path, "
                + "nominating_org_name, admission_id, candidate_id, score, grade, certificate_number, "
                + "certificate_issued_on, certificate_form, created_at, updated_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            long id = firstId;
            int pending = 0;
            for (Learner l : learners) {
                ps.setLong(1, id++);
                ps.setLong(2, l.getClassId());
                ps.setString(3, l.getFullName());
                ps.setString(4, l.getNameFolded());
                ps.setDate(5, Date.valueOf(l.getBirthDate()));
                ps.setString(6, l.getGender().name());
                ps.setString(7, l.getEthnicityCode());
                ps.setString(8, l.getReligion());
                ps.setString(9, l.getNominatingOrgCode());
                ps.setString(10, l.getNominatingOrgPath());
                ps.setString(11, l.getNominatingOrgName());
                id(ps, 12, l.getAdmissionId());
                id(ps, 13, l.getCandidateId());
                ps.setBigDecimal(14, l.getScore());
                ps.setString(15, l.getGrade() == null ? null : l.getGrade().name());
                ps.setString(16, l.getCertificateNumber());
                date(ps, 17, l.getCertificateIssuedOn());
                ps.setString(18, l.getCertificateForm());
                ps.setTimestamp(19, now);
                ps.setTimestamp(20, now);
                pending = BulkInserts.add(ps, pending);
            }
            ps.executeBatch();
        }
    }

    /** Inserts the absences, the learners' ids counted from {@code firstLearnerId} as in {@link #insertLearners}. */
    static void insertAbsences(Connection c, List<AbsenceRow> absences, long firstLearnerId, long firstId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO trn_absence (id, class_id, learner_id, session_id) VALUES (?, ?, ?, ?)")) {
            long id = firstId;
            int pending = 0;
            for (AbsenceRow a : absences) {
                ps.setLong(1, id++);
                ps.setLong(2, a.classId());
                ps.setLong(3, firstLearnerId + a.learner());
                ps.setLong(4, a.sessionId());
                pending = BulkInserts.add(ps, pending);
            }
            ps.executeBatch();
        }
    }

    private static void id(PreparedStatement ps, int i, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, value);
        }
    }

    private static void date(PreparedStatement ps, int i, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(value));
        }
    }
}
