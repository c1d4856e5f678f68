package vn.ptdv.admission.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.admission.api.AdmissionResults;
import vn.ptdv.admission.api.AdmissionResults.Breakdown;
import vn.ptdv.admission.api.AdmissionResults.TermProgress;
import vn.ptdv.admission.api.AdmissionResults.UnitRow;
import vn.ptdv.admission.api.AdmissionAchievements;
import vn.ptdv.admission.api.AdmissionStatistics;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.Occupation;
import vn.ptdv.admission.api.PoliticalTheory;
import vn.ptdv.admission.api.ProfessionalQualification;
import vn.ptdv.admission.api.UnitAchievement;
import vn.ptdv.admission.entity.AdmissionStatus;
import vn.ptdv.admission.entity.TermTarget;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;

/**
 * The admission figures behind the reports, each from one grouped SQL query over the organisation's subtree (a
 * prefix match on the materialised path copied into adm_admission). The SQL is portable across Derby and
 * PostgreSQL: date ranges instead of YEAR(), CAST('yyyy-mm-dd' AS DATE) literals, SUBSTR with literal lengths,
 * CASE WHEN inside SUM. Enum values are code constants, written as literals; caller values are bound.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AdmissionStatisticsService implements AdmissionStatistics, AdmissionAchievements {

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

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    @Inject
    OrganizationDirectory organizations;

    @Override
    public AdmissionResults results(String organizationCode, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<OrganizationRef> records = organizations.history(organizationCode);
        if (records.isEmpty()) {
            throw ProblemException.notFound("Không tìm thấy tổ chức đảng có mã " + organizationCode + ".");
        }
        OrganizationRef root = OrganizationRef.latestValidDuring(records, from, to).orElse(null);
        if (root == null) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Tổ chức " + organizationCode + " ("
                    + records.get(records.size() - 1).name() + ") không hoạt động trong năm " + year + ".");
        }
        Breakdown breakdown = breakdown(root, year);

        // the direct children valid on any day of the year, one row per code (a renamed unit has two records)
        List<OrganizationRef> children = organizations.childrenValidDuring(root.id(), from, to);
        Map<String, long[]> byPrefix = unitCounts(root, from, to);
        Map<Long, Integer> targets = targets(root, children, year);
        Map<String, List<OrganizationRef>> byCode = new LinkedHashMap<>();
        for (OrganizationRef c : children) {
            byCode.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(c);
        }
        List<UnitRow> units = new ArrayList<>();
        for (List<OrganizationRef> recs : byCode.values()) {
            long admitted = 0;
            long women = 0;
            long minorities = 0;
            Integer target = null;
            for (OrganizationRef r : recs) {
                long[] c = byPrefix.getOrDefault(r.path(), new long[3]);
                admitted += c[0];
                women += c[1];
                minorities += c[2];
                Integer t = targets.get(r.id());
                if (t != null) {
                    target = (target == null ? 0 : target) + t;
                }
            }
            OrganizationRef latest = recs.stream().max(Comparator.comparing(OrganizationRef::validFrom)).orElseThrow();
            units.add(new UnitRow(latest, target, admitted, women, minorities));
        }
        // the order in which the units were opened: the province's own listing order (districts, then affiliated)
        Map<String, Long> firstId = new HashMap<>();
        byCode.forEach((code, recs) -> firstId.put(code, recs.stream().mapToLong(OrganizationRef::id).min().orElse(0)));
        units.sort(Comparator.comparing(u -> firstId.get(u.unit().code())));
        long direct = byPrefix.getOrDefault(root.path(), new long[3])[0];

        long previous = countUnderCode(records, LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31));
        Integer previousTarget = codeTarget(organizationCode, year - 1);
        TermProgress term = termProgress(organizationCode, records, year);
        return new AdmissionResults(root, year, targets.get(root.id()), breakdown, units, direct, previous,
                previousTarget, term);
    }

    @Override
    public Map<String, UnitAchievement> achievements(String rootPath, java.util.Collection<String> paths, int fromYear,
                                                     int toYear) {
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        LocalDate to = LocalDate.of(toYear, 12, 31);
        // admissions per exact org_path in the subtree: one query; rolled up to each requested path in Java
        String sql = "SELECT org_path, COUNT(*), " + WOMEN + ", " + MINORITIES + ", "
                + "SUM(CASE WHEN occupation = '" + Occupation.PUPIL_STUDENT.name() + "' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN occupation = '" + Occupation.PRIVATE_ECONOMIC_UNIT.name() + "' THEN 1 ELSE 0 END)"
                + IN_SUBTREE_AND_YEAR + " GROUP BY org_path";
        Query q = em.createNativeQuery(sql).setParameter(1, rootPath + "%")
                .setParameter(2, java.sql.Date.valueOf(from)).setParameter(3, java.sql.Date.valueOf(to))
                .setParameter(4, OrganizationRef.rootOf(rootPath));
        List<Object[]> counted = rows(q);
        // targets per exact org_path: one query
        Query t = em.createNativeQuery("SELECT org_path, SUM(admissions), MIN(registered_at) FROM adm_target"
                        + " WHERE org_path LIKE ?1 AND target_year >= ?2 AND target_year <= ?3 GROUP BY org_path")
                .setParameter(1, rootPath + "%").setParameter(2, fromYear).setParameter(3, toYear);
        Map<String, Object[]> targetsByPath = new HashMap<>();
        for (Object[] row : rows(t)) {
            targetsByPath.put(text(row[0]).strip(), row);
        }
        Map<String, UnitAchievement> result = new LinkedHashMap<>();
        for (String path : paths) {
            long[] sums = new long[5];
            for (Object[] row : counted) {
                if (text(row[0]).strip().startsWith(path)) {
                    for (int i = 0; i < 5; i++) {
                        sums[i] += num(row[1 + i]);
                    }
                }
            }
            Object[] target = targetsByPath.get(path);
            result.put(path, new UnitAchievement(path, target == null ? null : (int) num(target[1]),
                    target == null ? null : registeredOn(target[2]), sums[0], sums[1], sums[2], sums[3], sums[4]));
        }
        return result;
    }

    @Override
    public Map<String, Long> admissionsWithUnresolvedWarnings(java.util.Collection<String> subtreePaths, int fromYear,
                                                              int toYear) {
        // one grouped query per outermost requested subtree, rolled up to every requested path
        List<String> roots = subtreePaths.stream().distinct()
                .filter(p -> subtreePaths.stream().noneMatch(q -> !q.equals(p) && p.startsWith(q))).toList();
        List<Object[]> counted = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (String root : roots) {
            var q = em.createQuery("SELECT a.orgPath, COUNT(a) FROM Admission a WHERE a.orgPath LIKE :p"
                            + " AND a.status = :s AND a.decisionDate >= :from AND a.decisionDate <= :to AND "
                            + AdmissionWarnings.violations() + " GROUP BY a.orgPath", Object[].class)
                    .setParameter("p", root + "%").setParameter("s", AdmissionStatus.ACTIVE)
                    .setParameter("from", LocalDate.of(fromYear, 1, 1)).setParameter("to", LocalDate.of(toYear, 12, 31));
            AdmissionWarnings.parameters(AdmissionWarnings.violations(), today).forEach(q::setParameter);
            counted.addAll(q.getResultList());
        }
        Map<String, Long> result = new LinkedHashMap<>();
        for (String path : subtreePaths) {
            long n = counted.stream().filter(r -> ((String) r[0]).startsWith(path)).mapToLong(r -> (Long) r[1]).sum();
            if (n > 0) {
                result.put(path, n);
            }
        }
        return result;
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

    /** The breakdown: one query grouped by the three education columns, plus one for the age-band edges. */
    Breakdown breakdown(OrganizationRef root, int year) {
        AgeBand band = AgeBand.YOUTH;
        String sql = "SELECT general_education, professional_qualification, political_theory, COUNT(*), "
                + WOMEN + ", " + MINORITIES + ", "
                + "SUM(CASE WHEN religion IS NOT NULL THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN occupation = '" + Occupation.PUPIL_STUDENT.name() + "' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN occupation = '" + Occupation.PRIVATE_ECONOMIC_UNIT.name() + "' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN youth_union_member = TRUE THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN birth_date >= " + date(band.certainFrom(year)) + " AND birth_date <= "
                + date(band.certainTo(year)) + " THEN 1 ELSE 0 END)"
                + IN_SUBTREE_AND_YEAR
                + " GROUP BY general_education, professional_qualification, political_theory";
        long[] sums = new long[8];
        Map<GeneralEducation, Long> education = new EnumMap<>(GeneralEducation.class);
        Map<ProfessionalQualification, Long> qualification = new EnumMap<>(ProfessionalQualification.class);
        Map<PoliticalTheory, Long> theory = new EnumMap<>(PoliticalTheory.class);
        for (Object[] row : rows(subtreeYear(em.createNativeQuery(sql), root.subtreePattern(), year))) {
            long count = num(row[3]);
            education.merge(GeneralEducation.valueOf(text(row[0])), count, Long::sum);
            qualification.merge(ProfessionalQualification.valueOf(text(row[1])), count, Long::sum);
            theory.merge(PoliticalTheory.valueOf(text(row[2])), count, Long::sum);
            for (int i = 0; i < 8; i++) {
                sums[i] += num(row[3 + i]);
            }
        }
        long youth = sums[7] + edgeOfAgeBand(root, year, band);
        return new Breakdown(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], youth, education,
                qualification, theory);
    }

    /** Admissions born in the two edge years of the band, grouped by (birth date, decision date), decided in Java. */
    long edgeOfAgeBand(OrganizationRef root, int year, AgeBand band) {
        int upper = band.upperEdgeBirthYear(year);
        int lower = band.lowerEdgeBirthYear(year);
        String sql = "SELECT birth_date, decision_date, COUNT(*)" + IN_SUBTREE_AND_YEAR
                + " AND ((birth_date >= " + date(LocalDate.of(upper, 1, 1)) + " AND birth_date <= "
                + date(LocalDate.of(upper, 12, 31)) + ") OR (birth_date >= " + date(LocalDate.of(lower, 1, 1))
                + " AND birth_date <= " + date(LocalDate.of(lower, 12, 31)) + "))"
                + " GROUP BY birth_date, decision_date";
        long n = 0;
        for (Object[] row : rows(subtreeYear(em.createNativeQuery(sql), root.subtreePattern(), year))) {
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
    Map<String, long[]> unitCounts(OrganizationRef root, LocalDate from, LocalDate to) {
        String prefix = "SUBSTR(org_path, 1, " + (root.path().length() + OrganizationRef.PATH_LEVEL) + ")";
        String sql = "SELECT " + prefix + ", COUNT(*), " + WOMEN + ", " + MINORITIES + IN_SUBTREE_AND_YEAR
                + " GROUP BY " + prefix;
        Map<String, long[]> result = new HashMap<>();
        Query q = em.createNativeQuery(sql).setParameter(1, root.subtreePattern())
                .setParameter(2, java.sql.Date.valueOf(from)).setParameter(3, java.sql.Date.valueOf(to))
                .setParameter(4, OrganizationRef.rootOf(root.path()));
        for (Object[] row : rows(q)) {
            result.merge(text(row[0]).strip(), new long[] {num(row[1]), num(row[2]), num(row[3])},
                    (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
        }
        return result;
    }

    /** Targets of the year of the root and its children's records, by organisation record id: one query. */
    Map<Long, Integer> targets(OrganizationRef root, List<OrganizationRef> children, int year) {
        List<Long> ids = new ArrayList<>();
        ids.add(root.id());
        children.forEach(c -> ids.add(c.id()));
        Map<Long, Integer> result = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT t.organizationId, t.admissions FROM AdmissionTarget t"
                        + " WHERE t.year = :y AND t.organizationId IN :ids", Object[].class)
                .setParameter("y", year).setParameter("ids", ids).getResultList()) {
            result.put(num(row[0]), (int) num(row[1]));
        }
        return result;
    }

    /** The target of a code in a year, whichever of its records registered it. */
    Integer codeTarget(String code, int year) {
        List<Integer> found = em.createQuery("SELECT t.admissions FROM AdmissionTarget t WHERE t.organizationCode = :c"
                + " AND t.year = :y", Integer.class).setParameter("c", code).setParameter("y", year).getResultList();
        return found.isEmpty() ? null : found.stream().mapToInt(Integer::intValue).sum();
    }

    /** The term target covering the year (the latest-starting one) and the admissions since its first year. */
    TermProgress termProgress(String code, List<OrganizationRef> records, int year) {
        List<TermTarget> terms = em.createQuery("SELECT t FROM TermTarget t WHERE t.organizationCode = :c"
                        + " AND t.fromYear <= :y AND t.toYear >= :y ORDER BY t.fromYear DESC", TermTarget.class)
                .setParameter("c", code).setParameter("y", year).setMaxResults(1).getResultList();
        if (terms.isEmpty()) {
            return null;
        }
        TermTarget t = terms.get(0);
        long admitted = countUnderCode(records, LocalDate.of(t.getFromYear(), 1, 1), LocalDate.of(year, 12, 31));
        return new TermProgress(t.getFromYear(), t.getToYear(), t.getAdmissions(), admitted);
    }

    /**
     * Admissions in the period under every record of a code valid during it (a code may have moved): one query per
     * province the records lie in (almost always one).
     */
    long countUnderCode(List<OrganizationRef> records, LocalDate from, LocalDate to) {
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

    private static Query subtreeYear(Query q, String pattern, int year) {
        return q.setParameter(1, pattern).setParameter(2, java.sql.Date.valueOf(LocalDate.of(year, 1, 1)))
                .setParameter(3, java.sql.Date.valueOf(LocalDate.of(year, 12, 31))).setParameter(4, OrganizationRef.rootOf(pattern));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return (List<Object[]>) q.getResultList();
    }

    /** A portable date literal; the value is computed from an int year, never from caller text. */
    static String date(LocalDate d) {
        return "CAST('" + d + "' AS DATE)";
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
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
