package vn.ptdv.admission.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import vn.ptdv.admission.api.AdmissionRegistry.ProbationRecord;
import vn.ptdv.admission.entity.AdmissionEvent;
import vn.ptdv.admission.entity.ProbationOutcome;
import vn.ptdv.admission.entity.ProbationReview;
import vn.ptdv.calendar.api.WorkingCalendar;
import vn.ptdv.calendar.api.WorkingDays;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.persistence.PtdvDataSource;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.shared.BulkInserts;
import vn.ptdv.shared.VietnameseText;

/**
 * Probation reviews of a loader (the demo): every record checked by {@link ProbationRules} against its admission's
 * probation and the holiday calendar, then written with JDBC batches on the transaction's connection, each with its
 * history event.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProbationBulkLoader {

    @Resource(lookup = PtdvDataSource.JNDI)
    DataSource dataSource;

    @Inject
    AdmissionRepository admissions;

    @Inject
    AdmissionRuleBook book;

    @Inject
    WorkingDays workingDays;

    @Inject
    AuditLog audit;

    public int record(List<ProbationRecord> reviews) {
        admissions.flush();
        Map<String, Long> ids = admissions.activeIdsByDecisionNumber(reviews.stream()
                .map(ProbationRecord::admissionDecisionNumber).toList());
        Map<Long, LocalDate> ends = admissions.probationEnds(ids.values());
        WorkingCalendar calendar = workingDays.calendar();
        LocalDate today = LocalDate.now();
        List<ProbationReview> built = new java.util.ArrayList<>(reviews.size());
        for (int i = 0; i < reviews.size(); i++) {
            ProbationRecord r = reviews.get(i);
            Long id = ids.get(r.admissionDecisionNumber());
            if (id == null) {
                throw new IllegalArgumentException("review " + (i + 1) + ": no active admission " + r.admissionDecisionNumber());
            }
            LocalDate end = ends.get(id);
            int limit = end == null ? 0 : book.on(end).considerationWorkingDays();
            try {
                ProbationRules.check(input(r), new ProbationRules.Facts(false, end,
                        end == null ? null : ProbationRules.deadline(calendar, end, limit), limit, null, null, today));
            } catch (ProblemException e) {
                throw new IllegalArgumentException("review " + (i + 1) + " of " + r.admissionDecisionNumber() + ": "
                        + e.errors(), e);
            }
            // the same steps as a user's review (ProbationService.record): the entity decides what is kept
            ProbationReview review = new ProbationReview(id);
            review.considered(r.considerationDate(), r.votesFor(), r.officialMembers(), clean(r.explanation()));
            ProbationOutcome outcome = outcome(r);
            if (outcome != null) {
                review.decided(clean(r.decisionNumber()), r.decisionDate(), outcome,
                        outcome == ProbationOutcome.REMOVED ? clean(r.reason()) : null,
                        outcome == ProbationOutcome.RECOGNISED ? end : null);
            }
            built.add(review);
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO adm_probation (admission_id, consideration_date, "
                    + "votes_for, official_members, explanation, decision_number, decision_date, outcome, removal_reason, "
                    + "official_from, created_at, updated_at, explained, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
                int pending = 0;
                for (ProbationReview r : built) {
                    ps.setLong(1, r.getAdmissionId());
                    ps.setDate(2, Date.valueOf(r.getConsiderationDate()));
                    ps.setInt(3, r.getVotesFor());
                    ps.setInt(4, r.getOfficialMembers());
                    text(ps, 5, r.getExplanation());
                    text(ps, 6, r.getDecisionNumber());
                    date(ps, 7, r.getDecisionDate());
                    text(ps, 8, r.getOutcome() == null ? null : r.getOutcome().name());
                    text(ps, 9, r.getRemovalReason());
                    date(ps, 10, r.getOfficialFrom());
                    ps.setTimestamp(11, now);
                    ps.setTimestamp(12, now);
                    ps.setShort(13, r.getExplained());
                    pending = BulkInserts.add(ps, pending);
                }
                ps.executeBatch();
            }
            long firstEvent = BulkInserts.reserveIds(c, "admission_event", built.size());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO adm_admission_event (id, admission_id, event_type, "
                    + "occurred_at, reason, snapshot) VALUES (?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (int i = 0; i < built.size(); i++) {
                    ProbationReview r = built.get(i);
                    ps.setLong(1, firstEvent + i);
                    ps.setLong(2, r.getAdmissionId());
                    ps.setString(3, (r.getOutcome() == null ? AdmissionEvent.Type.CONSIDERED
                            : r.getOutcome() == ProbationOutcome.RECOGNISED ? AdmissionEvent.Type.RECOGNISED
                            : AdmissionEvent.Type.REMOVED).name());
                    ps.setTimestamp(4, now);
                    text(ps, 5, r.getOutcome() == ProbationOutcome.REMOVED ? r.getRemovalReason() : r.getExplanation());
                    ps.setString(6, ProbationSnapshot.of(r));
                    pending = BulkInserts.add(ps, pending);
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Inserting " + reviews.size() + " probation reviews failed", e);
        }
        audit.change("PROBATIONS_BULK_LOADED", reviews.size() + " probation reviews", null, null, null);
        return reviews.size();
    }

    private static ProbationRules.Input input(ProbationRecord r) {
        return new ProbationRules.Input(r.considerationDate(), r.votesFor(), r.officialMembers(), r.explanation(),
                r.decisionNumber(), r.decisionDate(), outcome(r), r.reason());
    }

    private static ProbationOutcome outcome(ProbationRecord r) {
        return r.outcome() == null ? null : ProbationOutcome.valueOf(r.outcome());
    }

    private static void text(PreparedStatement ps, int i, String value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, value);
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : VietnameseText.clean(s);
    }

    private static void date(PreparedStatement ps, int i, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(value));
        }
    }
}
