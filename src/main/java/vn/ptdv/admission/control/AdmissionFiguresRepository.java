package vn.ptdv.admission.control;

import static vn.ptdv.shared.SqlValues.num;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.ptdv.admission.api.AdmissionResults.Breakdown;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.Occupation;
import vn.ptdv.admission.api.PoliticalTheory;
import vn.ptdv.admission.api.ProfessionalQualification;
import vn.ptdv.admission.entity.AdmissionStatus;
import vn.ptdv.organization.api.OrganizationRef;

/**
 * The grouped native SQL behind the admission figures (the statistics of reports and emulation), each one query over a
 * subtree (a prefix match on the materialised path copied into adm_admission). The SQL is portable across Derby and
 * PostgreSQL: date ranges instead of YEAR(), CAST('yyyy-mm-dd' AS DATE) literals, SUBSTR with literal lengths, CASE
 * WHEN inside SUM. Enum values are code constants, written as literals; caller values are bound. Works with any
 * {@link EntityManager}.
 */
@ApplicationScoped
public class AdmissionFiguresRepository {

    private static final String ACTIVE = "'" + AdmissionStatus.ACTIVE.name() + "'";
    /**
     * The admissions table read through the covering index ix_adm_root_figures (V1_9_6: the province (org_root), then
     * decision_date, then every column the queries below read), so one subtree's year is one contiguous range of
     * index entries even with many provinces in the database. Derby's optimizer underestimates the
     * {@code org_path LIKE ?} range and would pick ix_adm_path_date, which visits every year of the subtree and
     * fetches every base row; the override is a Derby-only SQL comment (ended by the line break), a plain comment on
     * PostgreSQL. Every query through it has an equality on org_root.
     */
    static final String ADMISSION_FIGURES = " FROM adm_admission --DERBY-PROPERTIES index=ix_adm_root_figures\n";
    /** Parameters: ?1 subtree pattern, ?2 and ?3 the first and last decision date, ?4 the pattern's root. */
    static final String IN_SUBTREE_AND_YEAR = ADMISSION_FIGURES + " WHERE org_path LIKE ?1 AND status = " + ACTIVE
            + " AND decision_date >= ?2 AND decision_date <= ?3 AND org_root = ?4";
    private static final String WOMEN = "SUM(CASE WHEN gender = 'FEMALE' THEN 1 ELSE 0 END)";
    private static final String MINORITIES = "SUM(CASE WHEN minority = TRUE THEN 1 ELSE 0 END)";
    private static final String PUPILS_STUDENTS = "SUM(CASE WHEN occupation = '" + Occupation.PUPIL_STUDENT.name()
            + "' THEN 1 ELSE 0 END)";
    private static final String PRIVATE_ECONOMIC_UNITS = "SUM(CASE WHEN occupation = '"
            + Occupation.PRIVATE_ECONOMIC_UNIT.name() + "' THEN 1 ELSE 0 END)";

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    public AdmissionFiguresRepository() {
        // for CDI
    }

    AdmissionFiguresRepository(EntityManager em) {
        this.em = em;
    }

    /** The breakdown of a subtree's year: one query grouped by the three education columns, one for the age-band edges. */
    public Breakdown breakdown(OrganizationRef root, int year) {
        return breakdown(root.path(), year, null);
    }

