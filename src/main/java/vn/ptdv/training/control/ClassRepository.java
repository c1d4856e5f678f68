package vn.ptdv.training.control;

import static vn.ptdv.shared.SqlValues.num;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ptdv.shared.InLists;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.api.Grade;
import vn.ptdv.training.entity.ClassSession;
import vn.ptdv.training.entity.TrainingClass;

/** The queries of classes and their sessions. No scope check: callers check (see {@link ClassAccess}). */
@ApplicationScoped
class ClassRepository {

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    ClassRepository() {
    }

    /** For tests on a plain entity manager. */
    ClassRepository(EntityManager em) {
        this.em = em;
    }

    /** Learners of a class: all, with a result, passed, certified. */
    record Counts(long learners, long withResult, long passed, long certified) {
        static final Counts NONE = new Counts(0, 0, 0, 0);
    }

    Optional<TrainingClass> find(long id) {
        return Optional.ofNullable(em.find(TrainingClass.class, id));
    }

    /**
     * The classes organised in any of these subtrees (materialised-path patterns: one per record of an organisation's
     * history), of one year and course type when given, by start date.
     */
    List<TrainingClass> inSubtrees(List<String> subtreePatterns, Integer year, CourseType type) {
        StringBuilder where = new StringBuilder("(");
        for (int i = 0; i < subtreePatterns.size(); i++) {
            where.append(i == 0 ? "" : " OR ").append("c.orgPath LIKE :p").append(i);
        }
        where.append(")");
        if (year != null) {
            where.append(" AND c.courseYear = :year");
        }
        if (type != null) {
            where.append(" AND c.courseType = :type");
        }
        var q = em.createQuery("SELECT c FROM TrainingClass c WHERE " + where + " ORDER BY c.startDate, c.id", TrainingClass.class);
        for (int i = 0; i < subtreePatterns.size(); i++) {
            q.setParameter("p" + i, subtreePatterns.get(i));
        }
        if (year != null) {
            q.setParameter("year", year);
        }
        if (type != null) {
            q.setParameter("type", type);
        }
        return q.getResultList();
    }

    /** The counts of these classes (one grouped query per chunk); a class without learners is absent. */
    Map<Long, Counts> counts(Collection<Long> classIds) {
        Map<Long, Counts> out = new HashMap<>();
        for (List<Long> chunk : InLists.chunks(classIds)) {
            for (Object[] row : em.createQuery("SELECT l.classId, COUNT(l), COUNT(l.grade), "
                            + "SUM(CASE WHEN l.grade <> :failed THEN 1 ELSE 0 END), COUNT(l.certificateNumber) "
                            + "FROM Learner l WHERE l.classId IN :ids GROUP BY l.classId", Object[].class)
                    .setParameter("failed", Grade.KHONG_DAT)
                    .setParameter("ids", chunk).getResultList()) {
                out.put(((Number) row[0]).longValue(), new Counts(num(row[1]), num(row[2]), num(row[3]), num(row[4])));
            }
        }
        return out;
    }

    /** The sessions of a class by date. */
    List<ClassSession> sessionsOf(long classId) {
        return em.createQuery("SELECT s FROM ClassSession s WHERE s.classId = :c ORDER BY s.sessionDate, s.id", ClassSession.class)
                .setParameter("c", classId).getResultList();
    }

    void add(TrainingClass c) {
        em.persist(c);
    }

    void add(ClassSession s) {
        em.persist(s);
    }

    /** The class's version goes up with this transaction, whatever of it changes (learners, results, ...). */
    void lock(TrainingClass c) {
        em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /** Writes what the transaction has changed so far (ids of new rows for the rows that refer to them). */
    void flush() {
        em.flush();
    }
}
