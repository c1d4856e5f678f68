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
 * The grouped native SQL behind the admission figures (the statistics of reports and emulation). The whole months of a
 * period are read from the maintained figures (adm_figure, {@link FigureDelta}: one row per path prefix, month and
 * breakdown, so a province's year is a few hundred rows; the per-unit and per-record sums read only the covering
 * indexes of V1_21_0, named in Derby-only comments as for the admissions below); a period's partial first or last
 * month (a year to date through today) is counted from the admission rows, each one query over a subtree (a prefix match on the
 * materialised path copied into adm_admission). The SQL is portable across Derby and
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

    /** The breakdown of a subtree's year: one query on the maintained figures (adm_figure), grouped by the education columns. */
    public Breakdown breakdown(OrganizationRef root, int year) {
        return breakdown(root.path(), year, null);
    }

    /**
     * The breakdown of the year's admissions under {@code rootPath} recorded on a record whose path passes
     * {@code counts} (null: all of them, the subtree rows of the root's prefix; otherwise the own-record rows of every
     * record under it, grouped by their path as well, the filter running here). One query on adm_figure.
     */
    public Breakdown breakdown(String rootPath, int year, Predicate<String> counts) {
        String sql = "SELECT " + (counts == null ? "" : "org_prefix, ")
                + "general_education, professional_qualification, political_theory, " + sums(FigureDelta.COUNTERS.length)
                + " FROM adm_figure WHERE " + (counts == null ? "org_prefix = ?1 AND exact_record = 0"
                : "org_prefix LIKE ?1 AND exact_record = 1 AND org_root = ?4")
                + " AND figure_month >= ?2 AND figure_month <= ?3"
                + " GROUP BY " + (counts == null ? "" : "org_prefix, ")
                + "general_education, professional_qualification, political_theory";
        Query q = em.createNativeQuery(sql).setParameter(1, counts == null ? rootPath : rootPath + "%")
                .setParameter(2, year * 100 + 1).setParameter(3, year * 100 + 12);
        if (counts != null) {
            q.setParameter(4, OrganizationRef.rootOf(rootPath));
        }
        int o = counts == null ? 0 : 1;
        long[] sums = new long[8];
        Map<GeneralEducation, Long> education = new EnumMap<>(GeneralEducation.class);
        Map<ProfessionalQualification, Long> qualification = new EnumMap<>(ProfessionalQualification.class);
        Map<PoliticalTheory, Long> theory = new EnumMap<>(PoliticalTheory.class);
        for (Object[] row : rows(q)) {
            if (counts != null && !counts.test(text(row[0]).strip())) {
                continue;
            }
            long count = num(row[o + 3]);
            if (count == 0) {
                continue;
            }
            education.merge(GeneralEducation.valueOf(text(row[o]).strip()), count, Long::sum);
            qualification.merge(ProfessionalQualification.valueOf(text(row[o + 1]).strip()), count, Long::sum);
            theory.merge(PoliticalTheory.valueOf(text(row[o + 2]).strip()), count, Long::sum);
            for (int i = 0; i < 8; i++) {
                sums[i] += num(row[o + 3 + i]);
            }
        }
        return new Breakdown(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7], education,
                qualification, theory);
    }

    /**
     * Admitted, women and ethnic minorities per child-level path prefix; admissions of the root itself under the
     * root's own path. Whole months of the period from adm_figure (the child-depth subtree rows and the root's own
     * rows), a first or last partial month from the admission rows ({@link MonthSpan}).
     */
    public Map<String, long[]> unitCounts(OrganizationRef root, LocalDate from, LocalDate to) {
        Map<String, long[]> result = new HashMap<>();
        MonthSpan span = MonthSpan.of(from, to);
        if (span.hasMonths()) {
            String sql = "SELECT org_prefix, SUM(admitted), SUM(women), SUM(minorities) FROM adm_figure"
                    + " --DERBY-PROPERTIES index=ix_figure_depth\n WHERE org_root = ?1 AND exact_record = 0 AND depth = ?2 AND figure_month >= ?3"
                    + " AND figure_month <= ?4 AND org_prefix LIKE ?5 GROUP BY org_prefix";
            Query q = em.createNativeQuery(sql).setParameter(1, OrganizationRef.rootOf(root.path()))
                    .setParameter(2, root.path().length() / OrganizationRef.PATH_LEVEL + 1)
                    .setParameter(3, span.fromMonth()).setParameter(4, span.toMonth())
                    .setParameter(5, root.subtreePattern());
            for (Object[] row : rows(q)) {
                merge(result, text(row[0]).strip(), new long[] {num(row[1]), num(row[2]), num(row[3])});
            }
            long[] own = ownOf(root.path(), span);
            if (own[0] != 0) {
                merge(result, root.path(), new long[] {own[0], own[1], own[2]});
            }
        }
        for (LocalDate[] edge : span.edges()) {
            unitCountsFromRows(root, edge[0], edge[1]).forEach((k, v) -> merge(result, k, v));
        }
        result.values().removeIf(v -> v[0] == 0 && v[1] == 0 && v[2] == 0);
        return result;
    }

    /** The record's own admissions (exact rows) in the whole months of the span: the five counters of groupCountsByPath. */
    private long[] ownOf(String path, MonthSpan span) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT SUM(admitted), SUM(women), SUM(minorities),"
                        + " SUM(pupils_students), SUM(private_units) FROM adm_figure WHERE org_prefix = ?1"
                        + " AND exact_record = 1 AND figure_month >= ?2 AND figure_month <= ?3")
                .setParameter(1, path).setParameter(2, span.fromMonth()).setParameter(3, span.toMonth())
                .getSingleResult();
        long[] v = new long[5];
        for (int i = 0; i < 5; i++) {
            v[i] = row[i] == null ? 0 : num(row[i]);
        }
        return v;
    }

    private static void merge(Map<String, long[]> into, String key, long[] v) {
        into.merge(key, v, (x, y) -> {
            long[] s = new long[x.length];
            for (int i = 0; i < x.length; i++) {
                s[i] = x[i] + y[i];
            }
            return s;
        });
    }

    /** {@link #unitCounts} from the admission rows (one query grouped by the child-level SUBSTR of org_path). */
    Map<String, long[]> unitCountsFromRows(OrganizationRef root, LocalDate from, LocalDate to) {
        String prefix = "SUBSTR(org_path, 1, " + (root.path().length() + OrganizationRef.PATH_LEVEL) + ")";
        String sql = "SELECT " + prefix + ", COUNT(*), " + WOMEN + ", " + MINORITIES + IN_SUBTREE_AND_YEAR
                + " GROUP BY " + prefix;
        Map<String, long[]> result = new HashMap<>();
        for (Object[] row : rows(subtree(sql, root.subtreePattern(), from, to))) {
            merge(result, text(row[0]).strip(), new long[] {num(row[1]), num(row[2]), num(row[3])});
        }
        return result;
    }

    /** The active admissions decided in the period under the path (the record and its subtree). */
    public long countInSubtree(String rootPath, LocalDate from, LocalDate to) {
        MonthSpan span = MonthSpan.of(from, to);
        long n = 0;
        if (span.hasMonths()) {
            Object sum = em.createNativeQuery("SELECT SUM(admitted) FROM adm_figure WHERE org_prefix = ?1"
                            + " AND exact_record = 0 AND figure_month >= ?2 AND figure_month <= ?3")
                    .setParameter(1, rootPath).setParameter(2, span.fromMonth()).setParameter(3, span.toMonth())
                    .getSingleResult();
            n += sum == null ? 0 : num(sum);
        }
        for (LocalDate[] edge : span.edges()) {
            n += num(subtree("SELECT COUNT(*)" + IN_SUBTREE_AND_YEAR, rootPath + "%", edge[0], edge[1])
                    .getSingleResult());
        }
        return n;
    }

    /**
     * Per exact org_path of the subtree: admitted, women, minorities, pupils and students, private economic units, of
     * the active admissions decided in the period (whole months from the own-record figures, partial ones from rows).
     */
    public Map<String, long[]> groupCountsByPath(String rootPath, LocalDate from, LocalDate to) {
        Map<String, long[]> result = new LinkedHashMap<>();
        MonthSpan span = MonthSpan.of(from, to);
        if (span.hasMonths()) {
            String sql = "SELECT org_prefix, SUM(admitted), SUM(women), SUM(minorities), SUM(pupils_students),"
                    + " SUM(private_units) FROM adm_figure --DERBY-PROPERTIES index=ix_figure_month\n"
                    + " WHERE org_root = ?1 AND exact_record = 1"
                    + " AND org_prefix LIKE ?2 AND figure_month >= ?3 AND figure_month <= ?4 GROUP BY org_prefix";
            Query q = em.createNativeQuery(sql).setParameter(1, OrganizationRef.rootOf(rootPath))
                    .setParameter(2, rootPath + "%").setParameter(3, span.fromMonth()).setParameter(4, span.toMonth());
            for (Object[] row : rows(q)) {
                long[] counts = new long[5];
                for (int i = 0; i < 5; i++) {
                    counts[i] = num(row[1 + i]);
                }
                merge(result, text(row[0]).strip(), counts);
            }
        }
        for (LocalDate[] edge : span.edges()) {
            groupCountsByPathFromRows(rootPath, edge[0], edge[1]).forEach((k, v) -> merge(result, k, v));
        }
        result.values().removeIf(v -> v[0] == 0);
        return result;
    }

    /** {@link #groupCountsByPath} from the admission rows. One query. */
    Map<String, long[]> groupCountsByPathFromRows(String rootPath, LocalDate from, LocalDate to) {
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
     * Admissions in the period under every record of a code valid during it (a code may have moved): the sum of the
     * subtree figures of those records, a record under another of them counted once (through the outer one).
     */
    public long countUnderCode(List<OrganizationRef> records, LocalDate from, LocalDate to) {
        List<String> paths = records.stream().filter(r -> r.validDuring(from, to)).map(OrganizationRef::path)
                .distinct().toList();
        long count = 0;
        for (String p : paths) {
            if (paths.stream().noneMatch(o -> !o.equals(p) && p.startsWith(o))) {
                count += countInSubtree(p, from, to);
            }
        }
        return count;
    }

    /** The whole months of a period (yyyymm, inclusive) and the partial months at its ends (day ranges). */
    record MonthSpan(int fromMonth, int toMonth, List<LocalDate[]> edges) {

        static MonthSpan of(LocalDate from, LocalDate to) {
            LocalDate first = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            LocalDate last = to.getDayOfMonth() == to.lengthOfMonth() ? to : to.withDayOfMonth(1).minusDays(1);
            List<LocalDate[]> edges = new ArrayList<>();
            if (first.isAfter(last)) {
                if (!from.isAfter(to)) {
                    edges.add(new LocalDate[] {from, to});
                }
                return new MonthSpan(0, -1, edges);
            }
            if (from.isBefore(first)) {
                edges.add(new LocalDate[] {from, first.minusDays(1)});
            }
            if (to.isAfter(last)) {
                edges.add(new LocalDate[] {last.plusDays(1), to});
            }
            return new MonthSpan(FigureDelta.month(first), FigureDelta.month(last), edges);
        }

        boolean hasMonths() {
            return fromMonth <= toMonth;
        }
    }

    private static String sums(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ", ").append("SUM(").append(FigureDelta.COUNTERS[i]).append(")");
        }
        return b.toString();
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
}
