package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ptdv.admission.entity.ProbationOutcome;
import vn.ptdv.admission.entity.ProbationReview;
import vn.ptdv.organization.api.OrganizationRef;

/**
 * The queries of the probation worklists: the active admissions of a subtree with a ceremony, joined to their
 * consideration and decision, selected by status on a day. The status of an unconsidered member depends on the
 * working-day limit after the end of the probation; {@link Cutoffs} turns it into dates (see
 * {@link ProbationRules#overdueCutoff}), so every status is a condition on dates and the counting stays in SQL.
 */
@ApplicationScoped
public class ProbationRepository {

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    /**
     * The day of the lists and, per rule version (its interval of probation ends), the latest end of probation that is
     * overdue on that day.
     */
    public record Cutoffs(LocalDate today, List<Window> windows) {

        /** Probations ending from {@code from} to {@code to} are overdue when they ended on or before {@code overdueUpTo}. */
        public record Window(LocalDate from, LocalDate to, LocalDate overdueUpTo) {
        }
    }

    /** The row of one admission, whatever its status (withdrawn ones too: the caller checks). */
    public Optional<Row> row(long admissionId) {
        Query q = em.createNativeQuery("SELECT " + COLUMNS + FROM + " WHERE a.id = ?");
        q.setParameter(1, admissionId);
        return q.getResultList().stream().findFirst().map(o -> toRow((Object[]) o));
    }

    /** A row of a worklist. */
    public record Row(long admissionId, String fullName, String organizationCode, String orgPath, String decisionNumber,
                      LocalDate decisionDate, LocalDate ceremonyDate, LocalDate probationEnd, LocalDate considerationDate,
                      Integer votesFor, Integer officialMembers, String explanation, String recognitionNumber,
                      LocalDate recognitionDate, ProbationOutcome outcome, String removalReason, LocalDate officialFrom) {
    }

    private static final String COLUMNS = "a.id, a.full_name, a.organization_code, a.org_path, a.decision_number, "
            + "a.decision_date, a.ceremony_date, a.probation_end, r.consideration_date, r.votes_for, r.official_members, "
            + "r.explanation, r.decision_number, r.decision_date, r.outcome, r.removal_reason, r.official_from";
    private static final String FROM = " FROM adm_admission a LEFT JOIN adm_probation r ON r.admission_id = a.id";

    public Optional<ProbationReview> find(long admissionId) {
        return Optional.ofNullable(em.find(ProbationReview.class, admissionId));
    }

    public void persist(ProbationReview review) {
        em.persist(review);
    }

    /** A page of the members of the subtrees with the status, by end of probation then name. */
    public List<Row> list(List<OrganizationRef> roots, ProbationStatus status, LocalDate from, LocalDate to, Cutoffs c,
                          int first, int max) {
        List<Object> params = new ArrayList<>();
        String where = where(roots, status, from, to, c, params);
        Query q = em.createNativeQuery("SELECT " + COLUMNS + FROM + where
                + " ORDER BY a.probation_end, a.name_folded, a.id OFFSET " + first + " ROWS FETCH NEXT " + max + " ROWS ONLY");
        bind(q, params);
        List<Row> rows = new ArrayList<>();
        for (Object o : q.getResultList()) {
            rows.add(toRow((Object[]) o));
        }
        return rows;
    }