    /**
     * The breakdown of the year's admissions under {@code rootPath} recorded on a record whose path passes
     * {@code counts} (null: all of them; otherwise the queries group by the path as well and the filter runs here).
     */
    public Breakdown breakdown(String rootPath, int year, Predicate<String> counts) {
        AgeBand band = AgeBand.YOUTH;
        String path = counts == null ? "" : "org_path, ";
        String sql = "SELECT " + path + "general_education, professional_qualification, political_theory, COUNT(*), "
                + WOMEN + ", " + MINORITIES + ", "
                + "SUM(CASE WHEN religion IS NOT NULL THEN 1 ELSE 0 END), "
                + PUPILS_STUDENTS + ", " + PRIVATE_ECONOMIC_UNITS + ", "
                + "SUM(CASE WHEN youth_union_member = TRUE THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN birth_date >= " + date(band.certainFrom(year)) + " AND birth_date <= "
                + date(band.certainTo(year)) + " THEN 1 ELSE 0 END)"
                + IN_SUBTREE_AND_YEAR
                + " GROUP BY " + path + "general_education, professional_qualification, political_theory";
        int o = counts == null ? 0 : 1;
        long[] sums = new long[8];
        Map<GeneralEducation, Long> education = new EnumMap<>(GeneralEducation.class);
        Map<ProfessionalQualification, Long> qualification = new EnumMap<>(ProfessionalQualification.class);
        Map<PoliticalTheory, Long> theory = new EnumMap<>(PoliticalTheory.class);
        for (Object[] row : rows(subtreeYear(sql, rootPath + "%", year))) {
            if (counts != null && !counts.test(text(row[0]).strip())) {
                continue;
            }
            long count = num(row[o + 3]);
            education.merge(GeneralEducation.valueOf(text(row[o])), count, Long::sum);
            qualification.merge(ProfessionalQualification.valueOf(text(row[o + 1])), count, Long::sum);
            theory.merge(PoliticalTheory.valueOf(text(row[o + 2])), count, Long::sum);
            for (int i = 0; i < 8; i++) {
                sums[i] += num(row[o + 3 + i]);
            }
        }
        long youth = sums[7] + edgeOfAgeBand(rootPath + "%", year, band, counts);
        return new Breakdown(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], youth, education,
                qualification, theory);
    }

    /** Admissions born in the two edge years of the band, grouped by (birth date, decision date), decided in Java. */
    long edgeOfAgeBand(OrganizationRef root, int year, AgeBand band) {
        return edgeOfAgeBand(root.subtreePattern(), year, band, null);
    }

    private long edgeOfAgeBand(String pattern, int year, AgeBand band, Predicate<String> counts) {
        int upper = band.upperEdgeBirthYear(year);
        int lower = band.lowerEdgeBirthYear(year);
        String path = counts == null ? "" : ", org_path";
        String sql = "SELECT birth_date, decision_date, COUNT(*)" + path + IN_SUBTREE_AND_YEAR
                + " AND ((birth_date >= " + date(LocalDate.of(upper, 1, 1)) + " AND birth_date <= "
                + date(LocalDate.of(upper, 12, 31)) + ") OR (birth_date >= " + date(LocalDate.of(lower, 1, 1))
                + " AND birth_date <= " + date(LocalDate.of(lower, 12, 31)) + "))"
                + " GROUP BY birth_date, decision_date" + path;
        long n = 0;
        for (Object[] row : rows(subtreeYear(sql, pattern, year))) {
            if (counts != null && !counts.test(text(row[3]).strip())) {
                continue;
            }
            if (band.contains(localDate(row[0]), localDate(row[1]))) {
                n += num(row[2]);
            }
        }
        return n;
    }

    /**
     * Admitted, women and ethnic minorities per child-level path prefix: one query grouped by
     * SUBSTR(org_path, 1, length of the root's path + 9). Admissions of the root itself group under the root's own
     * path (Derby pads the short SUBSTR with blanks, so keys are stripped).
     */
    public Map<String, long[]> unitCounts(OrganizationRef root, LocalDate from, LocalDate to) {
        String prefix = "SUBSTR(org_path, 1, " + (root.path().length() + OrganizationRef.PATH_LEVEL) + ")";
        String sql = "SELECT " + prefix + ", COUNT(*), " + WOMEN + ", " + MINORITIES + IN_SUBTREE_AND_YEAR
                + " GROUP BY " + prefix;
        Map<String, long[]> result = new HashMap<>();
        for (Object[] row : rows(subtree(sql, root.subtreePattern(), from, to))) {
            result.merge(text(row[0]).strip(), new long[] {num(row[1]), num(row[2]), num(row[3])},
                    (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
        }
        return result;
    }

    /** The active admissions decided in the period under the path (the record and its subtree). One query. */
    public long countInSubtree(String rootPath, LocalDate from, LocalDate to) {
        return num(subtree("SELECT COUNT(*)" + IN_SUBTREE_AND_YEAR, rootPath + "%", from, to).getSingleResult());
    }

    /**
     * Per exact org_path of the subtree: admitted, women, minorities, pupils and students, private economic units, of
     * the active admissions decided in the period. One query.
     */
    public Map<String, long[]> groupCountsByPath(String rootPath, LocalDate from, LocalDate to) {
        String sql = "SELECT org_path, COUNT(*), " + WOMEN + ", " + MINORITIES + ", " + PUPILS_STUDENTS + ", "
                + PRIVATE_ECONOMIC_UNITS + IN_SUBTREE_AND_YEAR + " GROUP BY org_path";
        Map<String, long[]> result = new LinkedHashMap<>();
        for (Object[] row : rows(subtree(sql, rootPath + "%", from, to))) {
            long[] counts = new long[5];
            for (int i = 0; i < 5; i++) {
                counts[i] = num(row[1 + i]);
            }
            result.put(text(row[0]).strip(), counts);
        }
        return result;
    }

    /** The targets registered by one organisation record over some years: their sum and the first registration day. */
    public record PathTarget(int admissions, LocalDate firstRegisteredOn) {
    }

    /** Per exact org_path of the subtree: the targets of the years fromYear–toYear. One query. */
    public Map<String, PathTarget> targetsByPath(String rootPath, int fromYear, int toYear) {
        Query t = em.createNativeQuery("SELECT org_path, SUM(admissions), MIN(registered_at) FROM adm_target"
                        + " WHERE org_path LIKE ?1 AND target_year >= ?2 AND target_year <= ?3 GROUP BY org_path")
                .setParameter(1, rootPath + "%").setParameter(2, fromYear).setParameter(3, toYear);
        Map<String, PathTarget> result = new HashMap<>();
        for (Object[] row : rows(t)) {
            result.put(text(row[0]).strip(), new PathTarget((int) num(row[1]), registeredOn(row[2])));
        }
        return result;
    }

    /**
     * Admissions in the period under every record of a code valid during it (a code may have moved): one query per
     * province the records lie in (almost always one).
     */
    public long countUnderCode(List<OrganizationRef> records, LocalDate from, LocalDate to) {
        Map<String, List<OrganizationRef>> byRoot = new LinkedHashMap<>();
        records.stream().filter(r -> r.validDuring(from, to))
                .forEach(r -> byRoot.computeIfAbsent(OrganizationRef.rootOf(r.path()), k -> new ArrayList<>()).add(r));
        long count = 0;
        for (Map.Entry<String, List<OrganizationRef>> e : byRoot.entrySet()) {
            List<OrganizationRef> valid = e.getValue();
            StringBuilder sql = new StringBuilder("SELECT COUNT(*)" + ADMISSION_FIGURES + " WHERE status = " + ACTIVE
                    + " AND decision_date >= ?1 AND decision_date <= ?2 AND org_root = ?3 AND (");
            for (int i = 0; i < valid.size(); i++) {
                sql.append(i == 0 ? "" : " OR ").append("org_path LIKE ?").append(i + 4);
            }
            Query q = em.createNativeQuery(sql.append(")").toString())
                    .setParameter(1, java.sql.Date.valueOf(from)).setParameter(2, java.sql.Date.valueOf(to))
                    .setParameter(3, e.getKey());
            for (int i = 0; i < valid.size(); i++) {
                q.setParameter(i + 4, valid.get(i).subtreePattern());
            }
            count += num(q.getSingleResult());
        }
        return count;
    }

    private Query subtreeYear(String sql, String pattern, int year) {
        return subtree(sql, pattern, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The query of {@link #IN_SUBTREE_AND_YEAR}'s parameters. */
    private Query subtree(String sql, String pattern, LocalDate from, LocalDate to) {
        return em.createNativeQuery(sql).setParameter(1, pattern).setParameter(2, java.sql.Date.valueOf(from))
                .setParameter(3, java.sql.Date.valueOf(to)).setParameter(4, OrganizationRef.rootOf(pattern));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return (List<Object[]>) q.getResultList();
    }

    /** A portable date literal; the value is computed from an int year, never from caller text. */
    static String date(LocalDate d) {
        return "CAST('" + d + "' AS DATE)";
    }

    /** The day (Vietnam time) of a registration timestamp. */
    private static LocalDate registeredOn(Object o) {
        if (o == null) {
            return null;
        }
        java.time.Instant instant = o instanceof java.sql.Timestamp ts ? ts.toInstant()
                : o instanceof java.time.Instant i ? i
                : o instanceof java.time.LocalDateTime ldt ? ldt.toInstant(java.time.ZoneOffset.UTC)
                : java.sql.Timestamp.valueOf(o.toString()).toInstant();
        return instant.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    private static LocalDate localDate(Object o) {
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (o instanceof java.util.Date d) {
            return new java.sql.Date(d.getTime()).toLocalDate();
        }
        return LocalDate.parse(o.toString().substring(0, 10));
    }
}
