package vn.ptdv.training.control;

import static vn.ptdv.shared.SqlValues.num;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.ptdv.shared.VietnameseText;
import vn.ptdv.training.api.Audience;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.api.Grade;
import vn.ptdv.training.control.TrainingReportData.ClassInfo;
import vn.ptdv.training.control.TrainingReportData.Figures;
import vn.ptdv.training.control.TrainingReportData.Learner;
import vn.ptdv.training.entity.Guide;

/**
 * The reads of the training reports: a guide by its number (JPQL), one class with its learners and their attendance
 * (two native queries), and the yearly figures of a subtree (one {@code GROUP BY} per table, the subtree being the
 * materialised-path prefix {@code org_path LIKE 'prefix%'} of the classes' organising committee).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TrainingReportQueries {

    /** The grade counts of a group of learners; a class without learners still counts as a class. */
    private static final String FIGURES = "COUNT(DISTINCT c.id), COUNT(l.id), "
            + "SUM(CASE WHEN l.grade = 'GIOI' THEN 1 ELSE 0 END), SUM(CASE WHEN l.grade = 'KHA' THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN l.grade = 'TRUNG_BINH' THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN l.grade = 'KHONG_DAT' THEN 1 ELSE 0 END)"
            + " FROM trn_class c LEFT JOIN trn_learner l ON l.class_id = c.id"
            + " WHERE c.org_path LIKE ?1 AND c.course_year = ?2";

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    TrainingReportQueries() {
    }

    /** For tests on a plain entity manager. */
    TrainingReportQueries(EntityManager em) {
        this.em = em;
    }

    /** The guide with this number ("146-HD/BTGTU"), its topics and audiences loaded. */
    public Optional<Guide> guide(String number) {
        return em.createNamedQuery(Guide.BY_NUMBER, Guide.class).setParameter("number", number)
                .getResultStream().findFirst();
    }

    /** The class with its guide number and its number of sessions. */
    public Optional<ClassInfo> trainingClass(long id) {
        List<Object[]> rows = rows(em.createNativeQuery("SELECT c.id, c.course_number, c.course_type, c.audience,"
                + " c.start_date, c.end_date, c.organization_code, c.org_path, c.organiser_name, c.place, g.guide_number,"
                + " (SELECT COUNT(*) FROM trn_session s WHERE s.class_id = c.id)"
                + " FROM trn_class c JOIN trn_guide g ON g.id = c.guide_id WHERE c.id = ?1").setParameter(1, id));
        return rows.stream().findFirst().map(r -> new ClassInfo(num(r[0]), (String) r[1],
                CourseType.valueOf((String) r[2]), Audience.valueOf((String) r[3]), date(r[4]), date(r[5]),
                (String) r[6], (String) r[7], (String) r[8], (String) r[9], (int) num(r[11]), (String) r[10]));
    }

    /** The learners of a class with the number of sessions each attended (sessions minus recorded absences). */
    public List<Learner> learners(ClassInfo c) {
        List<Object[]> rows = rows(em.createNativeQuery("SELECT l.full_name, l.birth_date, l.nominating_org_name,"
                + " l.score, l.grade, l.certificate_number, l.certificate_issued_on,"
                + " (SELECT COUNT(*) FROM trn_absence a WHERE a.learner_id = l.id)"
                + " FROM trn_learner l WHERE l.class_id = ?1").setParameter(1, c.id()));
        List<Learner> learners = new ArrayList<>();
        for (Object[] r : rows) {
            learners.add(new Learner((String) r[0], date(r[1]), (String) r[2], c.sessions() - (int) num(r[7]),
                    r[3] == null ? null : new BigDecimal(r[3].toString()), r[4] == null ? null : Grade.valueOf((String) r[4]),
                    (String) r[5], date(r[6])));
        }
        return learners;
    }

    /** Per course type (both types, zeros included) for the classes of the subtree that started in the year. */
    public List<Figures> byCourseType(String subtreePattern, int year) {
        Map<String, Figures> found = figures("c.course_type", subtreePattern, year, code -> CourseType.valueOf(code).label());
        List<Figures> all = new ArrayList<>();
        for (CourseType t : CourseType.values()) {
            all.add(found.getOrDefault(t.name(), new Figures(t.label(), 0, 0, 0, 0, 0, 0)));
        }
        return all;
    }

    /** Per audience (every audience, zeros included). */
    public List<Figures> byAudience(String subtreePattern, int year) {
        Map<String, Figures> found = figures("c.audience", subtreePattern, year,
                code -> TrainingReportText.audienceLabel(Audience.valueOf(code)));
        List<Figures> all = new ArrayList<>();
        for (Audience a : Audience.values()) {
            all.add(found.getOrDefault(a.name(), new Figures(TrainingReportText.audienceLabel(a), 0, 0, 0, 0, 0, 0)));
        }
        return all;
    }

    /** Per organising political centre that held a class, by Vietnamese name. */
    public List<Figures> byOrganizer(String subtreePattern, int year) {
        return figures("c.organiser_name", subtreePattern, year, Function.identity()).values().stream()
                .sorted(Comparator.comparing(Figures::label, VietnameseText.collator())).toList();
    }

    private Map<String, Figures> figures(String column, String subtreePattern, int year, Function<String, String> label) {
        List<Object[]> rows = rows(em.createNativeQuery("SELECT " + column + ", " + FIGURES + " GROUP BY " + column)
                .setParameter(1, subtreePattern).setParameter(2, year));
        Map<String, Figures> byKey = new java.util.LinkedHashMap<>();
        for (Object[] r : rows) {
            String key = (String) r[0];
            byKey.put(key, new Figures(label.apply(key), num(r[1]), num(r[2]), num(r[3]), num(r[4]), num(r[5]), num(r[6])));
        }
        return byKey;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return (List<Object[]>) q.getResultList();
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(o.toString().substring(0, 10));
    }
}