    private static Row toRow(Object[] r) {
        return new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                date(r[5]), date(r[6]), date(r[7]), date(r[8]), integer(r[9]), integer(r[10]), (String) r[11],
                (String) r[12], date(r[13]), r[14] == null ? null : ProbationOutcome.valueOf(((String) r[14]).strip()),
                (String) r[15], date(r[16]));
    }

    public long count(List<OrganizationRef> roots, ProbationStatus status, LocalDate from, LocalDate to, Cutoffs c) {
        List<Object> params = new ArrayList<>();
        Query q = em.createNativeQuery("SELECT COUNT(*)" + FROM + where(roots, status, from, to, c, params));
        bind(q, params);
        return ((Number) q.getSingleResult()).longValue();
    }

    /**
     * Per exact organisation path of the subtrees: the count of each status (in {@link ProbationStatus} order), in one
     * grouped query; recognitions and removals are those decided from {@code decidedFrom} to {@code decidedTo}.
     */
    public Map<String, long[]> countsByPath(List<OrganizationRef> roots, Cutoffs c, LocalDate decidedFrom, LocalDate decidedTo) {
        StringBuilder select = new StringBuilder("SELECT a.org_path");
        for (ProbationStatus s : ProbationStatus.values()) {
            String cond = condition(s, c);
            if (s == ProbationStatus.RECOGNISED || s == ProbationStatus.REMOVED) {
                cond = "(" + cond + " AND r.decision_date BETWEEN " + literal(decidedFrom) + " AND " + literal(decidedTo) + ")";
            }
            select.append(", SUM(CASE WHEN ").append(cond).append(" THEN 1 ELSE 0 END)");
        }
        List<Object> params = new ArrayList<>();
        Query q = em.createNativeQuery(select + FROM + where(roots, null, null, null, c, params) + " GROUP BY a.org_path");
        bind(q, params);
        Map<String, long[]> result = new HashMap<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            long[] counts = new long[ProbationStatus.values().length];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = r[i + 1] == null ? 0 : ((Number) r[i + 1]).longValue();
            }
            result.put((String) r[0], counts);
        }
        return result;
    }

    /**
     * Decisions taken from {@code from} to {@code to} on the members of the subtrees: {recognised, removed, recognised
     * with a written explanation of a late consideration}.
     */
    public long[] decided(List<OrganizationRef> roots, LocalDate from, LocalDate to) {
        List<Object> params = new ArrayList<>();
        String where = where(roots, null, null, null, null, params).replaceFirst("^ WHERE ", " AND ");
        // from the period's decisions (a covering index on the decision date) to their admissions by key: a year holds
        // a few thousand decisions, the province's admissions of every year are many more (Derby would start from them).
        // Both sides read only indexes (V1_21_1): base rows of adm_admission, one per decision, would be scattered
        // over more pages than Derby's page cache holds.
        Query q = em.createNativeQuery("SELECT SUM(CASE WHEN r.outcome = 'RECOGNISED' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN r.outcome = 'REMOVED' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN r.outcome = 'RECOGNISED' AND r.explained = 1 THEN 1 ELSE 0 END)"
                + " FROM --DERBY-PROPERTIES joinOrder=FIXED\n adm_probation r --DERBY-PROPERTIES index=ix_probation_decided\n"
                + ", adm_admission a --DERBY-PROPERTIES index=ix_adm_probation_scope\n"
                + " WHERE r.admission_id = a.id AND r.decision_date BETWEEN " + literal(from) + " AND " + literal(to)
                + " AND r.outcome IN ('RECOGNISED', 'REMOVED')" + where);
        bind(q, params);
        Object[] r = (Object[]) q.getSingleResult();
        return new long[] {r[0] == null ? 0 : ((Number) r[0]).longValue(), r[1] == null ? 0 : ((Number) r[1]).longValue(),
                r[2] == null ? 0 : ((Number) r[2]).longValue()};
    }

    private static String where(List<OrganizationRef> roots, ProbationStatus status, LocalDate from, LocalDate to,
                                Cutoffs c, List<Object> params) {
        StringBuilder w = new StringBuilder(" WHERE a.status = 'ACTIVE' AND a.probation_end IS NOT NULL AND (");
        for (int i = 0; i < roots.size(); i++) {
            w.append(i == 0 ? "" : " OR ").append("(a.org_root = ? AND a.org_path LIKE ?)");
            params.add(OrganizationRef.rootOf(roots.get(i).path()));
            params.add(roots.get(i).subtreePattern());
        }
        w.append(roots.isEmpty() ? "1 = 0)" : ")");
        if (from != null) {
            w.append(" AND a.probation_end >= ").append(literal(from));
        }
        if (to != null) {
            w.append(" AND a.probation_end <= ").append(literal(to));
        }
        if (status != null) {
            w.append(" AND ").append(condition(status, c));
        }
        return w.toString();
    }

    /** The status as a condition on the joined row (dates are computed here, never taken from a request as text); {@code c} is read only here. */
    static String condition(ProbationStatus status, Cutoffs c) {
        String notConsidered = "r.admission_id IS NULL";
        StringBuilder overdue = new StringBuilder("(");
        for (int i = 0; i < c.windows().size(); i++) {
            Cutoffs.Window v = c.windows().get(i);
            LocalDate upTo = v.to() == null || v.overdueUpTo().isBefore(v.to()) ? v.overdueUpTo() : v.to();
            overdue.append(i == 0 ? "" : " OR ").append("(a.probation_end >= ").append(literal(v.from()))
                    .append(" AND a.probation_end <= ").append(literal(upTo)).append(")");
        }
        overdue.append(c.windows().isEmpty() ? "1 = 0)" : ")");
        String dueBy = literal(c.today().plusDays(ProbationRules.DUE_WINDOW_DAYS));
        return switch (status) {
            case RECOGNISED -> "r.outcome = 'RECOGNISED'";
            case REMOVED -> "r.outcome = 'REMOVED'";
            case CONSIDERED -> "(r.admission_id IS NOT NULL AND r.outcome IS NULL)";
            case OVERDUE -> "(" + notConsidered + " AND " + overdue + ")";
            case DUE -> "(" + notConsidered + " AND NOT " + overdue + " AND a.probation_end <= " + dueBy + ")";
            case PROBATION -> "(" + notConsidered + " AND a.probation_end > " + dueBy + ")";
        };
    }

    /** A date as portable SQL (Derby and PostgreSQL): a computed value, never request text. */
    static String literal(LocalDate d) {
        return "CAST('" + (d == null ? LocalDate.of(1900, 1, 1) : d) + "' AS DATE)";
    }

    private static void bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(o.toString().substring(0, 10));
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }
}
